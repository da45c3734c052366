package io.gongxin.subject;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.gongxin.platform.SystemActor;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubjectSearchIT {

	static final String PERSON_ID = "440106199001011234";

	@Autowired
	Subjects subjects;

	@Autowired
	Accounts accounts;

	@Autowired
	MockMvc mvc;

	@BeforeAll
	void register() {
		SystemActor.runAs("test", () -> {
			org("广州绿地科技有限公司", "91440101MA5ALWFF1X");
			org("广州市天河区张伟五金店", "92440106MA5BXXXX1K");
			org("深圳市腾飞科技有限公司", "91440300MA5DTF001Q");
			org("廣州數碼港（集團）有限公司", "91440101MA5DMG0012");
			org("广州绿地物业管理有限公司", "91440101MA5LDWY00A");
			this.subjects.register(NewSubject.of(SubjectType.NATURAL_PERSON, "张伟", SubjectKey.citizenId(PERSON_ID)),
					"test");
		});
	}

	@Test
	void subjectsRegisteredInBulkAreFoundByPrefixAtOnceAndBySubstringAndPinyinOnceIndexed() {
		List<Subjects.Claim> claims = new java.util.ArrayList<>();
		for (int i = 0; i < 1_200; i++) {
			String uscc = io.gongxin.identifier.CheckCharacters.uscc("91440103MA5B" + String.format("%04d", i));
			claims.add(new Subjects.Claim(SubjectKey.uscc(uscc), SubjectType.ENTERPRISE, "珠江批量登记" + i + "号贸易有限公司"));
		}
		SystemActor.runAs("test", () -> this.subjects.resolveAll(claims, "bulk-test"));

		assertThat(this.subjects.search("珠江批量登记77号", Subjects.Audience.PUBLIC, 5)).extracting(SubjectHit::name)
			.containsExactly("珠江批量登记77号贸易有限公司");
		assertThat(this.subjects.search("登记77号贸易", Subjects.Audience.PUBLIC, 5)).isEmpty();
		assertThat(this.subjects.search("zjpldj", Subjects.Audience.PUBLIC, 5)).isEmpty();

		assertThat(this.subjects.indexPendingNames()).isEqualTo(1_200);

		assertThat(this.subjects.search("登记77号贸易", Subjects.Audience.PUBLIC, 5)).extracting(SubjectHit::name)
			.startsWith("珠江批量登记77号贸易有限公司");
		assertThat(this.subjects.search("zjpldj", Subjects.Audience.PUBLIC, 5)).isNotEmpty();
		assertThat(this.subjects.indexPendingNames()).isZero();
	}

	@Test
	void aSearchPageCountsEveryMatchAndPagesThroughThemInRankOrder() {
		SystemActor.runAs("test", () -> {
			for (int i = 0; i < 27; i++) {
				org("荔湾分页第" + i + "五金有限公司",
						io.gongxin.identifier.CheckCharacters.uscc("91440103MA5LW" + String.format("%03d", i)));
			}
		});
		List<SubjectHit> ranked = this.subjects.search("荔湾分页", Subjects.Audience.PUBLIC, 50);
		SubjectSearchPage first = this.subjects.searchPage("荔湾分页", Subjects.Audience.PUBLIC, 0, 20);
		SubjectSearchPage second = this.subjects.searchPage("荔湾分页", Subjects.Audience.PUBLIC, 20, 20);
		assertThat(first.total()).isEqualTo(27);
		assertThat(first.more()).isFalse();
		assertThat(first.hits()).hasSize(20);
		assertThat(second.hits()).hasSize(7);
		assertThat(java.util.stream.Stream.concat(first.hits().stream(), second.hits().stream()).map(SubjectHit::id))
			.containsExactlyElementsOf(ranked.stream().map(SubjectHit::id).toList());
		assertThat(first.hits()).allSatisfy(hit -> assertThat(hit.displayKey()).isNotBlank());
		assertThat(this.subjects.searchPage("荔湾分页", Subjects.Audience.PUBLIC, 100, 20).hits()).isEmpty();
	}

	@Test
	void withinPrefixAndSubstringMatchesTheShorterNameRanksFirstAndAPagePastTheEndStillCounts() {
		SystemActor.runAs("test", () -> {
			org("番禺排序长名称测试贸易有限公司", io.gongxin.identifier.CheckCharacters.uscc("91440113MA5PX001"));
			org("番禺排序测试店", io.gongxin.identifier.CheckCharacters.uscc("92440113MA5PX002"));
			org("排序测试科技有限公司", io.gongxin.identifier.CheckCharacters.uscc("91440113MA5PX003"));
			org("番禺排序测试贸易公司", io.gongxin.identifier.CheckCharacters.uscc("91440113MA5PX004"));
		});
		assertThat(this.subjects.search("排序", Subjects.Audience.PUBLIC, 10)).extracting(SubjectHit::name)
			.containsExactly("排序测试科技有限公司", "番禺排序测试店", "番禺排序测试贸易公司", "番禺排序长名称测试贸易有限公司");
		SubjectSearchPage second = this.subjects.searchPage("排序", Subjects.Audience.PUBLIC, 2, 2);
		assertThat(second.hits()).extracting(SubjectHit::name).containsExactly("番禺排序测试贸易公司", "番禺排序长名称测试贸易有限公司");
		assertThat(second.total()).isEqualTo(4);
		SubjectSearchPage past = this.subjects.searchPage("排序", Subjects.Audience.PUBLIC, 40, 20);
		assertThat(past.hits()).isEmpty();
		assertThat(past.total()).isEqualTo(4);
	}

	@Test
	void aCodeMatchComesFirstAndIsCountedWithTheNameMatches() {
		SubjectSearchPage page = this.subjects.searchPage("91440101MA5ALWFF1X", Subjects.Audience.PUBLIC, 0, 10);
		assertThat(page.hits()).extracting(SubjectHit::name).containsExactly("广州绿地科技有限公司");
		assertThat(page.total()).isEqualTo(1);
		assertThat(this.subjects.searchPage("91440101MA5ALWFF1X", Subjects.Audience.PUBLIC, 1, 10).total())
			.isEqualTo(1);
	}

	@Test
	void findsTwoCharacterQueriesAnywhereInTheName() {
		List<SubjectHit> hits = this.subjects.search("张伟", Subjects.Audience.OFFICER, 10);
		assertThat(hits).extracting(SubjectHit::name).containsExactly("张伟", "广州市天河区张伟五金店");
	}

	@Test
	void exactAndPrefixMatchesRankFirst() {
		List<SubjectHit> hits = this.subjects.search("广州绿地", Subjects.Audience.PUBLIC, 10);
		assertThat(hits).extracting(SubjectHit::name).startsWith("广州绿地科技有限公司").contains("广州绿地物业管理有限公司");
	}

	@Test
	void matchesAcrossTraditionalCharactersAndBrackets() {
		assertThat(this.subjects.search("广州数码港(集团)", Subjects.Audience.PUBLIC, 5)).extracting(SubjectHit::name)
			.containsExactly("廣州數碼港（集團）有限公司");
	}

	@Test
	void findsByPinyinAndInitials() {
		assertThat(this.subjects.search("gzld", Subjects.Audience.PUBLIC, 5)).extracting(SubjectHit::name)
			.contains("广州绿地科技有限公司", "广州绿地物业管理有限公司");
		assertThat(this.subjects.search("shenzhen", Subjects.Audience.PUBLIC, 5)).extracting(SubjectHit::name)
			.containsExactly("深圳市腾飞科技有限公司");
	}

	@Test
	void ranksNearMissesByTrigramSimilarity() {
		List<SubjectHit> hits = this.subjects.search("深圳腾飞科技", Subjects.Audience.PUBLIC, 5);
		assertThat(hits).extracting(SubjectHit::name).contains("深圳市腾飞科技有限公司");
		assertThat(hits).filteredOn(hit -> hit.name().equals("深圳市腾飞科技有限公司"))
			.singleElement()
			.satisfies(hit -> assertThat(hit.score()).isGreaterThan(0.3));
	}

	@Test
	void findsByUsccInAnyCase() {
		assertThat(this.subjects.search("91440300ma5dtf001q", Subjects.Audience.PUBLIC, 5)).extracting(SubjectHit::name)
			.containsExactly("深圳市腾飞科技有限公司");
	}

	@Test
	void thePublicNeverFindsNaturalPersons() {
		assertThat(this.subjects.search("张伟", Subjects.Audience.PUBLIC, 10)).extracting(SubjectHit::type)
			.doesNotContain(SubjectType.NATURAL_PERSON);
		assertThat(this.subjects.search(PERSON_ID, Subjects.Audience.PUBLIC, 10)).isEmpty();
	}

	@Test
	void officersSeePersonsWithMaskedIdsInResults() {
		SubjectHit person = this.subjects.search(PERSON_ID, Subjects.Audience.OFFICER, 10).get(0);
		assertThat(person.displayKey()).isEqualTo("4401**********1234");
	}

	@Test
	void resolvingByCodeFlagsADifferentNameInsteadOfOverwritingIt() {
		Resolution resolution = SystemActor.callAs("test", () -> this.subjects
			.resolve(SubjectKey.uscc("91440300MA5DTF001Q"), SubjectType.ENTERPRISE, "深圳腾飞科技公司", "test-batch"));
		assertThat(resolution.created()).isFalse();
		assertThat(resolution.nameMismatch()).isTrue();
		assertThat(this.subjects.get(resolution.subjectId()).name()).isEqualTo("深圳市腾飞科技有限公司");
		assertThat(this.subjects.openDiscrepancies(0, 50)).extracting(NameDiscrepancy::reportedName)
			.contains("深圳腾飞科技公司");
	}

	@Test
	void resolvingAnUnknownCodeRegistersTheSubject() {
		Resolution resolution = SystemActor.callAs("test", () -> this.subjects
			.resolve(SubjectKey.uscc("91440101MA5NEW0001"), SubjectType.ENTERPRISE, "广州新设有限公司", "test-batch"));
		assertThat(resolution.created()).isTrue();
		assertThat(this.subjects.findByKey(SubjectKey.uscc("91440101MA5NEW0001"))).isPresent();
	}

	@Test
	void aCorrectedCodeKeepsTheOldOneAsAlias() {
		SubjectId id = this.subjects.findByKey(SubjectKey.uscc("91440101MA5LDWY00A")).orElseThrow().id();
		SystemActor.runAs("test", () -> this.subjects.correctKey(id, SubjectKey.uscc("91440101MA5LDWY01B"),
				"check digit corrected", "test"));
		assertThat(this.subjects.findByKey(SubjectKey.uscc("91440101MA5LDWY00A")).orElseThrow().id()).isEqualTo(id);
		assertThat(this.subjects.get(id).currentKey()).isEqualTo(SubjectKey.uscc("91440101MA5LDWY01B"));
	}

	@Test
	void thePublicApiSearchesWithoutSignInAndHidesPersons() throws Exception {
		this.mvc.perform(get("/api/public/subjects").param("q", "张伟"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("广州市天河区张伟五金店"))
			.andExpect(content().string(not(containsString(PERSON_ID))));
	}

	@Test
	void theOfficerApiNeedsAnOfficerAndAuditsPersonReads() throws Exception {
		this.mvc.perform(get("/api/subjects").param("q", "张伟")).andExpect(status().isUnauthorized());
		this.mvc
			.perform(get("/api/subjects").param("q", "张伟")
				.header("X-API-Key", ApiKeys.issue(this.accounts, Role.PROVIDER, "GZ-SCJGJ")))
			.andExpect(status().isForbidden());
		String officer = ApiKeys.issue(this.accounts, Role.OFFICER, null);
		SubjectId person = this.subjects.findByKey(SubjectKey.citizenId(PERSON_ID)).orElseThrow().id();
		this.mvc.perform(get("/api/subjects/" + person.value()).header("X-API-Key", officer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.keys[0].key.value").value(PERSON_ID));
	}

	@Test
	void subjectsAreFoundByCurrentKeysAndAliasesAtOnceEachWithAllItsKeysCurrentFirst() {
		SubjectKey old = SubjectKey.uscc(io.gongxin.identifier.CheckCharacters.uscc("91440104MA5KEY00"));
		SubjectKey corrected = SubjectKey.uscc(io.gongxin.identifier.CheckCharacters.uscc("91440104MA5KEY01"));
		SubjectKey other = SubjectKey.uscc(io.gongxin.identifier.CheckCharacters.uscc("91440104MA5KEY02"));
		SubjectKey nobody = SubjectKey.uscc(io.gongxin.identifier.CheckCharacters.uscc("91440104MA5KEY03"));
		SubjectId corrects = SystemActor.callAs("test", () -> {
			SubjectId id = this.subjects.register(NewSubject.of(SubjectType.ENTERPRISE, "广州越秀改码测试有限公司", old), "test");
			this.subjects.correctKey(id, corrected, "重错码治理：原代码登记错误", "test");
			this.subjects.register(NewSubject.of(SubjectType.ENTERPRISE, "广州越秀另一测试有限公司", other), "test");
			return id;
		});

		var found = this.subjects.findAllByKeys(List.of(other, old, nobody, corrected));

		assertThat(found.keySet()).containsExactly(other, old, corrected);
		assertThat(found.get(old)).isEqualTo(found.get(corrected));
		assertThat(found.get(old).id()).isEqualTo(corrects);
		assertThat(found.get(old).name()).isEqualTo("广州越秀改码测试有限公司");
		assertThat(found.get(old).keys()).extracting(Subject.KeyEntry::key, Subject.KeyEntry::current)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(corrected, true),
					org.assertj.core.groups.Tuple.tuple(old, false));
		assertThat(found.get(old).currentKey()).isEqualTo(corrected);
		assertThat(found.get(other).name()).isEqualTo("广州越秀另一测试有限公司");
		assertThat(found.get(other).keys()).extracting(Subject.KeyEntry::key).containsExactly(other);
		assertThat(this.subjects.findAllByKeys(List.of())).isEmpty();
	}

	private void org(String name, String uscc) {
		this.subjects
			.register(NewSubject.of(name.contains("店") ? SubjectType.INDIVIDUAL_BUSINESS : SubjectType.ENTERPRISE, name,
					SubjectKey.uscc(uscc)), "test");
	}

}
