package io.gongxin.content;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.gongxin.content.internal.Markup;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

/**
 * What an officer writes for an article. Every mistake is named at once, in Chinese, by
 * the field it belongs to (GX-CNT-001 with {@code fields}), so a form can show each next
 * to its field.
 *
 * @param column the column it appears in
 * @param title the headline
 * @param summary a sentence or two for listings, optional
 * @param body the text in the content markup (see {@link Markup})
 * @param source the issuing authority (发布单位), e.g. 广州市社会信用体系建设领导小组办公室
 * @param documentNumber the document number (文号) of a policy or notice, optional
 * @param publishDate the date shown as published; empty: the day it is published
 * @param pinned whether a notice stays above the rest of its column
 */
public record ArticleDraft(Column column, String title, String summary, String body, String source,
		String documentNumber, LocalDate publishDate, boolean pinned) {

	public static final int TITLE_MAX = 100;

	public static final int SUMMARY_MAX = 300;

	public static final int BODY_MAX = 50_000;

	public static final int SOURCE_MAX = 100;

	public static final int DOCUMENT_NUMBER_MAX = 60;

	public ArticleDraft {
		title = strip(title);
		summary = strip(summary);
		body = (body == null || body.isBlank()) ? null : body.replace("\r\n", "\n").replace('\r', '\n').strip();
		source = strip(source);
		documentNumber = strip(documentNumber);
		Map<String, String> mistakes = mistakes(column, title, summary, body, source, documentNumber, pinned);
		if (!mistakes.isEmpty()) {
			throw invalid(mistakes);
		}
	}

	/**
	 * The mistakes of the given values, by field, in Chinese; empty when they make a
	 * draft.
	 */
	public static Map<String, String> mistakes(Column column, String title, String summary, String body, String source,
			String documentNumber, boolean pinned) {
		Map<String, String> mistakes = new LinkedHashMap<>();
		if (column == null) {
			mistakes.put("column", "请选择栏目。");
		}
		if (blank(title) || length(title) > TITLE_MAX) {
			mistakes.put("title", "请填写标题（不超过 " + TITLE_MAX + " 个字）。");
		}
		if (!blank(summary) && length(summary) > SUMMARY_MAX) {
			mistakes.put("summary", "摘要不超过 " + SUMMARY_MAX + " 个字。");
		}
		if (blank(body)) {
			mistakes.put("body", "请填写正文。");
		}
		else if (length(body) > BODY_MAX) {
			mistakes.put("body", "正文不超过 " + BODY_MAX + " 个字，请分篇发布。");
		}
		else {
			Markup.problem(body).ifPresent(problem -> mistakes.put("body", problem));
		}
		if (blank(source) || length(source) > SOURCE_MAX) {
			mistakes.put("source", "请填写发布单位（不超过 " + SOURCE_MAX + " 个字）。");
		}
		if (!blank(documentNumber) && length(documentNumber) > DOCUMENT_NUMBER_MAX) {
			mistakes.put("documentNumber", "文号不超过 " + DOCUMENT_NUMBER_MAX + " 个字。");
		}
		if (pinned && column != null && !column.pinnable()) {
			mistakes.put("pinned", "只有通知公告可以置顶。");
		}
		return mistakes;
	}

	/** The refusal of an article's fields: GX-CNT-001, the mistakes by field. */
	public static DomainException invalid(Map<String, String> mistakes) {
		return new DomainException("GX-CNT-001", ProblemKind.RULE_VIOLATION,
				"The article is incomplete or breaks a rule: " + String.join(", ", mistakes.keySet()) + ".",
				Map.of("fields", Map.copyOf(mistakes)));
	}

	private static String strip(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static int length(String value) {
		return value.codePointCount(0, value.length());
	}

}
