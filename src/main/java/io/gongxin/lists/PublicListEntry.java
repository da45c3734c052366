package io.gongxin.lists;

import java.time.LocalDate;

/**
 * A list entry as the public portal shows it: a natural person only on the lists the law
 * makes public, named with the id masked; the legal basis of its publication shown.
 */
public record PublicListEntry(long id, ListKind kind, String listName, String subjectName, String subjectCode,
		boolean person, String authority, String reason, String documentNumber, LocalDate enteredOn, LocalDate exitOn,
		String publicationBasis) {
}
