package io.gongxin.platform.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.gongxin.platform.DomainException;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * How a refused form comes back: the refusal is kept on the request and the handler
 * answers with a view name that {@link FormAgainViews} renders as the form's page.
 */
public final class FormAgain {

	static final String PREFIX = "form-again:";

	private FormAgain() {
	}

	/**
	 * The view that shows the page at {@code back} again with the refusal; the field is
	 * the one the refusal names ({@code field}, or each of {@code fields}), else
	 * {@code hint}.
	 */
	public static String refused(String back, DomainException ex, String message, String hint) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (ex.details().get("fields") instanceof Map<?, ?> named) {
			named.forEach((field, text) -> fields.put(String.valueOf(field), String.valueOf(text)));
		}
		else if (ex.details().get("field") instanceof String field) {
			fields.put(field, message);
		}
		else if (hint != null) {
			fields.put(hint, message);
		}
		// the refusal in full on top as well: a field it names may not be an input of
		// this
		// form (a record's data item, say), and then only the top shows it
		return keep(back, "未能办理：" + message, fields);
	}

	static String summary(int mistakes) {
		return "未能办理，有 " + mistakes + " 处需要修改，请查看各项下方的提示。";
	}

	/** Keeps the refusal, with what was typed, on the current request. */
	static String keep(String back, String summary, Map<String, String> fields) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		Map<String, List<String>> values = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, sent) -> values.put(name, Arrays.asList(sent)));
		request.setAttribute(FormErrors.ATTRIBUTE, new FormErrors(request.getRequestURI(), summary, fields, values));
		int anchor = back.indexOf('#');
		return PREFIX + ((anchor < 0) ? back : back.substring(0, anchor));
	}

}
