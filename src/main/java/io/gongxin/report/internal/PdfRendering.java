package io.gongxin.report.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.BitSet;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * HTML to PDF with Noto Sans SC (OFL-1.1, from the ph-fonts jar) embedded as a subset.
 * The 10 MB fonts are read once; parsed copies are pooled, one per concurrent render,
 * because FontBox's parsed fonts are not safe to share while subsetting.
 */
public final class PdfRendering {

	private static final String REGULAR = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

	private static final String BOLD = "fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf";

	/** Kept strongly: JUL forgets the level of a logger nobody references. */
	private static final java.util.logging.Logger OPENHTMLTOPDF_LOG = java.util.logging.Logger
		.getLogger("com.openhtmltopdf");

	static {
		// openhtmltopdf logs every render at INFO through java.util.logging
		OPENHTMLTOPDF_LOG.setLevel(java.util.logging.Level.WARNING);
	}

	private final byte[] regular;

	private final byte[] bold;

	private final BitSet coverage;

	/**
	 * Parsed fonts not in use. A pool rather than a thread-local: with a web server's 200
	 * threads, thread-locals would keep 200 parsed copies alive.
	 */
	private final java.util.concurrent.ConcurrentLinkedQueue<TrueTypeFont[]> idle = new java.util.concurrent.ConcurrentLinkedQueue<>();

	private final int maxIdle = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);

	public PdfRendering() {
		this.regular = resource(REGULAR);
		this.bold = resource(BOLD);
		TrueTypeFont[] first = borrow();
		this.coverage = coverage(first[0]);
		giveBack(first);
	}

	/** Whether the embedded font has a glyph for the code point. */
	public boolean hasGlyph(int codePoint) {
		return this.coverage.get(codePoint);
	}

	public byte[] render(String xhtml) {
		TrueTypeFont[] ttf = borrow();
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.usePDDocument(document);
			builder.useFont(lazy(document, ttf[0]), ReportHtml.FONT, 400, FontStyle.NORMAL, true);
			builder.useFont(lazy(document, ttf[1]), ReportHtml.FONT, 700, FontStyle.NORMAL, true);
			builder.withProducer("GongXin");
			builder.withHtmlContent(xhtml, null);
			builder.toStream(out);
			builder.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			giveBack(ttf);
		}
	}

	private TrueTypeFont[] borrow() {
		TrueTypeFont[] fonts = this.idle.poll();
		return (fonts != null) ? fonts : new TrueTypeFont[] { parse(this.regular), parse(this.bold) };
	}

	private void giveBack(TrueTypeFont[] fonts) {
		if (this.idle.size() < this.maxIdle) {
			this.idle.offer(fonts);
		}
	}

	/**
	 * Makes extracted and copied text use unified ideographs (see
	 * {@link ToUnicodeRepair}); called on the loaded document just before it is signed,
	 * to save a second load and save.
	 */
	public void repairText(PDDocument document) {
		TrueTypeFont[] ttf = borrow();
		try {
			ToUnicodeRepair.repair(document, name -> cmap(name.contains("Bold") ? ttf[1] : ttf[0]));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			giveBack(ttf);
		}
	}

	/** Loads the font into the document only if the page actually uses it. */
	private static PDFontSupplier lazy(PDDocument document, TrueTypeFont ttf) {
		return new PDFontSupplier(null) {

			private PDFont font;

			@Override
			public PDFont supply() {
				if (this.font == null) {
					this.font = load(document, ttf);
				}
				return this.font;
			}

		};
	}

	private static PDType0Font load(PDDocument document, TrueTypeFont ttf) {
		try {
			return PDType0Font.load(document, ttf, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static CmapLookup cmap(TrueTypeFont font) {
		try {
			return font.getUnicodeCmapLookup();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static BitSet coverage(TrueTypeFont font) {
		try {
			CmapLookup cmap = font.getUnicodeCmapLookup();
			BitSet set = new BitSet(0x30000);
			for (int cp = 0x20; cp < 0x30000; cp++) {
				if (cmap.getGlyphId(cp) > 0) {
					set.set(cp);
				}
			}
			return set;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static TrueTypeFont parse(byte[] bytes) {
		try {
			return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] resource(String path) {
		try (InputStream in = PdfRendering.class.getClassLoader().getResourceAsStream(path)) {
			if (in == null) {
				throw new IllegalStateException("Font missing from the classpath: " + path);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
