package io.gongxin.remedy.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import io.gongxin.platform.PdfGlyphs;

/**
 * The A4 page every letter of the remedies is printed on (告知书, 答复书, 决定书): the platform's
 * fonts, a centred title, the signature block on the right, dates the Chinese way.
 */
final class LetterPage {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private LetterPage() {
	}

	/** The page with the letter's own rules ({@code css}) and its body. */
	static String xhtml(PdfGlyphs glyphs, String css, String body) {
		String page = """
				<!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN"><head><meta charset="UTF-8"/><style>
				@page { size: A4; margin: 25mm 22mm; }
				body { font-family: FONTS; font-size: 11pt; line-height: 1.7; }
				.sign { text-align: right; margin-top: 12mm; }
				CSS
				MISSING
				</style></head><body>BODY</body></html>"""
			.replace("CSS", css)
			.replace("MISSING", PdfGlyphs.MISSING_GLYPH_CSS)
			.replace("BODY", body);
		return page.replace("font-family: FONTS;", "font-family: " + glyphs.fontFamily(page) + ";");
	}

	static String day(LocalDate date) {
		return date.format(DAY);
	}

}
