package io.gongxin.identifier.internal;

import java.util.Optional;

import io.gongxin.identifier.HolderCategory;
import io.gongxin.identifier.IdentifierCheck;
import io.gongxin.identifier.IdentifierKind;
import io.gongxin.identifier.Verdict;
import io.gongxin.security.OrganisationCodeCheck;

import org.springframework.stereotype.Component;

/**
 * An enterprise user's code must be one a real organisation can hold: valid in every
 * check, or a known irregular code that was really issued. The placeholder and citizen
 * ids identify no organisation.
 */
@Component
class AccountUsccCheck implements OrganisationCodeCheck {

	private final IdentifierCheck check;

	AccountUsccCheck(IdentifierCheck check) {
		this.check = check;
	}

	@Override
	public Optional<String> problem(String uscc) {
		Verdict verdict = this.check.verdict(uscc, HolderCategory.UNSPECIFIED);
		if (verdict == Verdict.KNOWN_IRREGULAR) {
			return Optional.empty();
		}
		if (verdict != Verdict.VALID) {
			return Optional.of(this.check.explain(uscc)
				.errors()
				.stream()
				.map(reason -> reason.code() + " " + reason.message())
				.reduce((a, b) -> a + "; " + b)
				.orElse(verdict.name()));
		}
		IdentifierKind kind = this.check.kindOf(uscc);
		if (kind != IdentifierKind.USCC) {
			return Optional.of("a " + kind + ", not an organisation's code");
		}
		return Optional.empty();
	}

}
