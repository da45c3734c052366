package io.gongxin.platform.internal;

import java.util.List;
import java.util.Map;

/**
 * A refused form, shown again: the summary for the top of the page, the mistake next to
 * each field it concerns, and what was typed, by input name. {@code action} is the path
 * the form was posted to, so that a page with one form per row fills only that one.
 */
public record FormErrors(String action, String summary, Map<String, String> fields, Map<String, List<String>> values) {

	/** The request attribute under which pages find the refused form. */
	public static final String ATTRIBUTE = "formErrors";

	public FormErrors {
		fields = Map.copyOf(fields);
		values = Map.copyOf(values);
	}

	public boolean has(String field) {
		return this.fields.containsKey(field);
	}

	public String error(String field) {
		return this.fields.get(field);
	}

	/**
	 * Whether this refusal is for the form posted to {@code path}, or, when the path ends
	 * with a slash, to any address below it (a form whose buttons post to several).
	 */
	public boolean isFor(String path) {
		if (path == null) {
			return true;
		}
		int query = path.indexOf('?');
		String form = (query < 0) ? path : path.substring(0, query);
		return form.equals(this.action) || (form.endsWith("/") && this.action.startsWith(form));
	}

	String value(String name) {
		List<String> sent = this.values.get(name);
		return (sent == null || sent.isEmpty()) ? "" : sent.get(0);
	}

	boolean sent(String name, String option) {
		List<String> sent = this.values.get(name);
		return sent != null && sent.contains(option);
	}

}
