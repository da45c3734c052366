package io.gongxin.lists;

import java.time.LocalDate;

import io.gongxin.subject.SubjectId;

/**
 * A natural person's standing role in an organisation, as the records filed about the
 * organisation state it (法定代表人 / 负责人 / 经营者 with an id number).
 *
 * @param since the date of the newest record that names them
 * @param recordId that record
 */
public record Representation(SubjectId organisation, String organisationName, String organisationCode,
		String personName, RepresentativeRole role, LocalDate since, long recordId) {
}
