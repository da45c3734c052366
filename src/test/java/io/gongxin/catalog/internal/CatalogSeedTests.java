package io.gongxin.catalog.internal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.FieldDefinition;
import io.gongxin.catalog.FieldRole;
import io.gongxin.catalog.SeverityTier;
import io.gongxin.catalog.TierPublicity;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogSeedTests {

	@Test
	void nationalEditionCoversAllThirteenClassesOfThe2024Catalog() {
		CatalogSeed.Edition national = SeededCatalogs.edition("CN-2024");
		Set<String> sections = national.categories()
			.stream()
			.map(CategoryDefinition::section)
			.collect(Collectors.toSet());
		assertThat(sections).hasSize(13);
		assertThat(national.categories()).allMatch(c -> c.origin() == CategoryDefinition.Origin.NATIONAL);
	}

	@Test
	void penaltyCategoryCarriesTheFullNationalLayout() {
		CategoryDefinition penalty = category("CN-2024", "XZCF");
		assertThat(codes(penalty)).containsExactly("CF_XDR_MC", "CF_XDR_LB", "CF_XDR_SHXYM", "CF_XDR_GSZC",
				"CF_XDR_ZZJG", "CF_XDR_SWDJ", "CF_XDR_SYDW", "CF_XDR_SHZZ", "CF_FRDB", "CF_FR_ZJLX", "CF_FR_ZJHM",
				"CF_XDR_ZJLX", "CF_XDR_ZJHM", "CF_WSH", "CF_WFXW", "CF_SY", "CF_YJ", "CF_CFLB", "CF_NR", "CF_NR_FK",
				"CF_NR_WFFF", "CF_NR_ZKDX", "CF_JDRQ", "CF_YXQ", "CF_GSJZQ", "CF_CFJG", "CF_CFJGDM", "CF_SJLY",
				"CF_SJLYDM", "BZ");
		assertThat(penalty.field("行政处罚决定书文号")).map(FieldDefinition::code).contains("CF_WSH");
		assertThat(penalty.field("CF_FK_JE")).map(FieldDefinition::code).contains("CF_NR_FK");
	}

	@Test
	void licenseCategoryCarriesTheFullNationalLayout() {
		CategoryDefinition license = category("CN-2024", "XZXK");
		assertThat(codes(license)).containsExactly("XK_XDR_MC", "XK_XDR_LB", "XK_XDR_SHXYM", "XK_XDR_GSZC",
				"XK_XDR_ZZJG", "XK_XDR_SWDJ", "XK_XDR_SYDW", "XK_XDR_SHZZ", "XK_FRDB", "XK_FR_ZJLX", "XK_FR_ZJHM",
				"XK_XDR_ZJLX", "XK_XDR_ZJHM", "XK_XKWS", "XK_WSH", "XK_XKLB", "XK_XKZS", "XK_XKBH", "XK_NR", "XK_JDRQ",
				"XK_YXQZ", "XK_YXQZI", "XK_XKJG", "XK_XKJGDM", "XK_ZT", "XK_LYDW", "XK_LYDWDM", "BZ");
		assertThat(license.field(" 许可决定日期 ")).map(FieldDefinition::code).contains("XK_JDRQ");
	}

	@Test
	void provincialSupplementIsMarkedConfigurable() {
		CatalogSeed.Edition current = SeededCatalogs.edition("CN-2024-GD-2026");
		List<CategoryDefinition> provincial = current.categories()
			.stream()
			.filter(c -> c.origin() == CategoryDefinition.Origin.PROVINCIAL)
			.toList();
		assertThat(provincial).isNotEmpty().allMatch(CategoryDefinition::configurable);
	}

	@Test
	void editionOf2026PublishesMinorPenaltiesNoLongerAndGeneralOnesForAtMostAYear() {
		List<TierPublicity> tiers = category("CN-2024-GD-2026", "XZCF").publicity().tiers();
		assertThat(tiers).contains(new TierPublicity(SeverityTier.MINOR, false, null, 3),
				new TierPublicity(SeverityTier.GENERAL, true, 3, 12),
				new TierPublicity(SeverityTier.SERIOUS, true, 12, 36));
		assertThat(category("CN-2024", "XZCF").publicity().tiers())
			.contains(new TierPublicity(SeverityTier.GENERAL, true, 3, 36));
	}

	@Test
	void everyCodeListAFieldNamesExistsAndNoFieldNamesSensitiveData() {
		for (CatalogSeed.Edition edition : CatalogSeed.shipped()) {
			DraftValidation validation = new DraftValidation(SeededCatalogs.EXCLUSIONS);
			edition.categories().forEach(category -> validation.checkCategory(category, edition.codeLists()));
		}
	}

	@Test
	void everyCategoryNamesItsSubjectAndDecisionDateForIngestion() {
		for (CatalogSeed.Edition edition : CatalogSeed.shipped()) {
			assertThat(edition.categories()).allSatisfy(c -> {
				assertThat(c.field(FieldRole.SUBJECT_NAME)).as(c.code()).isPresent();
				assertThat(c.field(FieldRole.DECISION_DATE).or(() -> c.field(FieldRole.REGISTRATION_DATE))).as(c.code())
					.isPresent();
			});
		}
		CategoryDefinition penalty = category("CN-2024", "XZCF");
		assertThat(penalty.field(FieldRole.DOCUMENT_NUMBER)).map(FieldDefinition::code).contains("CF_WSH");
		assertThat(penalty.field(FieldRole.DECISION_DATE)).map(FieldDefinition::code).contains("CF_JDRQ");
		assertThat(penalty.field(FieldRole.SUBJECT_USCC)).map(FieldDefinition::code).contains("CF_XDR_SHXYM");
	}

	@Test
	void seedChecksumIsStable() {
		assertThat(CatalogSeed.checksum()).isEqualTo(CatalogSeed.checksum());
	}

	@Test
	void checksumOfTheFirstSeedIsTheOneDatabasesRecorded() {
		// V701 ran with this checksum on every existing database; another value fails
		// Flyway's validation on start, so its files and the way they are hashed stay as
		// they are (later editions come with their own migration)
		assertThat(CatalogSeed.checksum()).isEqualTo(622468548);
	}

	private static CategoryDefinition category(String edition, String code) {
		return SeededCatalogs.edition(edition)
			.categories()
			.stream()
			.filter(c -> c.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

	private static List<String> codes(CategoryDefinition category) {
		return category.fields().stream().map(FieldDefinition::code).toList();
	}

}
