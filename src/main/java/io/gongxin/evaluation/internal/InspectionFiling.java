package io.gongxin.evaluation.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gongxin.evaluation.InspectionResult;
import io.gongxin.evaluation.SamplingPlan;
import io.gongxin.ingest.BatchReceipt;
import io.gongxin.ingest.Channel;
import io.gongxin.ingest.CreditRecords;
import io.gongxin.ingest.Ingestion;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectType;

import org.springframework.stereotype.Component;

/**
 * Files an inspection's result as the department's credit record, 遵守法律法规情况信息 (ZSFG),
 * through the intake like any filing: the catalog's validation applies and the result
 * reaches the subject's credit file (and, when issues were found, the department files
 * the penalty in its own category as usual).
 */
@Component
public class InspectionFiling {

	static final String CATEGORY = "ZSFG";

	private final Ingestion ingestion;

	private final CreditRecords records;

	InspectionFiling(Ingestion ingestion, CreditRecords records) {
		this.ingestion = ingestion;
		this.records = records;
	}

	public long file(SamplingPlan plan, Subject subject, InspectionResult result, String note, LocalDate on) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("ZF_ZTMC", subject.name());
		row.put("ZF_ZTLB", (subject.type() == SubjectType.INDIVIDUAL_BUSINESS) ? "个体工商户" : "法人及非法人组织");
		row.put("ZF_SHXYM", subject.currentKey().value());
		row.put("ZF_LY", plan.field());
		String text = "“双随机、一公开”抽查（" + plan.taskName() + "，抽查计划" + plan.number() + "）：" + result.label()
				+ ((note == null || note.isBlank()) ? "" : "。" + note.strip());
		row.put("ZF_QK", (text.length() > 2000) ? text.substring(0, 2000) : text);
		row.put("ZF_CJDW", plan.departmentName());
		row.put("ZF_RQ", on.toString());
		BatchReceipt receipt = this.ingestion.submitRows(plan.departmentCode(), CATEGORY, List.of(row),
				Channel.PLATFORM);
		String refusal = this.ingestion.refusal(receipt);
		if (refusal != null) {
			throw new DomainException("GX-EVA-026", ProblemKind.RULE_VIOLATION,
					"The inspection result did not pass the catalog's validation.",
					Map.of("batch", receipt.batchId().toString(), "reasons", refusal));
		}
		return this.records.storedBy(receipt.batchId())
			.orElseThrow(() -> new DomainException("GX-EVA-026", ProblemKind.RULE_VIOLATION,
					"The inspection result was not stored as a credit record."));
	}

}
