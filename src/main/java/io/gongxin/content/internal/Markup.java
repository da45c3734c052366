package io.gongxin.content.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content markup, rendered to HTML by the platform alone: paragraphs separated by a
 * blank line (a single line break stays a line break), {@code ## } and {@code ### }
 * headings, {@code - } list items, and links written {@code [text](https://…)}. Every
 * character of the text is escaped, so nothing an author types (tags, scripts, entities)
 * reaches a page as markup; only links to complete http or https addresses become links,
 * everything else that looks like one stays text and is named by {@link #problem}.
 */
public final class Markup {

	/**
	 * A link as rendered: text without brackets or line breaks, an address without
	 * blanks.
	 */
	private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]\\n]{1,500})\\]\\(([^()\\s]{1,2000})\\)");

	/** Anything that looks like a link, to tell the author when it will not be one. */
	private static final Pattern LINK_LIKE = Pattern.compile("\\[([^\\]\\n]*)\\]\\(([^)\\n]*)\\)");

	private Markup() {
	}

	/** The text as HTML; empty for none. */
	public static String render(String source) {
		if (source == null || source.isBlank()) {
			return "";
		}
		StringBuilder html = new StringBuilder(source.length() + source.length() / 4);
		List<String> paragraph = new ArrayList<>();
		List<String> items = new ArrayList<>();
		for (String line : source.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
			String text = line.strip();
			if (text.isEmpty()) {
				paragraph(html, paragraph);
				list(html, items);
			}
			else if (text.startsWith("### ") || text.startsWith("## ")) {
				paragraph(html, paragraph);
				list(html, items);
				String tag = text.startsWith("### ") ? "h3" : "h2";
				html.append('<').append(tag).append('>');
				inline(html, text.substring(tag.equals("h3") ? 4 : 3).strip());
				html.append("</").append(tag).append(">\n");
			}
			else if (text.startsWith("- ")) {
				paragraph(html, paragraph);
				items.add(text.substring(2).strip());
			}
			else {
				list(html, items);
				paragraph.add(text);
			}
		}
		paragraph(html, paragraph);
		list(html, items);
		return html.toString();
	}

	/**
	 * What the author should change for the text to render as meant: a link whose address
	 * is not a complete http or https address (or whose text spans lines), in Chinese.
	 */
	public static Optional<String> problem(String source) {
		if (source == null) {
			return Optional.empty();
		}
		Matcher like = LINK_LIKE.matcher(source);
		while (like.find()) {
			Matcher link = LINK.matcher(like.group());
			if (!link.matches() || !safe(link.group(2))) {
				String text = like.group(1).strip();
				if (text.length() > 30) {
					text = text.substring(0, 30) + "…";
				}
				return Optional.of("链接“" + text + "”的地址须是以 http:// 或 https:// 开头的完整网址（不含空格），请改正。");
			}
		}
		return Optional.empty();
	}

	private static void paragraph(StringBuilder html, List<String> lines) {
		if (lines.isEmpty()) {
			return;
		}
		html.append("<p>");
		for (int i = 0; i < lines.size(); i++) {
			if (i > 0) {
				html.append("<br>\n");
			}
			inline(html, lines.get(i));
		}
		html.append("</p>\n");
		lines.clear();
	}

	private static void list(StringBuilder html, List<String> items) {
		if (items.isEmpty()) {
			return;
		}
		html.append("<ul>\n");
		for (String item : items) {
			html.append("<li>");
			inline(html, item);
			html.append("</li>\n");
		}
		html.append("</ul>\n");
		items.clear();
	}

	/** One line of text: escaped, its valid links made links. */
	private static void inline(StringBuilder html, String text) {
		Matcher link = LINK.matcher(text);
		int at = 0;
		while (link.find()) {
			escape(html, text.substring(at, link.start()));
			if (safe(link.group(2))) {
				html.append("<a href=\"");
				escape(html, link.group(2));
				html.append("\" rel=\"noopener noreferrer\">");
				escape(html, link.group(1));
				html.append("</a>");
			}
			else {
				escape(html, link.group());
			}
			at = link.end();
		}
		escape(html, text.substring(at));
	}

	/**
	 * A complete web address: http or https, a host, no user name (which would make
	 * {@code https://credit.gov.cn@elsewhere.example} look like the first).
	 */
	static boolean safe(String address) {
		String lower = address.toLowerCase(Locale.ROOT);
		if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
			return false;
		}
		try {
			URI uri = new URI(address);
			return uri.getHost() != null && !uri.getHost().isBlank() && uri.getRawUserInfo() == null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static void escape(StringBuilder html, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> html.append("&amp;");
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				case '"' -> html.append("&quot;");
				case '\'' -> html.append("&#39;");
				default -> html.append(c);
			}
		}
	}

}
