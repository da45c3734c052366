package io.gongxin.platform.internal;

import java.net.URI;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * A page form whose values cannot even be bound (a date typed wrong, letters in a number,
 * a required input left empty) comes back like a refused form: the page it was sent from
 * (its {@code Referer}, which the platform's referrer policy keeps on its own pages),
 * 422, the input kept and the mistake next to it. Without a page to go back to (no
 * referrer, another site, an address that is no page) it stays the error page.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class FormBindingAdvice {

	/** Absent in web slices that load advice but not components. */
	private final ObjectProvider<FormAgainViews> views;

	FormBindingAdvice(ObjectProvider<FormAgainViews> views) {
		this.views = views;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView mismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) throws Exception {
		return again(request, Map.of(ex.getName(), text(ex.getRequiredType())), ex);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ModelAndView missing(MissingServletRequestParameterException ex, HttpServletRequest request) throws Exception {
		String text = ex.isMissingAfterConversion() ? text(ex.getMethodParameter().getParameterType()) : "请填写此项。";
		return again(request, Map.of(ex.getParameterName(), text), ex);
	}

	@ExceptionHandler(BindException.class)
	ModelAndView binding(BindException ex, HttpServletRequest request) throws Exception {
		Map<String, String> fields = new LinkedHashMap<>();
		for (FieldError error : ex.getFieldErrors()) {
			fields.putIfAbsent(error.getField(), error.isBindingFailure()
					? text(ex.getBindingResult().getFieldType(error.getField())) : "请按要求填写此项。");
		}
		return again(request, fields, ex);
	}

	/** The mistake in Chinese, by what the input should hold. */
	static String text(Class<?> type) {
		if (type == null) {
			return "格式不正确，请检查后重新填写。";
		}
		if (java.time.YearMonth.class.isAssignableFrom(type)) {
			return "请按“年-月”填写，例如 2026-03。";
		}
		if (Temporal.class.isAssignableFrom(type)) {
			return "请按“年-月-日”填写日期，例如 2026-03-01。";
		}
		if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
			return "请填写数字。";
		}
		if (type.isEnum() || type == Boolean.class || type == boolean.class) {
			return "请从给出的选项中选择。";
		}
		return "格式不正确，请检查后重新填写。";
	}

	private ModelAndView again(HttpServletRequest request, Map<String, String> fields, Exception ex) throws Exception {
		String back = back(request);
		FormAgainViews pages = this.views.getIfAvailable();
		if (back == null || fields.isEmpty() || pages == null || !pages.shows(back, request)) {
			throw ex;
		}
		return new ModelAndView(pages
			.page(FormAgain.keep(back, FormAgain.summary(fields.size()), fields).substring(FormAgain.PREFIX.length())));
	}

	/** The page a form was posted from, when it is one of the platform's own. */
	private static String back(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (!"POST".equals(request.getMethod()) || referer == null) {
			return null;
		}
		try {
			URI from = URI.create(referer);
			if (from.getHost() == null || !from.getHost().equalsIgnoreCase(request.getServerName())
					|| from.getRawPath() == null || !from.getRawPath().startsWith(request.getContextPath() + "/")) {
				return null;
			}
			String path = from.getRawPath().substring(request.getContextPath().length());
			return (from.getRawQuery() != null) ? path + "?" + from.getRawQuery() : path;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
