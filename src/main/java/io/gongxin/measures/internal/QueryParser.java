package io.gongxin.measures.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.gongxin.identifier.CitizenId;
import io.gongxin.identifier.Uscc;
import io.gongxin.measures.SubjectQuery;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.subject.SubjectKey;

/** Checks the subjects of a request and puts their codes in canonical form. */
public final class QueryParser {

	public static final int MAX_SUBJECTS = 1000;

	private QueryParser() {
	}

	public static List<ParsedQuery> parse(List<SubjectQuery> subjects) {
		if (subjects == null || subjects.isEmpty() || subjects.size() > MAX_SUBJECTS) {
			throw new DomainException("GX-MEA-007", ProblemKind.BAD_REQUEST, "A check names 1 to 1,000 subjects.",
					Map.of("subjects", (subjects == null) ? 0 : subjects.size()));
		}
		List<ParsedQuery> parsed = new ArrayList<>(subjects.size());
		for (int i = 0; i < subjects.size(); i++) {
			parsed.add(parse(i, subjects.get(i)));
		}
		return parsed;
	}

	private static ParsedQuery parse(int index, SubjectQuery query) {
		if (query == null || count(query) != 1) {
			throw malformed(index, "Name each subject by exactly one of uscc, name or citizenId.");
		}
		try {
			if (!blank(query.uscc())) {
				String code = Uscc.parse(query.uscc()).value();
				return new ParsedQuery(index, SubjectKey.uscc(code), null, code);
			}
			if (!blank(query.citizenId())) {
				String id = CitizenId.parse(query.citizenId()).value();
				return new ParsedQuery(index, SubjectKey.citizenId(id), null, CitizenId.mask(id));
			}
		}
		catch (DomainException ex) {
			throw malformed(index, ex.getMessage());
		}
		String name = query.name().strip();
		if (name.length() < 2 || name.length() > 100) {
			throw malformed(index, "A name has 2 to 100 characters.");
		}
		return new ParsedQuery(index, null, name, name);
	}

	private static DomainException malformed(int index, String why) {
		return new DomainException("GX-MEA-008", ProblemKind.BAD_REQUEST, "Subject " + index + ": " + why,
				Map.of("index", index));
	}

	private static int count(SubjectQuery q) {
		return (blank(q.uscc()) ? 0 : 1) + (blank(q.name()) ? 0 : 1) + (blank(q.citizenId()) ? 0 : 1);
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

}
