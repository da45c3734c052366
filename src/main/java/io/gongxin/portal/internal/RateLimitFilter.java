package io.gongxin.portal.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import io.gongxin.platform.Problems;
import io.gongxin.platform.ProblemTexts;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Limits costly public requests per client address: searches, and the free credit report.
 * Over the limit the answer is 429 with the rule's problem code: a Chinese page for a
 * browser, a problem document for a program.
 */
final class RateLimitFilter extends OncePerRequestFilter {

	/** Which requests one limiter counts, and what a refused client is told. */
	record Rule(Predicate<String> paths, String code, String title, String detail) {
	}

	private final RateLimiter limiter;

	private final Rule rule;

	private final JsonMapper json;

	RateLimitFilter(RateLimiter limiter, Rule rule, JsonMapper json) {
		this.limiter = limiter;
		this.rule = rule;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !this.rule.paths().test(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.limiter.tryAcquire(request.getRemoteAddr())) {
			chain.doFilter(request, response);
			return;
		}
		long retryAfter = this.limiter.retryAfterSeconds();
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", Long.toString(retryAfter));
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		if (wantsPage(request)) {
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter().write(page(request, retryAfter));
			return;
		}
		response.setContentType("application/problem+json");
		ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, this.rule.code(), this.rule.title(),
				this.rule.detail(), request);
		response.getWriter().write(this.json.writeValueAsString(problem));
	}

	/** A browser asking for a page (the API answers programs, whatever they accept). */
	private static boolean wantsPage(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String accept = request.getHeader("Accept");
		return !path.startsWith("/api/") && accept != null && accept.contains("text/html");
	}

	/**
	 * A page of its own: the filter runs before security and the page templates, and a
	 * client turned away should cost next to nothing.
	 */
	private String page(HttpServletRequest request, long retryAfter) {
		String base = HtmlUtils.htmlEscape(request.getContextPath());
		String meaning = ProblemTexts.of(this.rule.code()).orElse(this.rule.detail());
		return """
				<!DOCTYPE html>
				<html lang="zh-CN"><head><meta charset="UTF-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>访问过于频繁 · 公信</title><link rel="stylesheet" href="%1$s/css/gongxin.css"></head>
				<body><header class="site"><a class="brand" href="%1$s/">公信 · 公共信用信息平台</a></header>
				<main id="main"><h1>访问过于频繁</h1>
				<p class="alert" id="meaning">%2$s</p>
				<p>为保障平台对所有公众可用，同一网络地址在短时间内的访问次数有限制。请约 %3$d 秒后再试。</p>
				<p>错误代码：<code>%4$s</code></p>
				<p><a href="%1$s/">返回首页</a></p></main></body></html>
				""".formatted(base, HtmlUtils.htmlEscape(meaning), retryAfter, this.rule.code());
	}

}
