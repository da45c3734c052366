package io.gongxin.platform.internal;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What a form's inputs show ({@code @forms} in templates): what was typed when the form
 * was refused, else what the page would show anyway. The variants naming a form's action
 * are for pages with one form per row, so that only the refused one keeps the input.
 */
@Component("forms")
public class Forms {

	public String value(String name, Object fallback) {
		return value(null, name, fallback);
	}

	public String value(String action, String name, Object fallback) {
		FormErrors refused = refused(action);
		if (refused != null && refused.values().containsKey(name)) {
			return refused.value(name);
		}
		return (fallback == null) ? null : String.valueOf(fallback);
	}

	/** Whether an option (of a select, radio or checkbox group) is chosen. */
	public boolean chosen(String name, Object option, boolean fallback) {
		return chosen(null, name, option, fallback);
	}

	public boolean chosen(String action, String name, Object option, boolean fallback) {
		FormErrors refused = refused(action);
		if (refused != null) {
			// a box left unticked is not sent at all: absent means not chosen
			return refused.sent(name, String.valueOf(option));
		}
		return fallback;
	}

	public String error(String name) {
		return error(null, name);
	}

	public String error(String action, String name) {
		FormErrors refused = refused(action);
		return (refused != null) ? refused.error(name) : null;
	}

	private static FormErrors refused(String action) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(FormErrors.ATTRIBUTE,
				RequestAttributes.SCOPE_REQUEST) instanceof FormErrors refused && refused.isFor(action)) {
			return refused;
		}
		return null;
	}

}
