package io.gongxin.catalog.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

import org.junit.jupiter.api.Test;

import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.Condition;
import io.gongxin.catalog.FieldDefinition;
import io.gongxin.catalog.FieldRole;
import io.gongxin.catalog.FieldType;
import io.gongxin.catalog.Nature;
import io.gongxin.catalog.PublicityRule;
import io.gongxin.catalog.RecordFacts;
import io.gongxin.catalog.Requirement;
import io.gongxin.catalog.SeverityTier;
import io.gongxin.catalog.TierPublicity;
import io.gongxin.subject.SubjectType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edition of December 2026 (V704): 信用承诺 amended, 违背信用承诺信息 added, everything else as
 * in the April edition, and the editions V701 seeded left exactly as they were.
 */
class CommitmentEditionTests {

	static final String LABEL = "CN-2024-GD-2026-12";

	static final List<String> NATIONAL_COMMITMENT_FIELDS = List.of("CN_ZTMC", "CN_ZTLB", "CN_SHXYM", "CN_ZJLX",
			"CN_ZJHM", "CN_LX", "CN_SX", "CN_RQ", "CN_SLJG", "CN_LXQK");

	@Test
	void isShippedAfterTheEditionsOfTheFirstSeedAndTakesEffectOnTheFirstOfDecember() {
		assertThat(CatalogSeed.shipped()).extracting(CatalogSeed.Edition::label)
			.containsExactly("CN-2024", "CN-2024-GD-2026", LABEL);
		CatalogSeed.Edition edition = SeededCatalogs.edition(LABEL);
		assertThat(edition.effectiveFrom()).isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(edition.title()).isEqualTo("全国公共信用信息基础目录（2024年版）及广东省补充目录（2026年12月：信用承诺）");
		assertThat(edition.note()).contains("承诺书编号").contains("违背信用承诺信息").contains("推断");
	}

	@Test
	void commitmentsKeepTheNationalLayoutAndGainTheLetterNumberAndTheCheckDates() {
		CategoryDefinition before = category("CN-2024-GD-2026", "XYCN");
		CategoryDefinition after = category(LABEL, "XYCN");
		assertThat(codes(after)).containsExactly("CN_ZTMC", "CN_ZTLB", "CN_SHXYM", "CN_ZJLX", "CN_ZJHM", "CN_BH",
				"CN_LX", "CN_SX", "CN_RQ", "CN_SLJG", "CN_HCQX", "CN_HCRQ", "CN_LXQK");
		// the national fields stay as they were (but for a note on 履约情况); the three
		// new ones are all optional
		for (FieldDefinition field : before.fields()) {
			FieldDefinition amended = after.field(field.code()).orElseThrow();
			if (field.code().equals("CN_LXQK")) {
				assertThat(amended).isEqualTo(withNote(field, "履约中 / 已履约 / 未履约"));
			}
			else {
				assertThat(amended).as(field.code()).isEqualTo(field);
			}
		}
		assertThat(after.fields()).filteredOn(f -> !NATIONAL_COMMITMENT_FIELDS.contains(f.code()))
			.allMatch(f -> f.requirement() == Requirement.OPTIONAL);
		FieldDefinition letter = after.field("承诺书编号").orElseThrow();
		assertThat(letter.code()).isEqualTo("CN_BH");
		assertThat(letter.type()).isEqualTo(FieldType.TEXT);
		assertThat(letter.maxLength()).isEqualTo(64);
		assertThat(after.field(FieldRole.DOCUMENT_NUMBER)).contains(letter);
		assertThat(after.field("核查期限")).map(FieldDefinition::type).contains(FieldType.DATE);
		assertThat(after.field("核查日期")).map(FieldDefinition::format).contains("yyyy-MM-dd");
		assertThat(after.field(FieldRole.CONTENT)).map(FieldDefinition::code).contains("CN_SX");
		assertThat(after.field(FieldRole.DECISION_DATE)).map(FieldDefinition::code).contains("CN_RQ");
		assertThat(after.fields()).filteredOn(FieldDefinition::personal)
			.extracting(FieldDefinition::code)
			.containsExactly("CN_ZJLX", "CN_ZJHM");
		assertThat(after)
			.extracting(CategoryDefinition::name, CategoryDefinition::origin, CategoryDefinition::nature,
					CategoryDefinition::configurable, CategoryDefinition::publicity)
			.containsExactly(before.name(), CategoryDefinition.Origin.NATIONAL, Nature.NEUTRAL, true,
					before.publicity());
		assertThat(after.publicity().disclosure()).isEqualTo(PublicityRule.Disclosure.PUBLIC);
	}

