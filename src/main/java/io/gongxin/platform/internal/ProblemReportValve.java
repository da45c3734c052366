package io.gongxin.platform.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

import io.gongxin.platform.ProblemTexts;

import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error report, for what Tomcat refuses before the application sees the
 * request (a NUL or a broken escape in the path, an oversized request line): a problem
 * document under {@code /api}, a short Chinese page elsewhere, never Tomcat's English
 * HTML or its version. Public because Tomcat instantiates it by name.
 */
public class ProblemReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		HttpStatus resolved = HttpStatus.resolve(status);
		String code = (resolved != null) ? ProblemErrorController.codeFor(resolved) : "GX-REQ-000";
		String meaning = ProblemTexts.of(code).orElse("请求无法处理");
		String uri = request.getRequestURI();
		// a request line too long to parse has no path to go by: machines send those,
		// so they get the machine-readable answer
		boolean api = uri == null || uri.isEmpty() || uri.startsWith("/api/");
		try {
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			if (api) {
				response.setContentType("application/problem+json");
				write(response,
						"{\"type\":\"urn:gongxin:problem:" + code.toLowerCase(java.util.Locale.ROOT) + "\",\"title\":\""
								+ meaning + "\",\"status\":" + status + ",\"detail\":\"" + meaning + "\",\"code\":\""
								+ code + "\"}");
			}
			else {
				response.setContentType("text/html");
				write(response, RequestHygieneFilter.plainPage(meaning, code, null));
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the connection is gone or the response already committed: nothing to tell
		}
	}

	private static void write(Response response, String body) throws IOException {
		Writer writer = response.getReporter();
		if (writer != null) {
			writer.write(body);
			response.finishResponse();
		}
	}

}
