package io.gongxin.hostile;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/**
 * Hostile requests for every endpoint of the platform, derived from its request mappings
 * (a new endpoint is covered without being listed): every path variable, every query
 * parameter, every JSON body and every form field in turn takes the hostile values, sent
 * by each kind of caller.
 */
final class EndpointCases {

	private static final Pattern VARIABLE = Pattern.compile("\\{\\*?(\\w+)(?::[^}]*)?}");

	/**
	 * Paths whose purpose is to end the caller's session; calling them spoils the rest.
	 */
	private static final Set<String> SKIPPED = Set.of("/logout");

	private final List<String> callers;

	private final Random random;

	EndpointCases(List<String> callers, long seed) {
		this.callers = callers;
		this.random = new Random(seed);
	}

	List<HostileCase> of(Map<RequestMappingInfo, HandlerMethod> mappings) {
		List<HostileCase> cases = new ArrayList<>();
		mappings.forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String template : info.getPatternValues()) {
				if (SKIPPED.contains(template)) {
					continue;
				}
				for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					cases.addAll(of(method.name(), template, handler));
				}
			}
		});
		return cases;
	}

	private List<HostileCase> of(String method, String template, HandlerMethod handler) {
		List<HostileCase> cases = new ArrayList<>();
		List<String> params = new ArrayList<>();
		Class<?> body = null;
		boolean multipart = false;
		for (MethodParameter parameter : handler.getMethodParameters()) {
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null && !Map.class.isAssignableFrom(parameter.getParameterType())) {
				params.add(name(param.name(), param.value(), parameter));
			}
			if (parameter.hasParameterAnnotation(RequestBody.class)) {
				body = parameter.getParameterType();
			}
			multipart |= parameter.hasParameterAnnotation(RequestPart.class)
					|| MultipartFile.class.isAssignableFrom(parameter.getParameterType());
		}
		boolean hasVariables = VARIABLE.matcher(template).find();
		if (hasVariables) {
			for (String segment : HostileValues.PATH_SEGMENTS) {
				cases.add(request("path", method, template, expand(template, segment), "", null, null));
			}
			cases.add(request("path", method, template, expand(template, "x".repeat(10_000)), "", null, null));
		}
		String path = expand(template, "1");
		for (String param : params) {
			for (String value : HostileValues.TEXTS) {
				cases.add(request("param " + param, method, template, path,
						"?" + param + "=" + HostileValues.query(value), null, null));
			}
			for (String raw : HostileValues.RAW_QUERY_VALUES) {
				cases.add(request("param " + param, method, template, path, "?" + param + "=" + raw, null, null));
			}
		}
		cases
			.add(request("param unknown", method, template, path, "?%00=%00&a=1&a=2&" + "p=".repeat(2000), null, null));
		cases.add(request("param name", method, template, path, "?a%00b=1&%ED%A0%80=1", null, null));
		cases.add(request("param count", method, template, path, "?x=1" + "&p=1".repeat(1200), null, null));
		if (body != null) {
			for (String json : HostileValues.BODIES) {
				cases.add(request("body", method, template, path, "", "application/json", json));
			}
			if (body.isRecord()) {
				for (String value : HostileValues.JSON_STRINGS) {
					cases.add(request("body fields", method, template, path, "", "application/json",
							everyField(body, value)));
				}
			}
			cases.add(request("body type", method, template, path, "", "text/plain", "x"));
		}
		else if (!method.equals("GET") && !multipart) {
			// page forms and parameterless actions: hostile form fields
			for (String value : HostileValues.TEXTS) {
				StringBuilder form = new StringBuilder();
				for (String param : params.isEmpty() ? List.of("name") : params) {
					form.append(form.isEmpty() ? "" : "&").append(param).append('=').append(HostileValues.query(value));
				}
				cases.add(request("form", method, template, path, "", "application/x-www-form-urlencoded",
						form.toString()));
			}
		}
		if (multipart) {
			cases.add(request("multipart", method, template, path, "", "multipart/form-data; boundary=x",
					"--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\u0000.csv\"\r\n\r\n\u0000\r\n--x"));
			cases.add(request("multipart", method, template, path, "", "multipart/form-data", "no boundary"));
		}
		return cases;
	}

	private HostileCase request(String kind, String method, String template, String path, String query,
			String contentType, String body) {
		String caller = this.callers.get(this.random.nextInt(this.callers.size()));
		return new HostileCase(kind, method, template, path + query, contentType,
				(body == null) ? null : body.getBytes(StandardCharsets.UTF_8), caller);
	}

	/** A JSON object of the record's components, every one set to the value. */
	private static String everyField(Class<?> type, String value) {
		StringBuilder json = new StringBuilder("{");
		for (RecordComponent component : type.getRecordComponents()) {
			json.append((json.length() > 1) ? "," : "").append('"').append(component.getName()).append("\":");
			json.append(List.class.isAssignableFrom(component.getType()) ? "[" + value + "]" : value);
		}
		return json.append('}').toString();
	}

	private static String expand(String template, String segment) {
		Matcher variables = VARIABLE.matcher(template);
		return variables.replaceAll(Matcher.quoteReplacement(segment));
	}

	private static String name(String name, String value, MethodParameter parameter) {
		if (!name.isEmpty()) {
			return name;
		}
		return value.isEmpty() ? parameter.getParameterName() : value;
	}

}
