package io.gongxin.commitment.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.SeverityTier;
import io.gongxin.commitment.Commitment;
import io.gongxin.commitment.CommitmentKind;
import io.gongxin.commitment.CommitmentState;
import io.gongxin.ingest.BatchReceipt;
import io.gongxin.ingest.Channel;
import io.gongxin.ingest.CreditRecord;
import io.gongxin.ingest.CreditRecords;
import io.gongxin.ingest.Ingestion;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectType;

import org.springframework.stereotype.Component;

/**
 * Files a commitment and a finding as credit records through the intake, in the
 * department's name: the commitment and its 履约情况 as 信用承诺及其履行情况信息 (XYCN, its number the
 * document number, so the finding supersedes the signing), a broken commitment as
 * 违背信用承诺信息 (WBCN) with its tier. The records meet the catalog's validation like any
 * department's, so nothing outside the catalog is filed.
 */
@Component
public class CommitmentFiling {

	/** 信用承诺及其履行情况信息. */
	public static final String COMMITMENT_CATEGORY = "XYCN";

	/** 违背信用承诺信息. */
	public static final String BREACH_CATEGORY = "WBCN";

	private final Ingestion ingestion;

	private final CreditRecords records;

	private final DepartmentNames names;

	private final Catalogs catalogs;

	CommitmentFiling(Ingestion ingestion, CreditRecords records, DepartmentNames names, Catalogs catalogs) {
		this.catalogs = catalogs;
		this.ingestion = ingestion;
		this.records = records;
		this.names = names;
	}

	/** What a commitment's records say of it. */
	public record Filed(String number, CommitmentKind kind, String typeName, String matter, LocalDate signedOn,
			String departmentCode, LocalDate dueOn) {

		public static Filed of(Commitment c) {
			return new Filed(c.number(), c.kind(), c.typeName(), c.matter(), c.signedOn(), c.departmentCode(),
					c.dueOn());
		}

	}

	/** Files the commitment with its 履约情况; returns the record standing for it. */
	public long fileCommitment(Filed c, Subject subject, CommitmentState state, LocalDate verifiedOn) {
		Map<String, String> row = subjectFields("CN", subject);
		row.put("CN_BH", c.number());
		row.put("CN_LX", c.kind().label());
		row.put("CN_SX", c.typeName() + "：" + c.matter());
		row.put("CN_RQ", c.signedOn().toString());
		row.put("CN_SLJG", this.names.of(c.departmentCode()));
		row.put("CN_LXQK", state.label());
		if (c.dueOn() != null) {
			row.put("CN_HCQX", c.dueOn().toString());
		}
		if (verifiedOn != null) {
			row.put("CN_HCRQ", verifiedOn.toString());
		}
		return file(c.departmentCode(), c.number(), subject, COMMITMENT_CATEGORY, c.signedOn(), row);
	}

	/** Files the broken commitment as negative information of the tier. */
	public long fileBreach(Commitment c, Subject subject, LocalDate foundOn, String conduct, SeverityTier tier,
			String evidence) {
		Map<String, String> row = subjectFields("WB", subject);
		row.put("WB_CNBH", c.number());
		row.put("WB_CNLX", c.kind().label());
		row.put("WB_CNSX", c.typeName() + "：" + c.matter());
		row.put("WB_CNRQ", c.signedOn().toString());
		row.put("WB_WNQX", conduct);
		row.put("WB_SXCD", tier.label());
		row.put("WB_ZJ", (evidence.length() > 500) ? evidence.substring(0, 500) : evidence);
		row.put("WB_RDDW", this.names.of(c.departmentCode()));
		row.put("WB_RDRQ", foundOn.toString());
		return file(c.departmentCode(), c.number(), subject, BREACH_CATEGORY, foundOn, row);
	}

	private long file(String department, String number, Subject subject, String category, LocalDate decided,
			Map<String, String> row) {
		// the fields of the catalog version in force on the decision day: an older
		// version
		// has no 承诺书编号 or 核查 dates, and nothing outside the catalog is filed
		this.catalogs.findVersionInForce(decided)
			.flatMap(version -> this.catalogs.findCategory(version.id(), category))
			.ifPresent(definition -> row.keySet()
				.removeIf(code -> definition.fields().stream().noneMatch(field -> field.code().equals(code))));
		BatchReceipt receipt = this.ingestion.submitRows(department, category, List.of(row), Channel.PLATFORM);
		String refusal = this.ingestion.refusal(receipt);
		if (refusal != null) {
			throw new DomainException("GX-CMT-009", ProblemKind.RULE_VIOLATION,
					"The credit record of the commitment did not pass the catalog's validation.",
					Map.of("batch", receipt.batchId().toString(), "reasons", refusal));
		}
		// the new version, or (the same row filed again) the one standing already
		return this.records.storedBy(receipt.batchId())
			.orElseGet(() -> this.records.ofSubject(subject.id())
				.stream()
				.filter(record -> record.status() == CreditRecord.Status.ACTIVE
						&& record.categoryCode().equals(category) && record.documentNumber().equals(number))
				.mapToLong(CreditRecord::id)
				.max()
				.orElseThrow(() -> new DomainException("GX-CMT-009", ProblemKind.RULE_VIOLATION,
						"The credit record of the commitment was not stored.")));
	}

	/** The subject's fields as the category's subject columns (prefix CN or WB). */
	private static Map<String, String> subjectFields(String prefix, Subject subject) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put(prefix + "_ZTMC", subject.name());
		SubjectKey key = subject.currentKey();
		if (subject.type() == SubjectType.NATURAL_PERSON) {
			row.put(prefix + "_ZTLB", "自然人");
			row.put(prefix + "_ZJLX", "身份证");
			row.put(prefix + "_ZJHM", key.value());
		}
		else {
			row.put(prefix + "_ZTLB", (subject.type() == SubjectType.INDIVIDUAL_BUSINESS) ? "个体工商户" : "法人及非法人组织");
			row.put(prefix + "_SHXYM", key.value());
		}
		return row;
	}

}
