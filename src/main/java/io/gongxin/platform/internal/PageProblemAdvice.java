package io.gongxin.platform.internal;

import jakarta.servlet.http.HttpServletRequest;

import io.gongxin.platform.DomainException;
import io.gongxin.platform.Problems;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Domain failures on pages: the Chinese error page with the status the failure deserves
 * (a batch of another department is "not found", not a server error). REST endpoints are
 * answered by {@link ApiProblemAdvice} first.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblemAdvice {

	@ExceptionHandler(DomainException.class)
	ModelAndView domain(DomainException ex, HttpServletRequest request) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(ex.kind().status());
		page.addObject("status", ex.kind().status().value());
		page.addObject("code", ex.code());
		page.addObject("meaning", io.gongxin.platform.ProblemTexts.of(ex.code()).orElse(null));
		page.addObject("correlationId", Problems.correlationId(request));
		return page;
	}

}