	@Test
	void brokenCommitmentsAreNegativeAndPublishedByTierLikePenalties() {
		CategoryDefinition broken = category(LABEL, "WBCN");
		CategoryDefinition commitments = category(LABEL, "XYCN");
		assertThat(broken.name()).isEqualTo("违背信用承诺信息");
		assertThat(broken.section()).isEqualTo("08");
		assertThat(broken.sectionName()).isEqualTo(commitments.sectionName());
		assertThat(broken.origin()).isEqualTo(CategoryDefinition.Origin.PROVINCIAL);
		assertThat(broken.legalBasis().legislation()).isFalse();
		assertThat(broken.legalBasis().text()).contains("国办发〔2019〕35号").contains("国办发〔2020〕42号");
		assertThat(broken.subjectTypes()).isEqualTo(commitments.subjectTypes()).contains(SubjectType.NATURAL_PERSON);
		assertThat(broken.nature()).isEqualTo(Nature.NEGATIVE);
		assertThat(broken.severityTiers()).containsExactly(SeverityTier.MINOR, SeverityTier.GENERAL,
				SeverityTier.SERIOUS);
		assertThat(broken.publicity().disclosure()).isEqualTo(PublicityRule.Disclosure.PUBLIC);
		assertThat(broken.publicity().basis()).isEqualTo("参照《信用修复管理办法》（国家发展改革委令2025年第36号）");
		assertThat(broken.publicity().tiers()).containsExactly(new TierPublicity(SeverityTier.MINOR, false, null, 3),
				new TierPublicity(SeverityTier.GENERAL, true, 3, 12),
				new TierPublicity(SeverityTier.SERIOUS, true, 12, 36));
		assertThat(broken.configurable()).isTrue();
		assertThat(codes(broken)).containsExactly("WB_ZTMC", "WB_ZTLB", "WB_SHXYM", "WB_ZJLX", "WB_ZJHM", "WB_CNBH",
				"WB_CNLX", "WB_CNSX", "WB_CNRQ", "WB_WNQX", "WB_SXCD", "WB_ZJ", "WB_RDDW", "WB_RDRQ");
		assertThat(broken.fields()).filteredOn(f -> f.requirement() == Requirement.OPTIONAL)
			.extracting(FieldDefinition::code)
			.containsExactly("WB_SXCD", "WB_ZJ");
		assertThat(broken.fields()).filteredOn(FieldDefinition::personal)
			.extracting(FieldDefinition::code)
			.containsExactly("WB_ZJLX", "WB_ZJHM");
		assertThat(broken.fields()).filteredOn(FieldDefinition::conduct)
			.extracting(FieldDefinition::code)
			.containsExactly("WB_WNQX");
		Map<FieldRole, String> roles = new LinkedHashMap<>();
		broken.fields().stream().filter(f -> f.role() != null).forEach(f -> roles.put(f.role(), f.code()));
		assertThat(roles).isEqualTo(Map.ofEntries(Map.entry(FieldRole.SUBJECT_NAME, "WB_ZTMC"),
				Map.entry(FieldRole.SUBJECT_CATEGORY, "WB_ZTLB"), Map.entry(FieldRole.SUBJECT_USCC, "WB_SHXYM"),
				Map.entry(FieldRole.SUBJECT_DOCUMENT_TYPE, "WB_ZJLX"),
				Map.entry(FieldRole.SUBJECT_DOCUMENT_NUMBER, "WB_ZJHM"),
				Map.entry(FieldRole.DOCUMENT_NUMBER, "WB_CNBH"), Map.entry(FieldRole.CONTENT, "WB_WNQX"),
				Map.entry(FieldRole.SEVERITY, "WB_SXCD"), Map.entry(FieldRole.AUTHORITY, "WB_RDDW"),
				Map.entry(FieldRole.DECISION_DATE, "WB_RDRQ")));
		// the same subject conditions as the national list categories
		assertThat(broken.field("WB_SHXYM").orElseThrow().condition())
			.isEqualTo(withField(commitments.field("CN_SHXYM").orElseThrow().condition(), "WB_ZTLB"));
		assertThat(broken.field("WB_ZJHM").orElseThrow().condition())
			.isEqualTo(withField(commitments.field("CN_ZJHM").orElseThrow().condition(), "WB_ZTLB"));
		DraftValidation.checkRolesForPublication(List.of(broken, commitments));
	}

	@Test
	void theAmendmentCarriesItsRolesAndPersonalMarksItself() {
		// field-roles.json is frozen with V702; the amendment writes the marks it
		// declares
		// for 信用承诺 inline, so applying the declarations changes nothing, and they leave
		// 违背信用承诺信息, which they do not name, alone
		List<CategoryDefinition> asWritten = CatalogJson
			.resource(CatalogSeed.ROOT + "commitments-2026.json", CatalogSeed.Part.class)
			.categories();
		assertThat(asWritten).extracting(CategoryDefinition::code).containsExactly("XYCN", "WBCN");
		for (CategoryDefinition category : asWritten) {
			assertThat(FieldRoleDeclarations.shipped().apply(category)).as(category.code()).isEqualTo(category);
			assertThat(category(LABEL, category.code())).isEqualTo(category);
		}
	}

