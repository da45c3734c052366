package io.gongxin.catalog.internal;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.gongxin.catalog.CatalogVersionId;
import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.CodeEntry;
import io.gongxin.catalog.CodeList;
import io.gongxin.catalog.CodeValue;
import io.gongxin.catalog.FieldDefinition;
import io.gongxin.catalog.FieldRole;
import io.gongxin.catalog.FieldType;
import io.gongxin.catalog.RecordFacts;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog's one reading of a record, over every shipped edition and code list. */
class RecordReadingTests {

	private static final Set<FieldRole> PERSONAL_ROLES = EnumSet.of(FieldRole.SUBJECT_DOCUMENT_TYPE,
			FieldRole.SUBJECT_DOCUMENT_NUMBER, FieldRole.LEGAL_REPRESENTATIVE_DOCUMENT_TYPE,
			FieldRole.LEGAL_REPRESENTATIVE_DOCUMENT_NUMBER);

	@Test
	void everyCodeOfEveryCodeListReadsTheSameFiledAsCodeOrAsLabel() {
		int checked = 0;
		for (CatalogSeed.Edition edition : CatalogSeed.shipped()) {
			Map<String, CodeList> lists = new HashMap<>();
			edition.codeLists().forEach(list -> lists.put(list.code(), list));
			for (CategoryDefinition category : edition.categories()) {
				CompiledCategory compiled = new CompiledCategory(category, lists);
				for (FieldDefinition field : category.fields()) {
					if (field.type() != FieldType.CODE) {
						continue;
					}
					for (CodeEntry entry : lists.get(field.codeList()).entries()) {
						RecordFacts byCode = compiled.read(CatalogVersionId.of(1), Map.of(field.code(), entry.code()));
						RecordFacts byLabel = compiled.read(CatalogVersionId.of(1),
								Map.of(field.name(), " " + entry.label() + " "));
						assertThat(byCode.value(field.code())).isEqualTo(entry.code());
						assertThat(byLabel.value(field.code())).as(category.code() + "." + field.code() + "=" + entry)
							.isEqualTo(entry.code());
						assertThat(byLabel.display(field)).isEqualTo(entry.label());
						if (field.role() != null) {
							assertThat(byLabel.codes(field.role()))
								.containsExactly(new CodeValue(entry.code(), entry.label()));
						}
						checked++;
					}
				}
			}
		}
		assertThat(checked).isGreaterThan(100);
	}

	@Test
	void severalPenaltyTypesFiledAsLabelsBecomeTheirCodesInOrder() {
		RecordFacts facts = SeedReading.read("XZCF", Map.of("CF_CFLB", "罚款、没收违法所得，吊销许可证件"));
		assertThat(facts.value("CF_CFLB")).isEqualTo("03;04;08");
		assertThat(facts.codes(FieldRole.PENALTY_TYPE)).extracting(CodeValue::label)
			.containsExactly("罚款", "没收违法所得", "吊销许可证件");
		assertThat(facts.display(SeedReading.category("XZCF").field("CF_CFLB").orElseThrow()))
			.isEqualTo("罚款、没收违法所得、吊销许可证件");
	}

	@Test
	void aValueTheCodeListDoesNotKnowIsKeptAsFiled() {
		RecordFacts facts = SeedReading.read("XZCF", Map.of("CF_CFLB", "训诫"));
		assertThat(facts.value("CF_CFLB")).isEqualTo("训诫");
		assertThat(facts.codes(FieldRole.PENALTY_TYPE)).containsExactly(new CodeValue("训诫", "训诫"));
	}

	@Test
	void datesAreStoredInOneSpellingAndReadByRole() {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("处罚决定日期", "2026/4/1");
		row.put("CF_YXQ", "2027年3月31日");
		row.put("CF_GSJZQ", "20260701");
		RecordFacts facts = SeedReading.read("XZCF", row);
		assertThat(facts.normalised()).containsEntry("CF_JDRQ", "2026-04-01")
			.containsEntry("CF_YXQ", "2027-03-31")
			.containsEntry("CF_GSJZQ", "2026-07-01");
		assertThat(facts.decisionDate()).hasToString("2026-04-01");
		assertThat(facts.date(FieldRole.VALID_UNTIL)).hasToString("2027-03-31");
		assertThat(facts.date(FieldRole.PUBLICITY_END)).hasToString("2026-07-01");
	}

