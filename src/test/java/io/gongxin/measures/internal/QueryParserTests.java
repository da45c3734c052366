package io.gongxin.measures.internal;

import java.util.ArrayList;
import java.util.List;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.measures.SubjectQuery;
import io.gongxin.platform.DomainException;
import io.gongxin.subject.SubjectKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class QueryParserTests {

	@Test
	void codesAreTakenInAnySpellingAndPersonsAreEchoedMasked() {
		String uscc = CheckCharacters.uscc("91440101MA5CT7Q3");
		String citizen = CheckCharacters.citizenId("44010619780312251");
		List<ParsedQuery> parsed = QueryParser.parse(List.of(SubjectQuery.ofUscc(" " + uscc.toLowerCase() + " "),
				SubjectQuery.ofCitizenId(citizen.toLowerCase()), SubjectQuery.ofName("广州市恒通建材有限公司")));
		assertThat(parsed.get(0).key()).isEqualTo(SubjectKey.uscc(uscc));
		assertThat(parsed.get(1).key()).isEqualTo(SubjectKey.citizenId(citizen));
		assertThat(parsed.get(1).display()).isEqualTo(citizen.substring(0, 6) + "********" + citizen.substring(14));
		assertThat(parsed.get(2).key()).isNull();
		assertThat(parsed.get(2).name()).isEqualTo("广州市恒通建材有限公司");
	}

	@Test
	void aSubjectNamedTwiceOrWithABrokenCodeIsRefusedWithItsIndex() {
		assertThatExceptionOfType(DomainException.class)
			.isThrownBy(() -> QueryParser.parse(List.of(new SubjectQuery("91440101MA5CT7Q3X0", null, null))))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("GX-MEA-008"));
		assertThatExceptionOfType(DomainException.class)
			.isThrownBy(() -> QueryParser.parse(List.of(SubjectQuery.ofName("甲公司"),
					new SubjectQuery(CheckCharacters.uscc("91440101MA5CT7Q3"), "甲公司", null))))
			.satisfies(ex -> assertThat(ex.details()).containsEntry("index", 1));
	}

	@Test
	void aCheckNamesOneToAThousandSubjects() {
		List<SubjectQuery> many = new ArrayList<>();
		for (int i = 0; i < 1001; i++) {
			many.add(SubjectQuery.ofName("广州市某某贸易有限公司"));
		}
		assertThatExceptionOfType(DomainException.class).isThrownBy(() -> QueryParser.parse(many))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("GX-MEA-007"));
		assertThatExceptionOfType(DomainException.class).isThrownBy(() -> QueryParser.parse(List.of()))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("GX-MEA-007"));
		assertThat(QueryParser.parse(many.subList(0, 1000))).hasSize(1000);
	}

}
