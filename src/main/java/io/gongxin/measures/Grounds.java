package io.gongxin.measures;

import java.time.LocalDate;

/**
 * Why a measure applies: the list entry, with the authority and rule that put the subject
 * there, and through whom (the subject itself, or an organisation it represents).
 */
public record Grounds(long entryId, String listKind, String listKindName, String listName, String listedSubject,
		String authority, String basis, String reason, String documentNumber, LocalDate enteredOn, LocalDate exitOn,
		String via) {
}
