package io.gongxin.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The renderer under more renders at once than it keeps fonts for. */
class PdfRendererTests {

	@Test
	void rendersBeyondTheBoundWaitForFontsInsteadOfParsingMoreAndAllSucceed() throws Exception {
		PdfRenderer renderer = new PdfRenderer();
		int renders = renderer.fontSetsAllowed() * 4;
		ExecutorService pool = Executors.newFixedThreadPool(renders);
		try {
			List<Future<byte[]>> pdfs = new ArrayList<>();
			for (int i = 0; i < renders; i++) {
				String text = "广州市信用测试有限公司 第" + i + "份 office efficient";
				pdfs.add(pool.submit(() -> renderer.render("<html><body style=\"font-family: '" + PdfGlyphs.FONT
						+ "'\"><p>" + text + "</p></body></html>")));
			}
			for (int i = 0; i < renders; i++) {
				try (PDDocument document = Loader.loadPDF(pdfs.get(i).get())) {
					// no glyph substitution: "ffi" stays three letters a reader can
					// search for
					assertThat(new PDFTextStripper().getText(document)).contains("广州市信用测试有限公司 第" + i + "份")
						.contains("office efficient");
				}
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(renderer.fontSetsParsed()).isBetween(1, renderer.fontSetsAllowed());
	}

}
