package io.gongxin.commitment.internal;

import org.junit.jupiter.api.Test;

import io.gongxin.commitment.CommitmentKind;

import static org.assertj.core.api.Assertions.assertThat;

class FiledCommitmentsTests {

	@Test
	void theKindIsReadFromTheTypeADepartmentFiled() {
		assertThat(FiledCommitments.kindOf("审批替代型")).isEqualTo(CommitmentKind.APPROVAL_SUBSTITUTE);
		assertThat(FiledCommitments.kindOf("涉企经营许可告知承诺")).isEqualTo(CommitmentKind.APPROVAL_SUBSTITUTE);
		assertThat(FiledCommitments.kindOf("证明事项告知承诺")).isEqualTo(CommitmentKind.CERTIFICATION);
		assertThat(FiledCommitments.kindOf("行业自律型")).isEqualTo(CommitmentKind.INDUSTRY);
		assertThat(FiledCommitments.kindOf("信用修复承诺")).isEqualTo(CommitmentKind.CREDIT_REPAIR);
		assertThat(FiledCommitments.kindOf("主动型")).isEqualTo(CommitmentKind.PROACTIVE);
		assertThat(FiledCommitments.kindOf(null)).isEqualTo(CommitmentKind.PROACTIVE);
	}

}
