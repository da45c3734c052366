package io.gongxin.identifier.internal;

import java.util.Optional;

import io.gongxin.identifier.CitizenId;
import io.gongxin.platform.DomainException;
import io.gongxin.security.CitizenIdCheck;

import org.springframework.stereotype.Component;

/**
 * A person signs in only under a citizen id that passes every check of GB 11643-1999: the
 * identity provider's claim binds the account to one natural person's credit file.
 */
@Component
class AccountCitizenIdCheck implements CitizenIdCheck {

	@Override
	public Optional<String> canonical(String raw) {
		if (raw == null || raw.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(CitizenId.parse(raw).value());
		}
		catch (DomainException ex) {
			return Optional.empty();
		}
	}

}
