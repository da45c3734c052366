package io.gongxin.content;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.gongxin.platform.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ArticleDraftTests {

	@SuppressWarnings("unchecked")
	private static Map<String, String> fields(DomainException ex) {
		return (Map<String, String>) ex.details().get("fields");
	}

	@Test
	void everyMistakeIsNamedAtOnceInChineseByItsField() {
		assertThatExceptionOfType(DomainException.class)
			.isThrownBy(() -> new ArticleDraft(null, " ", "摘".repeat(301), null, "", "号".repeat(61), null, true))
			.satisfies(ex -> {
				assertThat(ex.code()).isEqualTo("GX-CNT-001");
				assertThat(fields(ex)).containsOnlyKeys("column", "title", "summary", "body", "source",
						"documentNumber");
				assertThat(fields(ex)).containsEntry("column", "请选择栏目。");
			});
	}

	@Test
	void onlyNoticesArePinned() {
		assertThat(new ArticleDraft(Column.NOTICE, "公告", null, "正文", "市信用办", null, null, true).pinned()).isTrue();
		assertThatExceptionOfType(DomainException.class)
			.isThrownBy(() -> new ArticleDraft(Column.NEWS, "动态", null, "正文", "市信用办", null, null, true))
			.satisfies(ex -> assertThat(fields(ex)).containsOnlyKeys("pinned"));
	}

	@Test
	void textIsTrimmedAndLineEndingsAreUnified() {
		ArticleDraft draft = new ArticleDraft(Column.POLICY, "  条例  ", " ", "第一段\r\n\r\n第二段\r\n", " 国务院 ", " ", null,
				false);
		assertThat(draft.title()).isEqualTo("条例");
		assertThat(draft.summary()).isNull();
		assertThat(draft.body()).isEqualTo("第一段\n\n第二段");
		assertThat(draft.source()).isEqualTo("国务院");
		assertThat(draft.documentNumber()).isNull();
	}

	@Test
	void aLinkThatWouldNotBeOneIsAMistakeOfTheBody() {
		assertThatExceptionOfType(DomainException.class).isThrownBy(
				() -> new ArticleDraft(Column.NEWS, "动态", null, "[点此](javascript:alert(1))", "市信用办", null, null, false))
			.satisfies(ex -> assertThat(fields(ex)).containsOnlyKeys("body"));
	}

}
