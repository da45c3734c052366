package io.gongxin.creditfile.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.gongxin.catalog.CatalogVersionId;
import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.CodeEntry;
import io.gongxin.catalog.CodeList;
import io.gongxin.catalog.FieldDefinition;
import io.gongxin.catalog.FieldRole;
import io.gongxin.catalog.Nature;
import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.ItemField;
import io.gongxin.creditfile.Publicity;
import io.gongxin.ingest.CreditRecord;

import org.springframework.stereotype.Component;

/**
 * Turns an accepted credit record into a credit-file item: labels its fields with the
 * catalog of the version it was validated against, finds its tier and assesses its
 * publicity.
 */
@Component
class Projector {

	private static final List<String> SUMMARY_FIELDS = List.of("CF_NR", "XK_NR", "XK_XKZS", "CF_WFXW");

	private final Catalogs catalogs;

	private final SeverityRule severity;

	private final PublicityPolicy policy;

	private final Clock clock;

	/** Published catalog versions never change, so their code lists can be kept. */
	private final Map<Long, Map<String, Map<String, String>>> codeLabels = new ConcurrentHashMap<>();

	Projector(Catalogs catalogs, SeverityRule severity, PublicityPolicy policy, Clock clock) {
		this.catalogs = catalogs;
		this.severity = severity;
		this.policy = policy;
		this.clock = clock;
	}

	CreditFileItem project(CreditRecord record) {
		CatalogVersionId version = CatalogVersionId.of(record.catalogVersion());
		Optional<CategoryDefinition> category = this.catalogs.findCategory(version, record.categoryCode());
		Map<String, String> raw = record.fields();
		List<ItemField> fields = new ArrayList<>();
		String authority = null;
		LocalDate validUntil = null;
		LocalDate declaredEnd = null;
		if (category.isPresent()) {
			Map<String, Map<String, String>> labels = labels(version);
			for (FieldDefinition field : category.get().fields()) {
				String value = raw.get(field.code());
				if (value == null || value.isBlank()) {
					continue;
				}
				fields.add(new ItemField(field.code(), field.name(), display(value, labels.get(field.codeList()))));
				if (field.role() == FieldRole.AUTHORITY) {
					authority = value;
				}
				else if (field.role() == FieldRole.VALID_UNTIL) {
					validUntil = date(value);
				}
				else if (field.role() == FieldRole.PUBLICITY_END) {
					declaredEnd = date(value);
				}
			}
		}
		else {
			raw.forEach((code, value) -> fields.add(new ItemField(code, code, value)));
		}
		boolean tiered = category.map(c -> !c.severityTiers().isEmpty()).orElse(false);
		SeverityRule.Assessment tier = tiered ? this.severity.assess(raw) : null;
		Nature nature = category.map(CategoryDefinition::nature).orElse(Nature.NEUTRAL);
		PublicityPolicy.Case c = new PublicityPolicy.Case(record.categoryCode(), nature,
				category.map(CategoryDefinition::publicity).orElse(null), (tier != null) ? tier.tier() : null,
				(tier != null) ? tier.rule() : null, record.decisionDate(), validUntil, declaredEnd, record.status());
		Publicity publicity = this.policy.assess(c, LocalDate.now(this.clock));
		String summary = SUMMARY_FIELDS.stream()
			.map(raw::get)
			.filter(v -> v != null && !v.isBlank())
			.findFirst()
			.orElse(category.map(CategoryDefinition::name).orElse(record.categoryCode()));
		return new CreditFileItem(record.id(), record.subjectId(), record.subjectType(), record.subjectName(),
				record.categoryCode(), category.map(CategoryDefinition::name).orElse(record.categoryCode()), nature,
				record.providerCode(), record.batchId(), record.catalogVersion(), record.documentNumber(),
				record.decisionDate(), authority, summary, fields, record.status(), record.endedAt(),
				record.endReason(), publicity);
	}

	private Map<String, Map<String, String>> labels(CatalogVersionId version) {
		return this.codeLabels.computeIfAbsent(version.value(), v -> this.catalogs.codeLists(version)
			.stream()
			.collect(Collectors.toMap(CodeList::code,
					list -> list.entries()
						.stream()
						.collect(Collectors.toMap(CodeEntry::code, CodeEntry::label, (a, b) -> a)),
					(a, b) -> a)));
	}

	private static String display(String value, Map<String, String> labels) {
		if (labels == null) {
			return value;
		}
		return Arrays.stream(value.split("[;；,，、]"))
			.map(String::strip)
			.map(code -> labels.getOrDefault(code, code))
			.collect(Collectors.joining("、"));
	}

	private static LocalDate date(String value) {
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
