package io.gongxin.portal.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.databind.json.JsonMapper;

import io.gongxin.platform.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits public searches per client address: the portal's search page and the public
 * search APIs. Over the limit the answer is 429 with problem {@code GX-PRT-001}.
 */
final class SearchRateLimitFilter extends OncePerRequestFilter {

	static final Set<String> SEARCH_PATHS = Set.of("/portal/search", "/api/public/search", "/api/public/subjects");

	private final SearchRateLimiter limiter;

	private final JsonMapper json;

	SearchRateLimitFilter(SearchRateLimiter limiter, JsonMapper json) {
		this.limiter = limiter;
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return !SEARCH_PATHS.contains(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.limiter.tryAcquire(request.getRemoteAddr())) {
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(429);
		response.setHeader("Retry-After", Long.toString(this.limiter.retryAfterSeconds()));
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setContentType("application/problem+json");
		ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "GX-PRT-001", "Too Many Requests",
				"查询过于频繁，请稍后再试。", request);
		response.getWriter().write(this.json.writeValueAsString(problem));
	}

}
