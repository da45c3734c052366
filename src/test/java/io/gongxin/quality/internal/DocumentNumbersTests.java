package io.gongxin.quality.internal;

import java.io.StringReader;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.gongxin.platform.DomainException;
import io.gongxin.quality.DocumentNumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentNumbersTests {

	@Test
	void hexagonalBracketsAsInTheOfficialStyle() {
		assertThat(DocumentNumbers.parse("〔2024〕123号", 2024)).contains(new DocumentNumber("", 2024, 123));
	}

	@Test
	void agencyPrefixIsKeptAsTheSequenceName() {
		assertThat(DocumentNumbers.parse("穗市监罚〔2024〕123号", 2024)).contains(new DocumentNumber("穗市监罚", 2024, 123));
		assertThat(DocumentNumbers.parse("穗 市监罚 〔2024〕 第0123号", 2024)).contains(new DocumentNumber("穗市监罚", 2024, 123));
	}

	@Test
	void squareAndRoundBracketsIncludingFullWidthOnes() {
		assertThat(DocumentNumbers.parse("[2024]123号", 2024)).contains(new DocumentNumber("", 2024, 123));
		assertThat(DocumentNumbers.parse("粤环罚［2024］7号", 2024)).contains(new DocumentNumber("粤环罚", 2024, 7));
		assertThat(DocumentNumbers.parse("深交罚（2023）45号", 2024)).contains(new DocumentNumber("深交罚", 2023, 45));
		assertThat(DocumentNumbers.parse("京市监罚【2024】9号", 2024)).contains(new DocumentNumber("京市监罚", 2024, 9));
	}

	@Test
	void yearDashSerial() {
		assertThat(DocumentNumbers.parse("2024-123", 2020)).contains(new DocumentNumber("", 2024, 123));
		assertThat(DocumentNumbers.parse("税罚2024-0008号", 2020)).contains(new DocumentNumber("税罚", 2024, 8));
	}

	@Test
	void serialOnlyTakesTheYearOfTheDecision() {
		assertThat(DocumentNumbers.parse("第123号", 2025)).contains(new DocumentNumber("", 2025, 123));
		assertThat(DocumentNumbers.parse("穗消罚字第45号", 2025)).contains(new DocumentNumber("穗消罚字", 2025, 45));
	}

	@Test
	void numbersInNoKnownFormatAreNotGuessed() {
		assertThat(DocumentNumbers.parse("ABC123", 2024)).isEmpty();
		assertThat(DocumentNumbers.parse("穗市监罚〔2024〕号", 2024)).isEmpty();
		assertThat(DocumentNumbers.parse("〔2024〕0号", 2024)).isEmpty();
		assertThat(DocumentNumbers.parse(null, 2024)).isEmpty();
	}

	@Test
	void theSameNumberWrittenWithOtherBracketsHasOneKey() {
		assertThat(DocumentNumbers.key("穗市监罚〔2024〕123号")).isEqualTo(DocumentNumbers.key("穗市监罚[2024] 123号"))
			.isEqualTo(DocumentNumbers.key("穗市监罚［2024］123号"));
	}

	@Test
	void aKnownDecisionListIsReadWithChineseHeaders() throws Exception {
		var lines = KnownDecisionFile.read(new StringReader("""
				\uFEFF文书号,决定日期,主体名称
				穗市监罚〔2026〕7号,2026-11-02,广州某某有限公司
				穗市监罚〔2026〕8号,20261103,
				"""), "GZ-SCJGJ");
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1).decisionDate()).isEqualTo(LocalDate.of(2026, 11, 3));
		assertThat(lines.get(0).providerCode()).isEqualTo("GZ-SCJGJ");
	}

	@Test
	void aListWithoutADocumentColumnIsRefusedWithACode() {
		assertThatThrownBy(() -> KnownDecisionFile.read(new StringReader("名称\n某某\n"), "GZ-SCJGJ"))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("GX-QLT-002"));
		assertThatThrownBy(() -> KnownDecisionFile.read(new StringReader("文书号,决定日期\n〔2026〕1号,昨天\n"), "GZ-SCJGJ"))
			.isInstanceOf(DomainException.class);
	}

}
