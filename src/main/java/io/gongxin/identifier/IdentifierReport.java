package io.gongxin.identifier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The explained verdict for one identifier.
 *
 * @param input what was checked, shortened for display (never more than 64 characters)
 * @param kind what the identifier is
 * @param verdict the outcome
 * @param canonical the canonical form, or {@code null} when invalid
 * @param reasons every error, then every warning
 * @param parts the decoded parts (department, category, division, birth date …)
 * @param masked whether personal parts were hidden for public display
 */
public record IdentifierReport(String input, IdentifierKind kind, Verdict verdict, String canonical,
		List<Reason> reasons, Map<String, String> parts, boolean masked) {

	private static final List<String> PERSONAL_PARTS = List.of("birthDate", "sex", "sequence");

	public IdentifierReport {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(verdict, "verdict");
		reasons = List.copyOf(reasons);
		parts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
	}

	/**
	 * Whether the report concerns a (possibly mistyped) citizen id, i.e. personal data.
	 */
	public boolean personal() {
		return this.kind == IdentifierKind.CITIZEN_ID || this.kind == IdentifierKind.LEGACY_CITIZEN_ID;
	}

	/**
	 * The report as shown to the public: a citizen id is masked and its birth date, sex
	 * and sequence are left out.
	 */
	public IdentifierReport forPublic() {
		if (!personal() || this.masked) {
			return this;
		}
		Map<String, String> kept = new LinkedHashMap<>(this.parts);
		PERSONAL_PARTS.forEach(kept::remove);
		return new IdentifierReport(CitizenId.mask(this.input), this.kind, this.verdict,
				(this.canonical != null) ? CitizenId.mask(this.canonical) : null, this.reasons, kept, true);
	}

	public List<Reason> errors() {
		return this.reasons.stream().filter((reason) -> !reason.warning()).toList();
	}

}
