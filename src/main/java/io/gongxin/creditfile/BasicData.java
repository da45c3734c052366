package io.gongxin.creditfile;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.gongxin.catalog.FieldRole;

/**
 * A subject's basic data (基本信息) as the records filed about it state it: for each kind of
 * fact the value from the newest source the public may see, with that source. Empty for
 * natural persons, who have no public basic data.
 */
public record BasicData(Map<Kind, Fact> facts) {

	/** The kinds of basic data, each read from the field playing a catalog role. */
	public enum Kind {

		/** 法定代表人 / 负责人, or an individual business's 经营者: a name only. */
		LEGAL_REPRESENTATIVE(FieldRole.LEGAL_REPRESENTATIVE),
		/** 成立日期, an ISO date. */
		REGISTRATION_DATE(FieldRole.REGISTRATION_DATE),
		/** 住所 / 经营场所. */
		ADDRESS(FieldRole.ADDRESS),
		/** 登记状态 as filed (存续, 注销, 吊销…). */
		STATUS(FieldRole.SUBJECT_STATUS);

		private final FieldRole role;

		Kind(FieldRole role) {
			this.role = role;
		}

		public FieldRole role() {
			return this.role;
		}

	}

	/**
	 * Where a fact comes from.
	 *
	 * @param documentNumber the decision's document number, {@code null} when the
	 * category has none (registration records)
	 */
	public record Source(long recordId, String categoryCode, String categoryName, String providerCode,
			String providerName, String documentNumber) {

		public Source {
			Objects.requireNonNull(categoryCode, "categoryCode");
			Objects.requireNonNull(categoryName, "categoryName");
			Objects.requireNonNull(providerCode, "providerCode");
			Objects.requireNonNull(providerName, "providerName");
		}

	}

	/**
	 * One fact.
	 *
	 * @param asOf the date the source states it for: the decision date, or the day a
	 * registration record was filed
	 */
	public record Fact(Kind kind, String value, LocalDate asOf, Source source) {

		public Fact {
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(asOf, "asOf");
			Objects.requireNonNull(source, "source");
			if (value == null || value.isBlank()) {
				throw new IllegalArgumentException("A fact has a value.");
			}
		}

	}

	public static final BasicData NONE = new BasicData(Map.of());

	public BasicData {
		Map<Kind, Fact> copy = new EnumMap<>(Kind.class);
		facts.forEach((kind, fact) -> {
			if (fact.kind() != kind) {
				throw new IllegalArgumentException("A " + fact.kind() + " fact filed as " + kind + ".");
			}
			copy.put(kind, fact);
		});
		facts = Map.copyOf(copy);
	}

	public Optional<Fact> fact(Kind kind) {
		return Optional.ofNullable(this.facts.get(kind));
	}

	/** 成立日期, if a source states one. */
	public Optional<LocalDate> registeredOn() {
		return fact(Kind.REGISTRATION_DATE).map(fact -> LocalDate.parse(fact.value()));
	}

	public boolean isEmpty() {
		return this.facts.isEmpty();
	}

}
