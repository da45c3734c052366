package io.gongxin.catalog.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.gongxin.catalog.CatalogContent;
import io.gongxin.catalog.CatalogDiff;
import io.gongxin.catalog.CatalogVersion;
import io.gongxin.catalog.CatalogVersionId;
import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.FieldDefinition;
import io.gongxin.catalog.VersionStatus;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogDifferTests {

	@Test
	void showsTheSupplementCategoriesAndThe2026PublicityRuleBetweenTheSeedEditions() {
		CatalogDiff diff = CatalogDiffer.diff(content("CN-2024", 1), content("CN-2024-GD-2026", 2));
		assertThat(diff.addedCategories()).extracting(CatalogDiff.CategoryRef::code)
			.containsExactly("GD_GJJQJ", "GD_JZBL");
		assertThat(diff.removedCategories()).isEmpty();
		assertThat(diff.changedCategories()).singleElement().satisfies(change -> {
			assertThat(change.code()).isEqualTo("XZCF");
			assertThat(change.changedAttributes()).containsExactly("publicity");
			assertThat(change.changedFields()).isEmpty();
			// in words, with both values, for the officer comparing the editions
			assertThat(change.changes()).singleElement().satisfies(words -> {
				assertThat(words.label()).isEqualTo("公开方式与期限");
				assertThat(words.before()).startsWith("主动公开");
				assertThat(words.after()).startsWith("主动公开").isNotEqualTo(words.before());
			});
		});
	}

	@Test
	void showsAddedRemovedAndChangedFields() {
		CatalogContent before = content("CN-2024", 1);
		List<CategoryDefinition> categories = new ArrayList<>(before.categories());
		CategoryDefinition license = categories.stream().filter(c -> c.code().equals("XZXK")).findFirst().orElseThrow();
		List<FieldDefinition> fields = new ArrayList<>(license.fields());
		fields.removeIf(f -> f.code().equals("BZ"));
		FieldDefinition content = fields.stream().filter(f -> f.code().equals("XK_NR")).findFirst().orElseThrow();
		fields.set(fields.indexOf(content),
				new FieldDefinition(content.code(), content.name(), content.aliases(), content.type(), content.format(),
						content.codeList(), content.multiple(), content.requirement(), content.condition(), 2000,
						content.identifierKind(), content.conduct(), content.role(), content.note(), false));
		fields.add(new FieldDefinition("XK_SJC", "数据更新时间戳", List.of(), io.gongxin.catalog.FieldType.DATE, null, null,
				false, io.gongxin.catalog.Requirement.OPTIONAL, null, null, null, false, null, null, false));
		categories.set(categories.indexOf(license), withFields(license, fields));
		categories.removeIf(c -> c.code().equals("ZYTG"));
		CatalogDiff diff = CatalogDiffer.diff(before,
				new CatalogContent(version("DRAFT-1", 3), categories, before.codeLists()));
		assertThat(diff.removedCategories()).extracting(CatalogDiff.CategoryRef::code).containsExactly("ZYTG");
		assertThat(diff.changedCategories()).singleElement().satisfies(change -> {
			assertThat(change.changedAttributes()).isEmpty();
			assertThat(change.addedFields()).extracting(CatalogDiff.FieldRef::code).containsExactly("XK_SJC");
			assertThat(change.removedFields()).extracting(CatalogDiff.FieldRef::code).containsExactly("BZ");
			assertThat(change.changedFields()).singleElement().satisfies(f -> {
				assertThat(f.changedAttributes()).containsExactly("maxLength");
				assertThat(f.changes()).singleElement()
					.isEqualTo(new CatalogDiff.AttributeChange("maxLength", "最大长度", String.valueOf(content.maxLength()),
							"2000"));
			});
		});
	}

	@Test
	void findsNothingBetweenAVersionAndItself() {
		assertThat(CatalogDiffer.diff(content("CN-2024", 1), content("CN-2024", 1)).isEmpty()).isTrue();
	}

	private static CategoryDefinition withFields(CategoryDefinition c, List<FieldDefinition> fields) {
		return new CategoryDefinition(c.code(), c.name(), c.section(), c.sectionName(), c.origin(), c.legalBasis(),
				c.subjectTypes(), c.nature(), c.severityTiers(), c.publicity(), fields, c.configurable(), c.note());
	}

	private static CatalogContent content(String label, long id) {
		CatalogSeed.Edition edition = SeededCatalogs.edition(label);
		return new CatalogContent(version(label, id), edition.categories(), edition.codeLists());
	}

	private static CatalogVersion version(String label, long id) {
		return new CatalogVersion(CatalogVersionId.of(id), label, label, VersionStatus.DRAFT, null, null, null, "test",
				Instant.EPOCH, null, null);
	}

}
