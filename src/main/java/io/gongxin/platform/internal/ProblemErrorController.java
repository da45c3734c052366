package io.gongxin.platform.internal;

import jakarta.servlet.RequestDispatcher;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.gongxin.platform.Outages;
import io.gongxin.platform.Problems;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors that happen outside REST handlers (unknown paths, filter failures, page errors):
 * problem documents for API clients, a Chinese error page for browsers. Replaces Boot's
 * own error JSON so there is one error shape.
 */
@Controller
@PreAuthorize("permitAll()")
class ProblemErrorController implements ErrorController {

	@RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
	String page(HttpServletRequest request, HttpServletResponse response, Model model) {
		HttpStatus status = status(request);
		String code = (request.getAttribute(Problems.ERROR_CODE_ATTRIBUTE) instanceof String given) ? given
				: codeFor(status);
		Optional<Outages.Kind> outage = outage(request);
		if (outage.isPresent()) {
			status = HttpStatus.SERVICE_UNAVAILABLE;
			code = outage.get().code();
			response.setStatus(status.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, ApiProblemAdvice.OUTAGE_RETRY_AFTER);
		}
		model.addAttribute("status", status.value());
		model.addAttribute("code", code);
		model.addAttribute("meaning", io.gongxin.platform.ProblemTexts.of(code).orElse(null));
		model.addAttribute("correlationId", Problems.correlationId(request));
		return "error";
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		Optional<Outages.Kind> outage = outage(request);
		if (outage.isPresent()) {
			// a filter (the API key lookup, the session) found the database gone
			ResponseEntity<ProblemDetail> answer = ApiProblemAdvice.unavailable(outage.get(), request);
			instance(answer.getBody(), request);
			return answer;
		}
		HttpStatus status = status(request);
		String detail = switch (status) {
			case NOT_FOUND -> "No resource at this path.";
			case UNAUTHORIZED -> "Sign in or present a valid API key.";
			case FORBIDDEN -> "Your role does not allow this action.";
			case METHOD_NOT_ALLOWED -> "This resource does not support that method.";
			default -> (status.is5xxServerError())
					? "An unexpected error occurred. Quote the correlation id when reporting it."
					: status.getReasonPhrase();
		};
		ProblemDetail problem = Problems.of(status, codeFor(status), status.getReasonPhrase(), detail, request);
		instance(problem, request);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** The path the caller asked for, not the error page's own. */
	private static void instance(ProblemDetail problem, HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri != null) {
			problem.setInstance(java.net.URI.create(sanitize(uri.toString())));
		}
	}

	private static Optional<Outages.Kind> outage(HttpServletRequest request) {
		return (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure)
				? Outages.of(failure) : Optional.empty();
	}

	private static String sanitize(String path) {
		return path.replaceAll("[^A-Za-z0-9/._~%!$&'()*+,;=:@-]", "_");
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value) {
			HttpStatus resolved = HttpStatus.resolve(value);
			if (resolved != null) {
				return resolved;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

	static String codeFor(HttpStatus status) {
		return switch (status) {
			case BAD_REQUEST -> "GX-REQ-001";
			case UNAUTHORIZED -> "GX-SEC-001";
			case FORBIDDEN -> "GX-SEC-002";
			case NOT_FOUND -> "GX-REQ-004";
			case METHOD_NOT_ALLOWED -> "GX-REQ-005";
			case UNSUPPORTED_MEDIA_TYPE -> "GX-REQ-006";
			case CONTENT_TOO_LARGE -> "GX-REQ-007";
			case TOO_MANY_REQUESTS -> "GX-REQ-009";
			default -> status.is5xxServerError() ? "GX-SYS-001" : "GX-REQ-000";
		};
	}

}
