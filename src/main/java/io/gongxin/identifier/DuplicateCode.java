package io.gongxin.identifier;

import java.util.List;

/**
 * One code registered for subjects with different names (重码).
 *
 * @param code the canonical code
 * @param registrations the registrations that share it
 */
public record DuplicateCode(String code, List<Registration> registrations) {

	public DuplicateCode {
		registrations = List.copyOf(registrations);
	}

}
