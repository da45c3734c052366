package io.gongxin.creditfile.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.gongxin.catalog.CatalogVersionId;
import io.gongxin.catalog.FieldDefinition;
import io.gongxin.catalog.FieldRole;
import io.gongxin.catalog.RecordFacts;
import io.gongxin.catalog.RecordReader;
import io.gongxin.creditfile.BasicData;
import io.gongxin.creditfile.BasicData.Kind;
import io.gongxin.ingest.CreditRecord;
import io.gongxin.platform.DomainException;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.subject.SubjectId;

import org.springframework.stereotype.Component;

/**
 * Keeps the basic data (基本信息) the records state: each accepted record is read the
 * catalog's way and the facts its fields play the roles of are kept with their source.
 * Which source wins is decided when read ({@link BasicDataRule}), so observing a record
 * twice, or records out of order, changes nothing.
 */
@Component
public class BasicDataProjection {

	private static final Logger log = LoggerFactory.getLogger(BasicDataProjection.class);

	private final RecordReader reader;

	private final BasicFactStore store;

	private final Providers providers;

	private final Clock clock;

	BasicDataProjection(RecordReader reader, BasicFactStore store, Providers providers, Clock clock) {
		this.reader = reader;
		this.store = store;
		this.providers = providers;
		this.clock = clock;
	}

	/** The subject's basic data from the newest sources the public may see today. */
	public BasicData of(SubjectId subject) {
		Map<Kind, BasicDataRule.Candidate> chosen = BasicDataRule.newest(this.store.candidates(subject),
				LocalDate.now(this.clock));
		Map<String, String> providerNames = new HashMap<>();
		Map<Kind, BasicData.Fact> facts = new EnumMap<>(Kind.class);
		chosen.forEach((kind, c) -> {
			String provider = providerNames.computeIfAbsent(c.providerCode(),
					code -> this.providers.find(code).map(Provider::name).orElse(code));
			facts.put(kind, new BasicData.Fact(kind, c.value(), c.asOf(), new BasicData.Source(c.recordId(),
					c.categoryCode(), c.categoryName(), c.providerCode(), provider, c.documentNumber())));
		});
		return new BasicData(facts);
	}

	/** Runs in the transaction that writes the page's credit-file items. */
	public void observe(List<CreditRecord> page) {
		this.store.replaceAll(page.stream().map(this::factsOf).toList(), this.clock.instant());
	}

	private BasicFactStore.RecordFacts factsOf(CreditRecord record) {
		List<BasicFactStore.Stated> stated = new ArrayList<>(Kind.values().length);
		Optional<RecordFacts> read = read(record);
		// persons have no public basic data, and a revoked or corrected record is no
		// source: its facts go, and the next-newest source speaks again
		boolean source = !record.subjectType().isPerson() && record.status() == CreditRecord.Status.ACTIVE
				&& read.isPresent();
		LocalDate asOf = source ? asOf(record, read.get()) : record.decisionDate();
		if (source) {
			for (Kind kind : Kind.values()) {
				String value = value(read.get(), kind);
				if (value != null) {
					stated.add(new BasicFactStore.Stated(kind, value));
				}
			}
		}
		String categoryName = read.map(facts -> facts.category().name()).orElse(record.categoryCode());
		String documentNumber = read.filter(facts -> facts.declares(FieldRole.DOCUMENT_NUMBER))
			.map(facts -> record.documentNumber())
			.orElse(null);
		return new BasicFactStore.RecordFacts(record.id(), record.subjectId(), asOf, record.categoryCode(),
				categoryName, record.providerCode(), documentNumber, stated);
	}

	private Optional<RecordFacts> read(CreditRecord record) {
		try {
			return this.reader.read(CatalogVersionId.of(record.catalogVersion()), record.categoryCode(),
					record.fields());
		}
		catch (DomainException ex) {
			log.warn("Record {} names catalog version {} that cannot be read: {}", record.id(), record.catalogVersion(),
					ex.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * The date a record states its facts for. A decision (licence, penalty) names the
	 * representative of the day it was decided. A registration record has no decision
	 * date, only the founding date, which says nothing about when its representative,
	 * address or status were current: it is the register's state on the day it was filed.
	 */
	private LocalDate asOf(CreditRecord record, RecordFacts facts) {
		if (facts.declares(FieldRole.DECISION_DATE)) {
			LocalDate decided = facts.date(FieldRole.DECISION_DATE);
			return (decided != null) ? decided : record.decisionDate();
		}
		return (record.reportedAt() != null) ? LocalDate.ofInstant(record.reportedAt(), this.clock.getZone())
				: record.decisionDate();
	}

	private static String value(RecordFacts facts, Kind kind) {
		if (kind == Kind.REGISTRATION_DATE) {
			LocalDate day = facts.date(kind.role());
			return (day != null) ? day.toString() : null;
		}
		String code = facts.fieldCode(kind.role());
		if (code == null) {
			return null;
		}
		// a code-list value (e.g. a status list) is shown by its label, as filed
		FieldDefinition field = facts.category()
			.fields()
			.stream()
			.filter(f -> f.code().equals(code))
			.findFirst()
			.orElse(null);
		String value = (field != null) ? facts.display(field) : facts.value(kind.role());
		return (value != null && !value.isBlank()) ? value.strip() : null;
	}

}
