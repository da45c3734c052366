package io.gongxin.security;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.server.PathContainer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every endpoint of the platform with who may call it, read from the request mappings and
 * the {@code @PreAuthorize} declarations the code carries, so the list cannot fall behind
 * the code: {@code docs/endpoints.md} is written from it and the access matrix is checked
 * against it.
 */
final class EndpointInventory {

	private static final Pattern ROLE = Pattern.compile("'([A-Z]+)'");

	private static final Pattern ROLE_CALL = Pattern.compile("hasAnyRole\\(([^)]*)\\)|hasRole\\(([^)]*)\\)");

	private static final String SCOPE = "@departmentScope.allows(#code)";

	/**
	 * @param expression the declaration as written
	 * @param roles the roles let through ({@code null} for everyone, signed in or not)
	 * @param departmentScoped whether department-bound roles only reach their own
	 * department
	 * @param page whether the answer is a browser page rather than an API document
	 */
	record Entry(String method, String pattern, HandlerMethod handler, String expression, Set<Role> roles,
			boolean departmentScoped, boolean page, boolean needsInput) {

		/** A GET that needs no path variable or parameter: callable as it is. */
		boolean plainGet() {
			return this.method.equals("GET") && !this.pattern.contains("{") && !this.needsInput;
		}

		String handlerName() {
			return this.handler.getBeanType().getSimpleName() + "#" + this.handler.getMethod().getName();
		}

		boolean isPublic() {
			return this.roles == null;
		}

		boolean matches(String method, String path) {
			String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
			return this.method.equals(method) && parsed().matches(PathContainer.parsePath(bare));
		}

		PathPattern parsed() {
			return PathPatternParser.defaultInstance.parse(this.pattern);
		}

		String who() {
			if (isPublic()) {
				return "everyone (public)";
			}
			String names = this.roles.stream().map(Role::name).collect(Collectors.joining(", "));
			return this.departmentScoped ? names + " (PROVIDER and BANK for their own department only)" : names;
		}

	}

	private EndpointInventory() {
	}

	/**
	 * The endpoint a request reaches: of the patterns that match, the most specific, as
	 * Spring MVC chooses ({@code /drafts/{id}/categories/new} over
	 * {@code /drafts/{id}/categories/{code}}).
	 */
	static Optional<Entry> reached(List<Entry> entries, String method, String path) {
		return entries.stream()
			.filter(entry -> entry.matches(method, path))
			.min(Comparator.comparing(Entry::parsed, PathPattern.SPECIFICITY_COMPARATOR));
	}

	static List<Entry> of(Map<RequestMappingInfo, HandlerMethod> mappings) {
		List<Entry> entries = new ArrayList<>();
		mappings.forEach((info, handler) -> {
			String expression = declaration(handler);
			Set<Role> roles = roles(expression, handler);
			boolean scoped = expression.contains(SCOPE);
			boolean page = !AnnotatedElementUtils.hasAnnotation(handler.getMethod(), ResponseBody.class)
					&& !AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class);
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					entries.add(new Entry(method.name(), pattern, handler, expression, roles, scoped, page,
							needsInput(handler)));
				}
			}
		});
		entries
			.sort(Comparator.comparing(Entry::pattern).thenComparing(Entry::method).thenComparing(Entry::handlerName));
		return entries;
	}

	private static boolean needsInput(HandlerMethod handler) {
		for (MethodParameter parameter : handler.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (parameter.hasParameterAnnotation(RequestBody.class) || (param != null && param.required()
					&& param.defaultValue().equals(ValueConstants.DEFAULT_NONE) && !parameter.isOptional())) {
				return true;
			}
		}
		return false;
	}

	private static String declaration(HandlerMethod handler) {
		if (!handler.getBeanType().getName().startsWith("io.gongxin.")) {
			// the API description (springdoc): public by the URL rules of the security
			// configuration, as the API's own documentation
			return "permitAll()";
		}
		Method method = handler.getMethod();
		PreAuthorize declared = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
		if (declared == null) {
			declared = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
		}
		if (declared == null) {
			throw new IllegalStateException(handler + " does not declare who may call it");
		}
		return declared.value().strip();
	}

	/** The roles a declaration lets through; a form the inventory cannot read fails. */
	private static Set<Role> roles(String expression, HandlerMethod handler) {
		if (expression.equals("permitAll()")) {
			return null;
		}
		if (expression.equals("isAuthenticated()")) {
			return Collections.unmodifiableSet(EnumSet.allOf(Role.class));
		}
		String rest = expression;
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Matcher call = ROLE_CALL.matcher(expression);
		boolean found = false;
		while (call.find()) {
			found = true;
			Matcher role = ROLE.matcher(call.group());
			while (role.find()) {
				roles.add(Role.valueOf(role.group(1)));
			}
			rest = rest.replace(call.group(), "");
		}
		if (expression.contains(SCOPE)) {
			if (!found) {
				// the scope alone: every role it can let through
				roles.addAll(EnumSet.of(Role.OFFICER, Role.REVIEWER, Role.ADMIN, Role.PROVIDER, Role.BANK));
			}
			roles.remove(Role.ENTERPRISE);
			rest = rest.replace(SCOPE, "");
		}
		if (!rest.replace("and", "").isBlank() || roles.isEmpty()) {
			throw new IllegalStateException(
					"the inventory cannot read the declaration of " + handler + ": " + expression);
		}
		return Collections.unmodifiableSet(roles);
	}

	static String render(List<Entry> entries) {
		StringBuilder doc = new StringBuilder("""
				# Endpoints and who may call them

				Generated from the request mappings and their `@PreAuthorize` declarations by `AccessMatrixIT` on every
				`./mvnw verify`; do not edit by hand. Each protected endpoint is also called by every role and
				anonymously in `AccessMatrixIT`, which fails when an endpoint below is missing from its matrix or the
				matrix expects other roles than the code declares. Roles: PROVIDER 数据提供单位, OFFICER 信用工作人员,
				REVIEWER 审核人员, ADMIN 系统管理员, BANK 金融机构, ENTERPRISE 法人用户, AGENCY 信用服务机构,
				PERSON 个人用户.

				""");
		long open = entries.stream().filter(Entry::isPublic).count();
		doc.append(entries.size())
			.append(" endpoints: ")
			.append(entries.size() - open)
			.append(" protected, ")
			.append(open)
			.append(" public.\n\n| method | path | who may call | kind | handler |\n|---|---|---|---|---|\n");
		for (Entry entry : entries) {
			doc.append("| ")
				.append(entry.method())
				.append(" | `")
				.append(entry.pattern())
				.append("` | ")
				.append(entry.who())
				.append(" | ")
				.append(entry.page() ? "page" : "API")
				.append(" | ")
				.append(entry.handlerName())
				.append(" |\n");
		}
		return doc.toString();
	}

}
