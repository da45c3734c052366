package io.gongxin.remedy.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.gongxin.catalog.Nature;
import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.Publicity;
import io.gongxin.ingest.CreditRecord;
import io.gongxin.remedy.BankruptcyPlan;
import io.gongxin.remedy.ConditionCheck;
import io.gongxin.remedy.ConditionCheck.Result;
import io.gongxin.remedy.Eligibility;
import io.gongxin.remedy.RepairCondition;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The conditions of credit repair (《信用修复管理办法》 2026 and 国办发〔2025〕22号), each a named rule
 * that says why it holds or not: the information is in publicity, it is repairable
 * dishonesty information, the minimum publicity period of its tier has been served (under
 * the regime in force when it was decided, as the credit file assessed it), no other
 * application or objection is being handled for it, and the applicant shows that the
 * breach was corrected and the duties performed and signs the public credit commitment.
 */
@Component
public class RepairEligibility {

	/** What the applicant states in the application; absent for a preview. */
	public record Statement(String dutiesPerformed, int evidenceCount, boolean commitmentSigned) {
	}

	private final Set<String> notRepairable;

	RepairEligibility(@Value("${gongxin.remedy.repair.not-repairable-categories:}") Set<String> notRepairable) {
		this.notRepairable = Set.copyOf(notRepairable);
	}

	public Eligibility assess(CreditFileItem item, LocalDate today, Optional<String> openCase,
			Optional<Statement> statement) {
		return assess(item, today, openCase, statement, Optional.empty());
	}

	/**
	 * @param plan a court-approved reorganisation plan or settlement in execution, during
	 * which repair is open without the minimum publicity period
	 */
	public Eligibility assess(CreditFileItem item, LocalDate today, Optional<String> openCase,
			Optional<Statement> statement, Optional<BankruptcyPlan> plan) {
		List<ConditionCheck> checks = new ArrayList<>();
		checks.add(inPublicity(item));
		checks.add(repairable(item));
		ConditionCheck period = minimumPeriodServed(item.publicity(), today);
		if (period.fails() && plan.isPresent()) {
			period = new ConditionCheck(RepairCondition.MINIMUM_PERIOD_SERVED, Result.HOLDS,
					plan.get().describe() + "，计划执行期间可以申请信用修复，不受最短公示期限制");
		}
		checks.add(period);
		checks.add(noOpenCase(openCase));
		checks.add(dutiesPerformed(statement));
		checks.add(commitmentSigned(statement));
		return new Eligibility(item.recordId(), item.documentNumber(), item.categoryName(), today,
				item.publicity().repairableFrom(), checks);
	}

	ConditionCheck inPublicity(CreditFileItem item) {
		Publicity publicity = item.publicity();
		if (publicity.published() && item.recordStatus() == CreditRecord.Status.ACTIVE) {
			return new ConditionCheck(RepairCondition.IN_PUBLICITY, Result.HOLDS,
					"公示中，公示截止" + ((publicity.until() != null) ? publicity.until() : "长期"));
		}
		return new ConditionCheck(RepairCondition.IN_PUBLICITY, Result.FAILS,
				"该信息当前为“" + publicity.status().label() + "”，不在公示中，无需申请信用修复");
	}

	ConditionCheck repairable(CreditFileItem item) {
		if (item.nature() != Nature.NEGATIVE) {
			return new ConditionCheck(RepairCondition.REPAIRABLE, Result.FAILS, "该信息不是失信信息，不适用信用修复");
		}
		if (this.notRepairable.contains(item.categoryCode())) {
			return new ConditionCheck(RepairCondition.REPAIRABLE, Result.FAILS, "法律、法规或党中央、国务院政策文件明确规定该类信息不可修复");
		}
		return new ConditionCheck(RepairCondition.REPAIRABLE, Result.HOLDS, "属于失信信息（" + item.categoryName() + "）");
	}

	ConditionCheck minimumPeriodServed(Publicity publicity, LocalDate today) {
		String tier = (publicity.tier() != null) ? publicity.tier().label() + "失信信息，" : "";
		String basis = (publicity.basis() != null) ? "；依据" + publicity.basis() : "";
		if (publicity.repairableFrom() == null) {
			return new ConditionCheck(RepairCondition.MINIMUM_PERIOD_SERVED, Result.HOLDS,
					tier + "未设最短公示期，纠正失信行为、履行法定义务后即可申请" + basis);
		}
		if (today.isBefore(publicity.repairableFrom())) {
			return new ConditionCheck(RepairCondition.MINIMUM_PERIOD_SERVED, Result.FAILS,
					tier + "最短公示期未满，" + publicity.repairableFrom() + "起可以申请" + basis);
		}
		return new ConditionCheck(RepairCondition.MINIMUM_PERIOD_SERVED, Result.HOLDS,
				tier + "最短公示期已满（" + publicity.repairableFrom() + "起可以申请）" + basis);
	}

	ConditionCheck noOpenCase(Optional<String> openCase) {
		return openCase
			.map(reference -> new ConditionCheck(RepairCondition.NO_OPEN_APPLICATION, Result.FAILS,
					"该信息已有正在办理的申请（查询码 " + reference + "），办结后再申请"))
			.orElseGet(() -> new ConditionCheck(RepairCondition.NO_OPEN_APPLICATION, Result.HOLDS, "没有正在办理的申请"));
	}

	ConditionCheck dutiesPerformed(Optional<Statement> statement) {
		if (statement.isEmpty()) {
			return new ConditionCheck(RepairCondition.DUTIES_PERFORMED, Result.TO_SHOW,
					"申请时说明纠正失信行为、履行法定义务的情况，并提供证明材料（如缴款凭证）");
		}
		Statement given = statement.get();
		if (given.dutiesPerformed() == null || given.dutiesPerformed().isBlank()) {
			return new ConditionCheck(RepairCondition.DUTIES_PERFORMED, Result.FAILS, "未说明纠正失信行为、履行法定义务的情况");
		}
		if (given.evidenceCount() == 0) {
			return new ConditionCheck(RepairCondition.DUTIES_PERFORMED, Result.FAILS, "未提供履行法定义务的证明材料");
		}
		return new ConditionCheck(RepairCondition.DUTIES_PERFORMED, Result.HOLDS,
				"已说明履行情况并提供" + given.evidenceCount() + "份证明材料，由认定单位核实");
	}

	ConditionCheck commitmentSigned(Optional<Statement> statement) {
		if (statement.isEmpty()) {
			return new ConditionCheck(RepairCondition.COMMITMENT_SIGNED, Result.TO_SHOW, "申请时作出公开信用承诺");
		}
		return statement.get().commitmentSigned()
				? new ConditionCheck(RepairCondition.COMMITMENT_SIGNED, Result.HOLDS, "已作出公开信用承诺")
				: new ConditionCheck(RepairCondition.COMMITMENT_SIGNED, Result.FAILS, "未作出信用承诺");
	}

}
