package io.gongxin.portal.internal;

import jakarta.servlet.http.HttpServletResponse;

import io.gongxin.platform.DomainException;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Domain failures on the portal's pages become the error page with their code. */
@ControllerAdvice(assignableTypes = PortalController.class)
class PortalErrors {

	@ExceptionHandler(DomainException.class)
	String domain(DomainException ex, HttpServletResponse response, Model model) {
		response.setStatus(ex.kind().status().value());
		model.addAttribute("status", ex.kind().status().value());
		model.addAttribute("code", ex.code());
		return "error";
	}

}
