package io.gongxin.creditfile.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.gongxin.catalog.CatalogVersionId;
import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.FieldDefinition;
import io.gongxin.catalog.FieldRole;
import io.gongxin.catalog.Nature;
import io.gongxin.catalog.RecordFacts;
import io.gongxin.catalog.RecordReader;
import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.ItemField;
import io.gongxin.creditfile.Publicity;
import io.gongxin.ingest.CreditRecord;

import org.springframework.stereotype.Component;

/**
 * Turns an accepted credit record into a credit-file item: reads it the catalog's way
 * (under the version it was validated against), labels its fields, finds its tier and
 * assesses its publicity.
 */
@Component
class Projector {

	private final RecordReader reader;

	private final SeverityRule severity;

	private final PublicityPolicy policy;

	private final Clock clock;

	Projector(RecordReader reader, SeverityRule severity, PublicityPolicy policy, Clock clock) {
		this.reader = reader;
		this.severity = severity;
		this.policy = policy;
		this.clock = clock;
	}

	CreditFileItem project(CreditRecord record) {
		Optional<RecordFacts> read = this.reader.read(CatalogVersionId.of(record.catalogVersion()),
				record.categoryCode(), record.fields());
		List<ItemField> fields = new ArrayList<>();
		if (read.isEmpty()) {
			// a record of a category its version no longer knows: shown as filed, to
			// officers only
			record.fields().forEach((code, value) -> fields.add(new ItemField(code, code, value, true)));
			Publicity publicity = this.policy.assess(new PublicityPolicy.Case(record.categoryCode(), Nature.NEUTRAL,
					null, null, null, record.decisionDate(), null, null, record.status()), today());
			return item(record, record.categoryCode(), Nature.NEUTRAL, null, record.categoryCode(), fields, publicity);
		}
		RecordFacts facts = read.get();
		CategoryDefinition category = facts.category();
		for (FieldDefinition field : category.fields()) {
			String shown = facts.display(field);
			if (shown != null) {
				fields.add(new ItemField(field.code(), field.name(), shown, field.personal()));
			}
		}
		SeverityRule.Assessment tier = category.severityTiers().isEmpty() ? null : this.severity.assess(facts);
		PublicityPolicy.Case c = new PublicityPolicy.Case(record.categoryCode(), category.nature(),
				category.publicity(), (tier != null) ? tier.tier() : null, (tier != null) ? tier.rule() : null,
				record.decisionDate(), facts.date(FieldRole.VALID_UNTIL), facts.date(FieldRole.PUBLICITY_END),
				record.status());
		String content = facts.value(FieldRole.CONTENT);
		return item(record, category.name(), category.nature(), facts.value(FieldRole.AUTHORITY),
				(content != null) ? content : category.name(), fields, this.policy.assess(c, today()));
	}

	private static CreditFileItem item(CreditRecord record, String categoryName, Nature nature, String authority,
			String summary, List<ItemField> fields, Publicity publicity) {
		return new CreditFileItem(record.id(), record.subjectId(), record.subjectType(), record.subjectName(),
				record.categoryCode(), categoryName, nature, record.providerCode(), record.batchId(),
				record.catalogVersion(), record.documentNumber(), record.decisionDate(), authority, summary, fields,
				record.status(), record.endedAt(), record.endReason(), publicity, false);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
