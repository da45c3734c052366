package io.gongxin.report.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.report.CheckDomain;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * The configurable list of domains and of the checks a 无违法违规证明版 report makes in each
 * (data, default {@code classpath:report/domains.json}).
 */
@Component
public class DomainList {

	/** One thing the report looks for, and the catalog categories that evidence it. */
	public record Check(String code, String name, List<String> categories) {

		public Check {
			categories = List.copyOf(categories);
		}

		/** A check without categories is one the platform holds no data for. */
		public boolean collected() {
			return !this.categories.isEmpty();
		}

	}

	private final List<CheckDomain> domains;

	private final Map<String, CheckDomain> byCode;

	private final List<Check> checks;

	@Autowired
	DomainList(@Value("${gongxin.report.domains:classpath:report/domains.json}") Resource resource) {
		this(read(resource));
	}

	public DomainList(JsonNode root) {
		List<CheckDomain> list = new ArrayList<>();
		for (JsonNode d : root.get("domains")) {
			list.add(new CheckDomain(d.get("code").asText(), d.get("name").asText(), d.path("since").asInt(0),
					d.path("verified").asBoolean(false), strings(d.path("providers")),
					strings(d.path("authorityKeywords"))));
		}
		List<Check> checkList = new ArrayList<>();
		for (JsonNode c : root.get("checks")) {
			checkList.add(new Check(c.get("code").asText(), c.get("name").asText(), strings(c.path("categories"))));
		}
		this.domains = List.copyOf(list);
		this.byCode = list.stream().collect(Collectors.toUnmodifiableMap(CheckDomain::code, Function.identity()));
		this.checks = List.copyOf(checkList);
	}

	public static DomainList fromClasspath() {
		return new DomainList(read(new org.springframework.core.io.ClassPathResource("report/domains.json")));
	}

	public List<CheckDomain> all() {
		return this.domains;
	}

	public List<Check> checks() {
		return this.checks;
	}

	public CheckDomain get(String code) {
		CheckDomain domain = this.byCode.get(code);
		if (domain == null) {
			throw new DomainException("GX-RPT-006", ProblemKind.BAD_REQUEST, "Unknown domain: " + code);
		}
		return domain;
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(v -> values.add(v.asText()));
		return values;
	}

	private static JsonNode read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return JsonMapper.builder().build().readTree(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read the report domains from " + resource, ex);
		}
	}

}
