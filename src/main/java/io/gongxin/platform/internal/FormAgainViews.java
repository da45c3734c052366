package io.gongxin.platform.internal;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.thymeleaf.spring6.view.ThymeleafViewResolver;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UrlPathHelper;

/**
 * Renders a refused form's page within the post that was refused: the page's own
 * {@code GET} handler runs (with its {@code @PreAuthorize}) on a request that looks like
 * the visit to that page, and its view is written with status 422. No redirect, so what
 * was typed is still there; no container forward, so it works the same under MockMvc.
 */
@Component
class FormAgainViews implements ViewResolver, Ordered {

	private final ObjectProvider<RequestMappingHandlerMapping> mapping;

	private final ObjectProvider<RequestMappingHandlerAdapter> adapter;

	private final ObjectProvider<ThymeleafViewResolver> views;

	private final ObjectProvider<HandlerExceptionResolver> failures;

	FormAgainViews(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mapping,
			ObjectProvider<RequestMappingHandlerAdapter> adapter, ObjectProvider<ThymeleafViewResolver> views,
			@Qualifier("handlerExceptionResolver") ObjectProvider<HandlerExceptionResolver> failures) {
		this.mapping = mapping;
		this.adapter = adapter;
		this.views = views;
		this.failures = failures;
	}

	@Override
	public View resolveViewName(String viewName, Locale locale) {
		return viewName.startsWith(FormAgain.PREFIX) ? page(viewName.substring(FormAgain.PREFIX.length())) : null;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

	View page(String back) {
		return new View() {

			@Override
			public String getContentType() {
				return "text/html;charset=UTF-8";
			}

			@Override
			public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
					throws Exception {
				show(back, request, response);
			}

		};
	}

	/**
	 * Whether {@code back} is a page a form can be shown again on: a {@code GET} handler
	 * that renders a view (not an API answer). The request is left as it was.
	 */
	boolean shows(String back, HttpServletRequest request) {
		Map<String, Object> before = new LinkedHashMap<>();
		request.getAttributeNames().asIterator().forEachRemaining(name -> before.put(name, request.getAttribute(name)));
		try {
			HttpServletRequest visit = new Visit(request, back);
			request.removeAttribute(UrlPathHelper.PATH_ATTRIBUTE);
			ServletRequestPathUtils.parseAndCache(visit);
			HandlerExecutionChain chain = this.mapping.getObject().getHandler(visit);
			return chain != null && chain.getHandler() instanceof HandlerMethod page
					&& !page.hasMethodAnnotation(ResponseBody.class)
					&& !AnnotatedElementUtils.hasAnnotation(page.getBeanType(), ResponseBody.class)
					&& page.getReturnType().getParameterType() != void.class;
		}
		catch (Exception ex) {
			return false;
		}
		finally {
			List.copyOf(java.util.Collections.list(request.getAttributeNames()))
				.stream()
				.filter(name -> !before.containsKey(name))
				.forEach(request::removeAttribute);
			before.forEach(request::setAttribute);
		}
	}

	private void show(String back, HttpServletRequest request, HttpServletResponse response) throws Exception {
		HttpServletRequest visit = new Visit(request, back);
		request.removeAttribute(UrlPathHelper.PATH_ATTRIBUTE);
		ServletRequestPathUtils.parseAndCache(visit);
		HandlerExecutionChain chain = this.mapping.getObject().getHandler(visit);
		if (chain == null) {
			throw new IllegalStateException("No page at " + back + " to show a refused form on");
		}
		ModelAndView page;
		try {
			page = this.adapter.getObject().handle(visit, response, chain.getHandler());
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		}
		catch (Exception ex) {
			// the page cannot be shown (what the form acted on does not exist, its
			// address
			// is wrong): answer as a visit to that page is answered, not with a server
			// error
			page = this.failures.getObject().resolveException(visit, response, chain.getHandler(), ex);
			if (page == null) {
				throw ex;
			}
			if (page.getStatus() != null) {
				response.setStatus(page.getStatus().value());
			}
		}
		if (page == null || page.isEmpty()) {
			return;
		}
		View view = (page.getView() != null) ? page.getView()
				: this.views.getObject().resolveViewName(page.getViewName(), RequestContextUtils.getLocale(request));
		view.render(page.getModel(), visit, response);
	}

	/**
	 * The post, seen as the visit to the form's page: GET, its address, its query only.
	 */
	private static final class Visit extends HttpServletRequestWrapper {

		private final String path;

		private final String query;

		private final Map<String, String[]> parameters = new LinkedHashMap<>();

		Visit(HttpServletRequest request, String back) {
			super(request);
			int question = back.indexOf('?');
			this.path = (question < 0) ? back : back.substring(0, question);
			this.query = (question < 0) ? null : back.substring(question + 1);
			MultiValueMap<String, String> params = UriComponentsBuilder.fromUriString(back).build().getQueryParams();
			params.forEach((name, values) -> this.parameters.put(name,
					values.stream().map(Visit::decoded).toArray(String[]::new)));
		}

		private static String decoded(String value) {
			return (value == null) ? "" : java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getRequestURI() {
			return getContextPath() + this.path;
		}

		@Override
		public StringBuffer getRequestURL() {
			StringBuffer url = new StringBuffer(getScheme()).append("://").append(getServerName());
			url.append(':').append(getServerPort()).append(getRequestURI());
			return url;
		}

		@Override
		public String getServletPath() {
			return this.path;
		}

		@Override
		public String getPathInfo() {
			return null;
		}

		@Override
		public String getQueryString() {
			return this.query;
		}

		@Override
		public String getContentType() {
			return null;
		}

		@Override
		public String getParameter(String name) {
			String[] values = this.parameters.get(name);
			return (values == null || values.length == 0) ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Collections.unmodifiableMap(this.parameters);
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(List.copyOf(this.parameters.keySet()));
		}

		@Override
		public String[] getParameterValues(String name) {
			return this.parameters.get(name);
		}

	}

}
