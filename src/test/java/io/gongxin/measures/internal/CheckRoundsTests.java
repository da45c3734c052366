package io.gongxin.measures.internal;

import java.util.Collections;
import java.util.List;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.measures.SubjectQuery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CheckRoundsTests {

	static final String USCC = CheckCharacters.uscc("91440101MA5CT7Q3");

	@Test
	void aCheckOfAFewSubjectsByKeyIsSharedWithTheRound() {
		assertThat(CheckRounds.shared(QueryParser.parse(List.of(SubjectQuery.ofUscc(USCC),
				SubjectQuery.ofCitizenId(CheckCharacters.citizenId("44010619780312251"))))))
			.isTrue();
	}

	@Test
	void aCheckNamingASubjectByNameIsAnsweredAloneBecauseItSearches() {
		assertThat(CheckRounds
			.shared(QueryParser.parse(List.of(SubjectQuery.ofUscc(USCC), SubjectQuery.ofName("广州市恒通建材有限公司")))))
			.isFalse();
	}

	@Test
	void aCheckWithMoreSubjectsThanARoundSharesIsAnsweredAlone() {
		assertThat(CheckRounds
			.shared(QueryParser.parse(Collections.nCopies(CheckRounds.SHARED_AT_MOST, SubjectQuery.ofUscc(USCC)))))
			.isTrue();
		assertThat(CheckRounds
			.shared(QueryParser.parse(Collections.nCopies(CheckRounds.SHARED_AT_MOST + 1, SubjectQuery.ofUscc(USCC)))))
			.isFalse();
	}

}
