package io.gongxin.commitment;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.gongxin.catalog.SeverityTier;
import io.gongxin.platform.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TemplateDraftTests {

	@Test
	void aBrokenCommitmentIsGeneralDishonestyUnlessAProvisionSetsAnotherTier() {
		assertThat(draft(null, null).breachTier()).isEqualTo(SeverityTier.GENERAL);
		assertThatExceptionOfType(DomainException.class).isThrownBy(() -> draft(SeverityTier.SERIOUS, " "))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("GX-CMT-002"));
		assertThatExceptionOfType(DomainException.class).isThrownBy(() -> draft(SeverityTier.MINOR, null))
			.satisfies(ex -> assertThat(ex.code()).isEqualTo("GX-CMT-002"));
		assertThat(draft(SeverityTier.SERIOUS, "《某某条例》第三十条").breachTierBasis()).isEqualTo("《某某条例》第三十条");
	}

	@Test
	void itemsAreTrimmedBlankOnesDroppedAndAtLeastOneIsPromised() {
		TemplateDraft draft = new TemplateDraft("SCJG-1", "告知承诺书", CommitmentKind.CERTIFICATION, "GZ-SCJGJ", null, "正文",
				Arrays.asList("  材料真实 ", "", null, "接受核查"), 10, false, "国办发〔2020〕42号", null, null);
		assertThat(draft.items()).containsExactly("材料真实", "接受核查");
		assertThat(draft.matterLabel()).isEqualTo("承诺事由");
		assertThatExceptionOfType(DomainException.class)
			.isThrownBy(() -> new TemplateDraft("SCJG-1", "告知承诺书", CommitmentKind.CERTIFICATION, "GZ-SCJGJ", null, "正文",
					List.of(" "), 10, false, "国办发〔2020〕42号", null, null))
			.satisfies(ex -> assertThat(ex.details()).containsEntry("field", "items"));
	}

	@Test
	void codesAndPeriodsOutsideTheirRangesAreRefusedNamingTheField() {
		assertThatExceptionOfType(DomainException.class)
			.isThrownBy(() -> new TemplateDraft("scjg 1", "告知承诺书", CommitmentKind.PROACTIVE, "GZ-FGW", null, "正文",
					List.of("守法"), 10, true, "国办发〔2019〕35号", null, null))
			.satisfies(ex -> assertThat(ex.details()).containsEntry("field", "code"));
		assertThatExceptionOfType(DomainException.class)
			.isThrownBy(() -> new TemplateDraft("SCJG-2", "告知承诺书", CommitmentKind.PROACTIVE, "GZ-FGW", null, "正文",
					List.of("守法"), 366, true, "国办发〔2019〕35号", null, null))
			.satisfies(ex -> assertThat(ex.details()).containsEntry("field", "verificationWorkingDays"));
	}

	@Test
	void aDepartmentsFulfilmentTextIsReadAsAState() {
		assertThat(CommitmentState.fromFiled("已履约")).contains(CommitmentState.FULFILLED);
		assertThat(CommitmentState.fromFiled("全部履行")).contains(CommitmentState.FULFILLED);
		assertThat(CommitmentState.fromFiled(" 未履约 ")).contains(CommitmentState.BROKEN);
		assertThat(CommitmentState.fromFiled("违背承诺")).contains(CommitmentState.BROKEN);
		assertThat(CommitmentState.fromFiled("履约中")).contains(CommitmentState.PENDING);
		assertThat(CommitmentState.fromFiled("待核查")).contains(CommitmentState.PENDING);
		assertThat(CommitmentState.fromFiled("其他")).isEmpty();
		assertThat(CommitmentState.fromFiled(null)).isEmpty();
	}

	private static TemplateDraft draft(SeverityTier tier, String basis) {
		return new TemplateDraft("SCJG-SPJY", "食品经营许可告知承诺书", CommitmentKind.APPROVAL_SUBSTITUTE, "GZ-SCJGJ", "申请事项",
				"本单位承诺符合许可条件", List.of("材料真实有效"), 20, true, "国办发〔2020〕42号", tier, basis);
	}

}
