package io.gongxin.creditfile.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.gongxin.catalog.SeverityTier;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CreditFileSettings.class)
class CreditFileConfiguration {

	@Bean
	PublicityPolicy publicityPolicy(CreditFileSettings settings, ResourceLoader resources, JsonMapper json)
			throws IOException {
		try (InputStream in = resources.getResource(settings.regimes()).getInputStream()) {
			return read(json.readTree(in));
		}
	}

	@Bean
	SeverityRule severityRule(CreditFileSettings settings) {
		return settings.severity().rule();
	}

	static PublicityPolicy read(JsonNode root) {
		List<PublicityRegime> regimes = new ArrayList<>();
		for (JsonNode r : root.get("regimes")) {
			Map<SeverityTier, PublicityRegime.Period> tiers = new EnumMap<>(SeverityTier.class);
			for (SeverityTier tier : SeverityTier.values()) {
				JsonNode t = r.get("tiers").get(tier.name());
				if (t != null) {
					tiers.put(tier, new PublicityRegime.Period(t.get("published").asBoolean(),
							months(t, "minimumMonths"), months(t, "maximumMonths")));
				}
			}
			List<String> categories = new ArrayList<>();
			r.get("categories").forEach(c -> categories.add(c.asText()));
			regimes.add(new PublicityRegime(r.get("code").asText(), r.get("name").asText(), r.get("basis").asText(),
					LocalDate.parse(r.get("from").asText()), date(r.get("until")), Set.copyOf(categories), tiers));
		}
		JsonNode cap = root.get("negativeCap");
		NegativeCap negativeCap = (cap == null || cap.isNull()) ? NegativeCap.none()
				: new NegativeCap(cap.get("years").asInt(), cap.get("basis").asText());
		return new PublicityPolicy(regimes, negativeCap);
	}

	private static Integer months(JsonNode node, String name) {
		JsonNode value = node.get(name);
		return (value == null || value.isNull()) ? null : value.asInt();
	}

	private static LocalDate date(JsonNode node) {
		return (node == null || node.isNull()) ? null : LocalDate.parse(node.asText());
	}

}