	@Test
	void aBrokenCommitmentIsReadByItsTitlesWithItsLetterNumberAsTheDocument() {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("主体名称", "广州市承诺测试有限公司");
		row.put("主体类别", "法人及非法人组织");
		row.put("统一社会信用代码", "91440101MA5CXXXX1X");
		row.put("承诺书编号", "穗承诺〔2026〕0001号");
		row.put("承诺类型", "告知承诺");
		row.put("承诺事项", "申请食品经营许可时承诺具备相应经营场所");
		row.put("承诺日期", "2026/06/01");
		row.put("违诺情形", "经核查，申请人实际经营场所与承诺不符");
		row.put("失信程度", " 严重 ");
		row.put("认定单位", "广州市市场监督管理局");
		row.put("认定日期", "2026-12-02");
		RecordFacts facts = SeedReading.read("WBCN", row);
		assertThat(facts.value(FieldRole.DOCUMENT_NUMBER)).isEqualTo("穗承诺〔2026〕0001号");
		assertThat(facts.decisionDate()).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(facts.decisionDateField()).isEqualTo("WB_RDRQ");
		assertThat(facts.value(FieldRole.SEVERITY)).isEqualTo("严重");
		assertThat(facts.value(FieldRole.CONTENT)).isEqualTo("经核查，申请人实际经营场所与承诺不符");
		assertThat(facts.value("WB_CNRQ")).isEqualTo("2026-06-01");
	}

	@Test
	void everyOtherCategoryIsTheAprilEditionsInTheSameOrder() {
		List<CategoryDefinition> april = SeededCatalogs.edition("CN-2024-GD-2026").categories();
		List<CategoryDefinition> december = SeededCatalogs.edition(LABEL).categories();
		assertThat(december).hasSize(april.size() + 1);
		assertThat(december.subList(0, april.size())).extracting(CategoryDefinition::code)
			.containsExactlyElementsOf(april.stream().map(CategoryDefinition::code).toList());
		assertThat(december.get(april.size()).code()).isEqualTo("WBCN");
		for (int i = 0; i < april.size(); i++) {
			if (!april.get(i).code().equals("XYCN")) {
				assertThat(december.get(i)).as(april.get(i).code()).isEqualTo(april.get(i));
			}
		}
		assertThat(SeededCatalogs.edition(LABEL).codeLists())
			.isEqualTo(SeededCatalogs.edition("CN-2024-GD-2026").codeLists());
	}

	@Test
	void theEditionsOfTheFirstSeedDoNotChange() {
		assertThat(CatalogSeed.editions()).extracting(CatalogSeed.Edition::label)
			.containsExactly("CN-2024", "CN-2024-GD-2026");
		for (CatalogSeed.Edition edition : CatalogSeed.editions()) {
			assertThat(codes(category(edition.label(), "XYCN"))).as(edition.label())
				.containsExactlyElementsOf(NATIONAL_COMMITMENT_FIELDS);
			assertThat(edition.categories()).extracting(CategoryDefinition::code).doesNotContain("WBCN");
		}
		// V701's checksum is pinned in CatalogSeedTests; the new edition has its own
		assertThat(CatalogSeed.checksum()).isEqualTo(CatalogSeed.checksum(CatalogSeed.EDITIONS));
		assertThat(CatalogSeed.checksum(CatalogSeed.EDITIONS_2026_12)).isNotEqualTo(CatalogSeed.checksum());
	}

	@Test
	void theNewEditionsChecksumCoversItsAmendments() {
		// an edition file naming the same parts without the amendment hashes differently
		CRC32 withoutAmendment = new CRC32();
		withoutAmendment.update(CatalogJson.bytes(CatalogSeed.EDITIONS_2026_12));
		withoutAmendment.update(CatalogJson.bytes(CatalogSeed.CODE_LISTS));
		for (String part : List.of("national-2024.json", "guangdong-supplement.json", "publicity-2026.json")) {
			withoutAmendment.update(CatalogJson.bytes(CatalogSeed.ROOT + part));
		}
		assertThat(CatalogSeed.checksum(CatalogSeed.EDITIONS_2026_12)).isNotEqualTo((int) withoutAmendment.getValue());
	}

	private static Condition withField(Condition condition, String field) {
		return new Condition(field, condition.operator(), condition.values());
	}

	private static FieldDefinition withNote(FieldDefinition f, String note) {
		return new FieldDefinition(f.code(), f.name(), f.aliases(), f.type(), f.format(), f.codeList(), f.multiple(),
				f.requirement(), f.condition(), f.maxLength(), f.identifierKind(), f.conduct(), f.role(), note,
				f.personal());
	}

	private static CategoryDefinition category(String edition, String code) {
		return SeededCatalogs.edition(edition)
			.categories()
			.stream()
			.filter(c -> c.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + code + " in " + edition));
	}

	private static List<String> codes(CategoryDefinition category) {
		return category.fields().stream().map(FieldDefinition::code).toList();
	}

}