	@Test
	void amountsAreReadAsNumbersAndNonNumbersAsNothing() {
		assertThat(SeedReading.read("XZCF", Map.of("CF_NR_FK", " 12.500000 ")).amount(FieldRole.FINE_AMOUNT))
			.isEqualByComparingTo("12.5");
		assertThat(SeedReading.read("XZCF", Map.of("CF_NR_FK", "一万")).amount(FieldRole.FINE_AMOUNT)).isNull();
		assertThat(SeedReading.read("XZCF", Map.of()).amount(FieldRole.FINE_AMOUNT)).isNull();
	}

	@Test
	void aRegistrationRecordDatesFromItsRegistrationDate() {
		RecordFacts facts = SeedReading.read("DJZC",
				Map.of("DJ_ZTMC", "广州市天河区示例餐饮店", "DJ_CLRQ", "2015/3/8", "DJ_FDDBR", "李四", "DJ_ZS", "广州市天河区体育西路1号"));
		assertThat(facts.decisionDate()).hasToString("2015-03-08");
		assertThat(facts.date(FieldRole.REGISTRATION_DATE)).hasToString("2015-03-08");
		assertThat(facts.value(FieldRole.LEGAL_REPRESENTATIVE)).isEqualTo("李四");
		assertThat(facts.value(FieldRole.ADDRESS)).isEqualTo("广州市天河区体育西路1号");
		assertThat(facts.decisionDateField()).isEqualTo("DJ_CLRQ");
	}

	@Test
	void everyShippedCategoryDeclaresWhoItIsAboutAndWhenItDates() {
		for (CatalogSeed.Edition edition : CatalogSeed.shipped()) {
			for (CategoryDefinition category : edition.categories()) {
				String where = edition.label() + " " + category.code();
				assertThat(category.field(FieldRole.SUBJECT_NAME)).as(where).isPresent();
				assertThat(category.field(FieldRole.SUBJECT_USCC).isPresent()
						|| category.field(FieldRole.SUBJECT_DOCUMENT_NUMBER).isPresent())
					.as(where)
					.isTrue();
				assertThat(category.field(FieldRole.DECISION_DATE).isPresent()
						|| category.field(FieldRole.REGISTRATION_DATE).isPresent())
					.as(where)
					.isTrue();
				for (FieldDefinition field : category.fields()) {
					if (field.role() != null && PERSONAL_ROLES.contains(field.role())) {
						assertThat(field.personal()).as(where + "." + field.code()).isTrue();
					}
				}
			}
		}
	}

	@Test
	void theDoubleDisclosureCategoriesDeclareTheFactsOtherModulesRead() {
		CategoryDefinition penalty = SeedReading.category("XZCF");
		assertThat(penalty.field(FieldRole.PENALTY_TYPE).orElseThrow().code()).isEqualTo("CF_CFLB");
		assertThat(penalty.field(FieldRole.FINE_AMOUNT).orElseThrow().code()).isEqualTo("CF_NR_FK");
		assertThat(penalty.field(FieldRole.PUBLICITY_END).orElseThrow().code()).isEqualTo("CF_GSJZQ");
		assertThat(penalty.field(FieldRole.LEGAL_REPRESENTATIVE).orElseThrow().code()).isEqualTo("CF_FRDB");
		assertThat(penalty.field(FieldRole.AUTHORITY_USCC).orElseThrow().code()).isEqualTo("CF_CFJGDM");
		assertThat(penalty.field(FieldRole.SOURCE_USCC).orElseThrow().code()).isEqualTo("CF_SJLYDM");
		CategoryDefinition licence = SeedReading.category("XZXK");
		assertThat(licence.field(FieldRole.LEGAL_REPRESENTATIVE).orElseThrow().code()).isEqualTo("XK_FRDB");
		assertThat(licence.field(FieldRole.AUTHORITY_USCC).orElseThrow().code()).isEqualTo("XK_XKJGDM");
		assertThat(licence.field(FieldRole.SOURCE_USCC).orElseThrow().code()).isEqualTo("XK_LYDWDM");
		CategoryDefinition registration = SeedReading.category("DJZC");
		assertThat(registration.field(FieldRole.REGISTRATION_DATE).orElseThrow().code()).isEqualTo("DJ_CLRQ");
		assertThat(registration.field(FieldRole.SUBJECT_STATUS).orElseThrow().code()).isEqualTo("DJ_DJZT");
		assertThat(registration.field(FieldRole.DECISION_DATE)).isEmpty();
	}

	@Test
	void theDeclarationsLeaveOtherCategoriesAndFieldsAsTheyWere() {
		CategoryDefinition penalty = SeedReading.category("XZCF");
		List<FieldDefinition> before = penalty.fields();
		CategoryDefinition again = FieldRoleDeclarations.shipped().apply(penalty);
		assertThat(again).isEqualTo(penalty);
		assertThat(again.fields()).isEqualTo(before);
	}

}
