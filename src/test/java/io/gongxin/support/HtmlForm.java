package io.gongxin.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One form of a rendered page, read the way a browser submits it: text, hidden, number
 * and date inputs with their values, ticked checkboxes only, the selected option of each
 * select (else its first), textareas, and the CSRF token the page put in. Enough for the
 * app's own Thymeleaf output (double-quoted attributes, no nested forms), so a test can
 * change a few inputs and post the rest exactly as the page showed them.
 */
public final class HtmlForm {

	private static final Pattern TAG = Pattern
		.compile("<input\\b[^>]*>|<select\\b[^>]*>.*?</select>|<textarea\\b[^>]*>.*?</textarea>", Pattern.DOTALL);

	private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>", Pattern.DOTALL);

	private static final Pattern SELECTED = Pattern.compile("\\sselected\\b");

	private static final Pattern CHECKED = Pattern.compile("\\schecked\\b");

	private final String action;

	private final List<Map.Entry<String, String>> fields;

	private HtmlForm(String action, List<Map.Entry<String, String>> fields) {
		this.action = action;
		this.fields = fields;
	}

	/** The form with the given id attribute. */
	public static HtmlForm read(String html, String id) {
		int start = html.indexOf("id=\"" + id + "\"");
		if (start < 0) {
			throw new IllegalArgumentException("no form " + id);
		}
		int open = html.lastIndexOf("<form", start);
		String form = html.substring(open, html.indexOf("</form>", start));
		String action = attribute(form.substring(0, form.indexOf('>')), "action");
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		Matcher tag = TAG.matcher(form);
		while (tag.find()) {
			String element = tag.group();
			String head = element.substring(0, element.indexOf('>'));
			String name = attribute(head, "name");
			if (name == null) {
				continue;
			}
			if (element.startsWith("<textarea")) {
				fields.add(Map.entry(name,
						unescape(element.substring(element.indexOf('>') + 1, element.lastIndexOf("</textarea>")))));
			}
			else if (element.startsWith("<select")) {
				String first = null;
				String selected = null;
				Matcher option = OPTION.matcher(element);
				while (option.find() && selected == null) {
					String value = attribute(option.group(1), "value");
					first = (first != null) ? first : value;
					selected = SELECTED.matcher(option.group(1)).find() ? value : null;
				}
				selected = (selected != null) ? selected : first;
				fields.add(Map.entry(name, (selected != null) ? selected : ""));
			}
			else {
				String type = attribute(head, "type");
				boolean checkbox = "checkbox".equals(type) || "radio".equals(type);
				if (!checkbox || CHECKED.matcher(head).find()) {
					String value = attribute(head, "value");
					fields.add(Map.entry(name, (value != null) ? value : (checkbox ? "on" : "")));
				}
			}
		}
		return new HtmlForm(unescape(action), fields);
	}

	public String action() {
		return this.action;
	}

	public List<Map.Entry<String, String>> fields() {
		return List.copyOf(this.fields);
	}

	/** The first value submitted under a name, or null. */
	public String value(String name) {
		return this.fields.stream()
			.filter(f -> f.getKey().equals(name))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	/** Replaces every value of a name by one (types into a box, picks an option). */
	public HtmlForm set(String name, String value) {
		remove(name);
		this.fields.add(Map.entry(name, value));
		return this;
	}

	/** Ticks one more checkbox of a group. */
	public HtmlForm add(String name, String value) {
		this.fields.add(Map.entry(name, value));
		return this;
	}

	public HtmlForm remove(String name) {
		this.fields.removeIf(f -> f.getKey().equals(name));
		return this;
	}

	private static String attribute(String tag, String name) {
		Matcher value = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag);
		return value.find() ? unescape(value.group(1)) : null;
	}

	private static String unescape(String text) {
		if (text == null) {
			return null;
		}
		return text.replace("&lt;", "<")
			.replace("&gt;", ">")
			.replace("&quot;", "\"")
			.replace("&#39;", "'")
			.replace("&#x27;", "'")
			.replace("&amp;", "&");
	}

}
