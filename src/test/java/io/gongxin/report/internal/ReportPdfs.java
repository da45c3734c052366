package io.gongxin.report.internal;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads issued PDFs back the way a receiving department's tools would. */
public final class ReportPdfs {

	private ReportPdfs() {
	}

	public static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	public static int pages(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
	}

	/** "name embedded" or "name not-embedded" for each font of every page. */
	public static List<String> fonts(byte[] pdf) throws IOException {
		List<String> fonts = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (PDPage page : document.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					boolean embedded = (font instanceof PDType0Font type0) ? type0.getDescendantFont().isEmbedded()
							: font.isEmbedded();
					fonts.add(font.getName() + (embedded ? " embedded" : " not-embedded"));
				}
			}
		}
		return fonts;
	}

	/**
	 * Decodes the QR code on the first page, rendered at 150 dpi and, when the small
	 * modules of a long address do not survive that rendering, at 300 dpi (as a phone
	 * held closer reads it).
	 */
	public static String qr(byte[] pdf) throws IOException, NotFoundException, com.google.zxing.ChecksumException,
			com.google.zxing.FormatException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			com.google.zxing.ReaderException failure = null;
			for (int dpi : new int[] { 150, 300 }) {
				BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, dpi);
				try {
					return new QRCodeReader()
						.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
								java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE))
						.getText();
				}
				catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException ex) {
					failure = ex;
				}
			}
			if (failure instanceof com.google.zxing.ChecksumException checksum) {
				throw checksum;
			}
			if (failure instanceof com.google.zxing.FormatException format) {
				throw format;
			}
			throw (NotFoundException) failure;
		}
	}

}
