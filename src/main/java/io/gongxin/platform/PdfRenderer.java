package io.gongxin.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import org.springframework.stereotype.Component;

import io.gongxin.platform.internal.QuietXrLogger;
import io.gongxin.platform.internal.ToUnicodeRepair;

/**
 * The one HTML to PDF renderer of the platform (credit reports, quality bulletins): Noto
 * Sans SC (OFL-1.1, from the ph-fonts jar) embedded as a subset, and Noto Sans HK
 * (OFL-1.1) as the fallback for CJK Extension B characters that Noto Sans SC lacks. The
 * fonts are read once; parsed copies are pooled, one per concurrent render, because
 * FontBox's parsed fonts are not safe to share while subsetting.
 */
@Component
public final class PdfRenderer {

	private static final String REGULAR = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

	private static final String BOLD = "fonts/ttf/NotoSansSC/NotoSansSC-Bold.ttf";

	private static final String FALLBACK = "fonts/ttf/NotoSansHK/NotoSansHK-Regular.ttf";

	/** How long a render waits for a free set of fonts before it is refused. */
	private static final Duration WAIT = Duration.ofSeconds(30);

	static {
		// openhtmltopdf logs every render at INFO (five lines a report)
		XRLog.setLoggerImpl(new QuietXrLogger());
		// the verification QR code is decoded from memory: without this, ImageIO
		// buffers it through a temporary file on every report
		javax.imageio.ImageIO.setUseCache(false);
	}

	private final byte[] regular;

	private final byte[] bold;

	private final byte[] fallback;

	private final BitSet coverage;

	private final BitSet fallbackCoverage;

	private final PdfGlyphs glyphs;

	/**
	 * Parsed fonts not in use. A pool rather than a thread-local: with a web server's 200
	 * threads, thread-locals would keep 200 parsed copies alive. The pool is also the
	 * bound on renders at once: beyond two per core a render only waits for the CPU, and
	 * a render that parsed its own fonts instead of waiting cost a tenth more under load.
	 */
	private final BlockingQueue<TrueTypeFont[]> idle;

	private final int sets = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);

	private final AtomicInteger parsed = new AtomicInteger();

	public PdfRenderer() {
		this.idle = new ArrayBlockingQueue<>(this.sets);
		this.regular = resource(REGULAR);
		this.bold = resource(BOLD);
		this.fallback = resource(FALLBACK);
		TrueTypeFont[] first = borrow();
		this.coverage = coverage(first[0]);
		this.fallbackCoverage = coverage(first[2]);
		giveBack(first);
		this.glyphs = new PdfGlyphs(this::hasGlyph, this::fallbackHasGlyph);
	}

	/** Text escaping and font choice for pages rendered with these fonts. */
	public PdfGlyphs glyphs() {
		return this.glyphs;
	}

	/** Whether Noto Sans SC has a glyph for the code point. */
	public boolean hasGlyph(int codePoint) {
		return this.coverage.get(codePoint);
	}

	/** Whether the fallback font, Noto Sans HK, has a glyph for the code point. */
	public boolean fallbackHasGlyph(int codePoint) {
		return this.fallbackCoverage.get(codePoint);
	}

	/** What is done with the rendered document: saved as it is, or signed on saving. */
	@FunctionalInterface
	public interface Finish {

		byte[] write(PDDocument document) throws IOException;

	}

	/**
	 * Renders an XHTML page to a PDF with the fonts subset and their text mapping
	 * repaired.
	 */
	public byte[] render(String xhtml) {
		return render(xhtml, document -> {
			// not PDDocument.save: it would subset the fonts again and write PDFBox's own
			// text mapping over the repaired one
			ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
			document.getDocument().setIsXRefStream(true);
			new COSWriter(out, CompressParameters.DEFAULT_COMPRESSION).write(document);
			return out.toByteArray();
		});
	}

	/**
	 * Renders and repairs the text mapping in one document, then hands it to the finish
	 * (a signer writes it once, signed on that first save): the fonts are subset and
	 * their ToUnicode maps repaired (see {@link ToUnicodeRepair}).
	 */
	public byte[] render(String xhtml, Finish finish) {
		TrueTypeFont[] ttf = borrow();
		try (PDDocument document = new PDDocument()) {
			List<LoadedFont> loaded = new ArrayList<>(3);
			try (PdfBoxRenderer renderer = builder(document, ttf, loaded, xhtml).buildPdfRenderer()) {
				renderer.layout();
				renderer.createPDFWithoutClosing();
				for (LoadedFont font : loaded) {
					font.font().subset();
					ToUnicodeRepair.repair(document, font.font(), cmap(font.ttf()));
				}
				return finish.write(document);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			giveBack(ttf);
		}
	}

	private record LoadedFont(PDType0Font font, TrueTypeFont ttf) {
	}

	private static PdfRendererBuilder builder(PDDocument document, TrueTypeFont[] ttf, List<LoadedFont> loaded,
			String xhtml) {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.usePDDocument(document);
		builder.useFont(lazy(document, ttf[0], loaded), PdfGlyphs.FONT, 400, FontStyle.NORMAL, true);
		builder.useFont(lazy(document, ttf[1], loaded), PdfGlyphs.FONT, 700, FontStyle.NORMAL, true);
		builder.useFont(lazy(document, ttf[2], loaded), PdfGlyphs.FALLBACK_FONT, 400, FontStyle.NORMAL, true);
		builder.withProducer("GongXin");
		builder.withHtmlContent(xhtml, null);
		return builder;
	}

	private TrueTypeFont[] borrow() {
		TrueTypeFont[] fonts = this.idle.poll();
		if (fonts != null) {
			return fonts;
		}
		if (this.parsed.incrementAndGet() <= this.sets) {
			try {
				return new TrueTypeFont[] { parse(this.regular), parse(this.bold), parse(this.fallback) };
			}
			catch (RuntimeException ex) {
				this.parsed.decrementAndGet();
				throw ex;
			}
		}
		this.parsed.decrementAndGet();
		try {
			fonts = this.idle.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (fonts == null) {
			throw new DomainException("GX-SYS-004", ProblemKind.UNAVAILABLE,
					"Too many documents are being rendered; ask again later.");
		}
		return fonts;
	}

	/**
	 * How many sets of fonts were parsed: never more than the renders allowed at once.
	 */
	int fontSetsParsed() {
		return this.parsed.get();
	}

	int fontSetsAllowed() {
		return this.sets;
	}

	private void giveBack(TrueTypeFont[] fonts) {
		this.idle.offer(fonts);
	}

	/** Loads the font into the document only if the page actually uses it. */
	private static PDFontSupplier lazy(PDDocument document, TrueTypeFont ttf, List<LoadedFont> loaded) {
		return new PDFontSupplier(null) {

			private PDType0Font font;

			@Override
			public PDFont supply() {
				if (this.font == null) {
					this.font = load(document, ttf);
					loaded.add(new LoadedFont(this.font, ttf));
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
			TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
			// Glyph substitution (ligatures, contextual forms) is for scripts that need
			// shaping; Chinese text does not, and PDFBox compiled a set of regular
			// expressions for every text run to apply it (a quarter of a report's time).
			font.setEnableGsub(false);
			return font;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static byte[] resource(String path) {
		try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(path)) {
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
