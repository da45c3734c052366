package io.gongxin.platform;

import java.util.function.IntPredicate;

/**
 * What the PDF fonts can draw, for the pages written for {@link PdfRenderer}: the font
 * names their CSS uses, text escaped for XHTML with a visible marker for a character no
 * font has, and whether a page needs the Extension B fallback font.
 */
public final class PdfGlyphs {

	/** The main font: Noto Sans SC, regular (400) and bold (700). */
	public static final String FONT = "Noto Sans SC";

	/**
	 * Fallback for characters Noto Sans SC lacks: Noto Sans HK draws 1,707 CJK Extension
	 * B characters (HKSCS), e.g. in names.
	 */
	public static final String FALLBACK_FONT = "Noto Sans HK";

	/** CSS for the marker that {@link #escape(String)} writes for a missing glyph. */
	public static final String MISSING_GLYPH_CSS = " .missing { border: 1px solid #c00; color: #c00; font-size: 7pt; }";

	private final IntPredicate mainFont;

	private final IntPredicate anyFont;

	/**
	 * @param mainFont whether Noto Sans SC can draw a code point
	 * @param fallbackFont whether the fallback font can draw a code point
	 */
	public PdfGlyphs(IntPredicate mainFont, IntPredicate fallbackFont) {
		this.mainFont = mainFont;
		this.anyFont = mainFont.or(fallbackFont);
	}

	/**
	 * The CSS font-family for a page's text: the fallback font is named only when the
	 * text needs it, because font fallback makes openhtmltopdf check every character
	 * against both fonts, which costs a tenth of a render.
	 */
	public String fontFamily(CharSequence text) {
		return needsFallback(text) ? "'" + FONT + "', '" + FALLBACK_FONT + "'" : "'" + FONT + "'";
	}

	/** Whether the text has a character only the fallback font draws. */
	public boolean needsFallback(CharSequence text) {
		return text.codePoints().anyMatch(cp -> cp > 0x7F && !this.mainFont.test(cp) && this.anyFont.test(cp));
	}

	/**
	 * Escapes text for XHTML and replaces a character no font can draw with a visible
	 * marker naming its code point, so a rare character in a name is never silently
	 * printed as something else. Null is the empty text.
	 */
	public String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 8);
		text.codePoints().forEach(cp -> {
			switch (cp) {
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '&' -> out.append("&amp;");
				case '"' -> out.append("&quot;");
				default -> {
					if (cp < 0x20 && cp != '\n' && cp != '\t') {
						out.append(' ');
					}
					else if (cp > 0x7F && !this.anyFont.test(cp)) {
						out.append("<span class=\"missing\">[缺字 U+")
							.append(Integer.toHexString(cp).toUpperCase())
							.append("]</span>");
					}
					else {
						out.appendCodePoint(cp);
					}
				}
			}
		});
		return out.toString();
	}

}
