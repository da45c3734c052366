package io.gongxin.platform;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.MDC;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problem documents in the one shape every GongXin error has: a stable
 * {@code code}, the {@code correlationId} of the request, and a {@code type} URI derived
 * from the code.
 */
public final class Problems {

	public static final String TYPE_PREFIX = "urn:gongxin:problem:";

	/**
	 * Request attribute naming the stable code of an error a filter sent with
	 * {@code sendError}, so the error page explains the cause rather than only the
	 * status.
	 */
	public static final String ERROR_CODE_ATTRIBUTE = "io.gongxin.problem.code";

	private Problems() {
	}

	public static ProblemDetail of(HttpStatusCode status, String code, String title, String detail,
			HttpServletRequest request) {
		// people read Chinese: the code's meaning is the title and the detail; the
		// English message stays for integrators as "message"
		Optional<String> chinese = ProblemTexts.of(code);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, chinese.orElse(detail));
		problem.setTitle(chinese.orElse(title));
		if (chinese.isPresent() && detail != null) {
			problem.setProperty("message", detail);
		}
		problem.setType(URI.create(TYPE_PREFIX + code.toLowerCase(Locale.ROOT)));
		if (request != null) {
			problem.setInstance(URI.create(safePath(request.getRequestURI())));
		}
		problem.setProperty("code", code);
		String correlationId = correlationId(request);
		// Every problem must be quotable, even when it arises outside the filter that
		// assigns ids.
		problem.setProperty("correlationId", (correlationId != null) ? correlationId : UUID.randomUUID().toString());
		return problem;
	}

	public static String correlationId(HttpServletRequest request) {
		Object fromRequest = (request != null) ? request.getAttribute("correlationId") : null;
		return (fromRequest != null) ? fromRequest.toString() : MDC.get("correlationId");
	}

	private static String safePath(String path) {
		if (path == null) {
			return "/";
		}
		StringBuilder safe = new StringBuilder(path.length());
		for (char c : path.toCharArray()) {
			safe.append((c > 0x20 && c < 0x7f && c != '"' && c != '<' && c != '>' && c != '\\' && c != '`' && c != '{'
					&& c != '}' && c != '|' && c != '^') ? c : '_');
		}
		return safe.toString();
	}

}
