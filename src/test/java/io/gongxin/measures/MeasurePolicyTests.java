package io.gongxin.measures;

import java.util.List;
import java.util.Set;

import io.gongxin.lists.ListKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MeasurePolicyTests {

	static NewMeasure measure(String basis, MeasureKind kind, ListKind trigger) {
		return new NewMeasure("SP-01", MeasureList.SUPPLEMENTARY_SANCTION, kind, "限制参加市级评比表彰", "严重失信主体不得参加市级评比表彰。",
				"资格审查时不予通过。", basis, trigger, null, Set.of(MeasureTarget.SUBJECT), Set.of(Scenario.HONORS),
				List.of("广州市评比达标表彰工作协调小组办公室"));
	}

	@Test
	void aMeasureWithoutLegalBasisIsRefused() {
		assertThat(MeasurePolicy.refusal(measure("  ", MeasureKind.MANAGEMENT, ListKind.SEVERE_DISHONESTY)))
			.hasValueSatisfying(refusal -> assertThat(refusal.code()).isEqualTo("GX-MEA-002"));
	}

	@Test
	void anIncentiveCannotFollowADiscreditList() {
		assertThat(MeasurePolicy.refusal(measure("《广东省社会信用条例》", MeasureKind.INCENTIVE, ListKind.SEVERE_DISHONESTY)))
			.hasValueSatisfying(refusal -> assertThat(refusal.code()).isEqualTo("GX-MEA-006"));
	}

	@Test
	void aCompleteMeasureWithItsBasisPasses() {
		assertThat(MeasurePolicy.refusal(measure("《广东省社会信用条例》", MeasureKind.MANAGEMENT, ListKind.SEVERE_DISHONESTY)))
			.isEmpty();
	}

	@Test
	void scenariosAreFoundByCodeOrChineseName() {
		assertThat(Scenario.find("government-procurement")).contains(Scenario.GOVERNMENT_PROCUREMENT);
		assertThat(Scenario.find("政府采购")).contains(Scenario.GOVERNMENT_PROCUREMENT);
		assertThat(Scenario.find("LOTTERY")).isEmpty();
	}

}
