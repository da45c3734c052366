package io.gongxin.portal.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * What the public sees of an organisation's registration: never a person (persons have no
 * public page).
 */
record PublicSubject(long id, String name, String type, String status, String code, String codeKind,
		String legalRepresentative, String registeringAuthority, LocalDate registeredOn, String divisionCode,
		List<String> formerNames) {

}
