package io.gongxin.remedy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseStateTests {

	@Test
	void anObjectionIsAcceptedBeforeItIsReferredAndEndsOnlyOnce() {
		assertThat(ObjectionState.FILED.refusal(ObjectionState.ACCEPTED)).isEmpty();
		assertThat(ObjectionState.FILED.refusal(ObjectionState.REFERRED)).isPresent();
		assertThat(ObjectionState.ACCEPTED.refusal(ObjectionState.DECIDED)).isEmpty();
		assertThat(ObjectionState.REFERRED.refusal(ObjectionState.ACCEPTED)).get().asString().contains("信息提供单位协查中");
		for (ObjectionState next : ObjectionState.values()) {
			assertThat(ObjectionState.DECIDED.refusal(next)).isPresent();
			assertThat(ObjectionState.NOT_ACCEPTED.refusal(next)).isPresent();
		}
	}

	@Test
	void aRepairIsDecidedOnlyAfterTheInitialReviewAcceptedIt() {
		assertThat(RepairState.FILED.refusal(RepairState.APPROVED)).isPresent();
		assertThat(RepairState.FILED.refusal(RepairState.ACCEPTED)).isEmpty();
		assertThat(RepairState.ACCEPTED.refusal(RepairState.APPROVED)).isEmpty();
		assertThat(RepairState.APPROVED.refusal(RepairState.REJECTED)).get().asString().contains("准予修复");
		assertThat(RepairState.APPROVED.finished()).isTrue();
		assertThat(RepairState.ACCEPTED.finished()).isFalse();
	}

}
