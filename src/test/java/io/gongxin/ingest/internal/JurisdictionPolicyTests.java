package io.gongxin.ingest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.FieldDefinition;
import io.gongxin.catalog.FieldRole;
import io.gongxin.catalog.FieldType;
import io.gongxin.catalog.IdentifierKind;
import io.gongxin.catalog.LegalBasis;
import io.gongxin.catalog.Nature;
import io.gongxin.catalog.PublicityRule;
import io.gongxin.catalog.Requirement;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.identifier.Uscc;
import io.gongxin.ingest.RejectionReason;
import io.gongxin.provider.AuthorityUnit;
import io.gongxin.provider.Jurisdiction;
import io.gongxin.provider.OutsideJurisdiction;
import io.gongxin.subject.SubjectType;

import static org.assertj.core.api.Assertions.assertThat;

class JurisdictionPolicyTests {

	static final String OWN = CheckCharacters.uscc("11440100MB2J5307");

	static final String OTHER = CheckCharacters.uscc("11440100MB2C4470");

	/** A category whose codes are optional, and named unlike the national layout. */
	static final CategoryDefinition CATEGORY = new CategoryDefinition("XZJC", "行政检查信息", "03", "行政管理信息",
			CategoryDefinition.Origin.PROVINCIAL, new LegalBasis("《广东省社会信用条例》", true, List.of()),
			Set.of(SubjectType.ENTERPRISE), Nature.NEUTRAL, List.of(),
			new PublicityRule(PublicityRule.Disclosure.PUBLIC, "公示", null, List.of()),
			List.of(code("JC_JGDM", "检查机关统一社会信用代码", FieldRole.AUTHORITY_USCC),
					code("JC_TBDWDM", "填报单位统一社会信用代码", FieldRole.SOURCE_USCC),
					code("JC_DXDM", "检查对象统一社会信用代码", FieldRole.SUBJECT_USCC)),
			true, null);

	@Test
	void aBlankOrMissingOptionalCodeIsNotRefused() {
		JurisdictionPolicy policy = policy(OutsideJurisdiction.REFUSE);
		assertThat(policy.outside(CATEGORY, Map.of("JC_JGDM", "  ", "JC_DXDM", OTHER))).isEmpty();
	}

	@Test
	void theRolesNotTheFieldNamesSayWhichCodesAreChecked() {
		JurisdictionPolicy policy = policy(OutsideJurisdiction.REFUSE);
		List<RejectionReason> reasons = policy.outside(CATEGORY,
				Map.of("JC_JGDM", OWN, "JC_TBDWDM", OTHER, "JC_DXDM", OTHER));
		assertThat(reasons).extracting(RejectionReason::field, RejectionReason::rule)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("JC_TBDWDM", JurisdictionPolicy.SOURCE_RULE));
		assertThat(reasons.get(0).message()).startsWith("填报单位统一社会信用代码不是广州市交通运输局或其下属单位的代码");
	}

	@Test
	void inWarningModeAnOtherwiseValidRowIsKeptAsAWarningAndNotRefused() {
		JurisdictionPolicy policy = policy(OutsideJurisdiction.WARN);
		List<RejectionReason> reasons = new ArrayList<>();
		policy.apply(7, CATEGORY, Map.of("JC_JGDM", OTHER), reasons);
		assertThat(reasons).isEmpty();
		assertThat(policy.warnings()).singleElement().satisfies(warning -> {
			assertThat(warning.rowNumber()).isEqualTo(7);
			assertThat(warning.text()).startsWith("第7行：检查机关统一社会信用代码").contains(JurisdictionPolicy.AUTHORITY_RULE);
		});
	}

	@Test
	void inWarningModeARowRefusedForOtherReasonsGetsNoWarning() {
		JurisdictionPolicy policy = policy(OutsideJurisdiction.WARN);
		List<RejectionReason> reasons = new ArrayList<>(
				List.of(new RejectionReason("JC_DXDM", "IDENTIFIER_INVALID", "检查对象统一社会信用代码不符合国家标准", "X")));
		policy.apply(3, CATEGORY, Map.of("JC_JGDM", OTHER), reasons);
		assertThat(reasons).hasSize(1);
		assertThat(policy.warnings()).isEmpty();
	}

	@Test
	void inRefusalModeTheReasonJoinsTheOthers() {
		JurisdictionPolicy policy = policy(OutsideJurisdiction.REFUSE);
		List<RejectionReason> reasons = new ArrayList<>();
		policy.apply(2, CATEGORY, Map.of("JC_JGDM", OTHER, "JC_TBDWDM", OWN), reasons);
		assertThat(reasons).extracting(RejectionReason::rule).containsExactly(JurisdictionPolicy.AUTHORITY_RULE);
		assertThat(policy.warnings()).isEmpty();
	}

	private static JurisdictionPolicy policy(OutsideJurisdiction outside) {
		return new JurisdictionPolicy(
				new Jurisdiction("GZ-JTJ", List.of(new AuthorityUnit(new Uscc(OWN), "广州市交通运输局")), outside), "广州市交通运输局");
	}

	private static FieldDefinition code(String code, String name, FieldRole role) {
		return new FieldDefinition(code, name, List.of(), FieldType.IDENTIFIER, null, null, false, Requirement.OPTIONAL,
				null, 18, IdentifierKind.USCC, false, role, null, false);
	}

}
