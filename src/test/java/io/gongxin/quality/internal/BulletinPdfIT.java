package io.gongxin.quality.internal;

import java.io.ByteArrayOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.gongxin.platform.PdfRenderer;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulletin PDF through the platform's renderer, read back with PDFBox. An integration
 * test so that the parsed fonts live in failsafe's JVM, as for the report PDF.
 */
@GongxinIntegrationTest
class BulletinPdfIT {

	@Autowired
	PdfRenderer renderer;

	@Test
	void copiedTextIsTheUnifiedIdeographsNotTheirRadicalLookAlikes() throws Exception {
		String text = text(pdf("请乙局限期整改。"));
		// 广 and ⼴ (KANGXI RADICAL SHELTER) share a glyph in Noto Sans SC
		assertThat(text).contains("数据归集质量通报")
			.contains("广州市甲局")
			.contains("广州市乙局")
			.contains("一、单位排名")
			.contains("90.00%")
			.contains("合规率未达标")
			.contains("请乙局限期整改")
			.contains("必填项缺失");
		assertThat(text.codePoints().filter(cp -> cp >= 0x2E80 && cp <= 0x2FDF))
			.as("CJK radicals in the extracted text")
			.isEmpty();
	}

	@Test
	void theFontsAreEmbeddedSubsets() throws Exception {
		try (PDDocument pdf = Loader.loadPDF(pdf(null))) {
			for (var page : pdf.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.getName()).contains("NotoSansSC");
					assertThat(font.isEmbedded()).isTrue();
				}
			}
		}
	}

	byte[] pdf(String commentary) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		BulletinPdf.write(this.renderer, BulletinExportTests.CONTENT, commentary, "2026-11-25 11:00（北京时间）", out);
		return out.toByteArray();
	}

	static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
