package io.gongxin.platform.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.gongxin.platform.Problems;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.util.HtmlUtils;

/**
 * Refuses, before anything reads them, request parameters no part of the platform can
 * take: bytes that are not UTF-8 (the container would fail on the first read, wherever
 * that is), more parameters than the container parses, and the NUL character, which
 * PostgreSQL cannot store in text and no form or identifier ever contains. Multipart
 * bodies are left to the handlers that read them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestHygieneFilter extends OncePerRequestFilter {

	private final JsonMapper json;

	RequestHygieneFilter(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String refusal = refusal(request);
		if (refusal != null) {
			refuse(request, response, refusal);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException ex) {
			// an upload that cannot be parsed fails wherever it is first read, which may
			// be before any handler's error mapping applies
			if (!(ex.getCause() instanceof MultipartException) || response.isCommitted()) {
				throw ex;
			}
			refuse(request, response, "GX-REQ-012");
		}
	}

	/** The code of the reason the parameters are refused, or null. */
	static String refusal(HttpServletRequest request) {
		String type = request.getContentType();
		if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
			String query = request.getQueryString();
			return (query != null && query.toUpperCase(java.util.Locale.ROOT).contains("%00")) ? "GX-REQ-011" : null;
		}
		Map<String, String[]> parameters;
		try {
			parameters = request.getParameterMap();
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			// Tomcat's InvalidParameterException: undecodable bytes or too many
			// parameters
			return "GX-REQ-010";
		}
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (parameter.getKey().indexOf('\u0000') >= 0) {
				return "GX-REQ-011";
			}
			for (String value : parameter.getValue()) {
				if (value != null && value.indexOf('\u0000') >= 0) {
					return "GX-REQ-011";
				}
			}
		}
		return null;
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, String code) throws IOException {
		String detail = switch (code) {
			case "GX-REQ-010" -> "The request parameters are not valid UTF-8 or are too many to read.";
			case "GX-REQ-011" -> "A request parameter contains the NUL character.";
			default -> "The upload is not a readable multipart/form-data body.";
		};
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, code, "Unreadable parameters", detail, request);
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		String path = request.getRequestURI();
		if (path.startsWith(request.getContextPath() + "/api/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			this.json.writeValue(response.getOutputStream(), problem);
		}
		else {
			response.setContentType(MediaType.TEXT_HTML_VALUE);
			response.getWriter().write(plainPage(problem));
		}
	}

	/** A page without the layout: the layout itself may read the refused parameters. */
	private static String plainPage(ProblemDetail problem) {
		return plainPage(String.valueOf(problem.getTitle()), String.valueOf(problem.getProperties().get("code")),
				String.valueOf(problem.getProperties().get("correlationId")));
	}

	/**
	 * The short Chinese error page shown where the layout cannot be used; no correlation
	 * id: null.
	 */
	static String plainPage(String meaning, String code, String correlationId) {
		return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>未能办理 · 公信</title></head>"
				+ "<body><h1>未能办理</h1><p>" + HtmlUtils.htmlEscape(meaning) + "</p><p>错误代码：<code>"
				+ HtmlUtils.htmlEscape(code) + "</code></p>" + ((correlationId != null)
						? "<p>请求编号：<code>" + HtmlUtils.htmlEscape(correlationId) + "</code></p>" : "")
				+ "<p><a href=\"/\">返回首页</a></p></body></html>";
	}

}
