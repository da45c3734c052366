package io.gongxin.provider;

import java.util.List;
import java.util.Objects;

/**
 * The authorities whose decisions a provider may file (its jurisdiction), and what the
 * intake does with a row outside it.
 *
 * @param providerCode the provider
 * @param units the provider itself and its subordinate units, ordered by code
 * @param outside what becomes of a row whose authority or source is not among the units
 */
public record Jurisdiction(String providerCode, List<AuthorityUnit> units, OutsideJurisdiction outside) {

	public Jurisdiction {
		Objects.requireNonNull(providerCode, "providerCode");
		Objects.requireNonNull(outside, "outside");
		units = List.copyOf(units);
	}

	/** Whether a canonical USCC is the code of one of the units. */
	public boolean covers(String uscc) {
		return this.units.stream().anyMatch(unit -> unit.uscc().value().equals(uscc));
	}

}
