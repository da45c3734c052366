package io.gongxin.ingest.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.FieldDefinition;
import io.gongxin.catalog.FieldRole;
import io.gongxin.ingest.RejectionReason;
import io.gongxin.provider.Jurisdiction;
import io.gongxin.provider.OutsideJurisdiction;

/**
 * A provider files only its own decisions and those of its subordinate units: the codes
 * in the fields the catalog marks as {@link FieldRole#AUTHORITY_USCC} and
 * {@link FieldRole#SOURCE_USCC} must be units of its {@link Jurisdiction}. A blank code
 * is the field rules' business, not this policy's. Outside the jurisdiction the row is
 * refused or, where the credit office chose so, accepted and kept here as a warning for
 * the receipt.
 */
final class JurisdictionPolicy {

	static final String AUTHORITY_RULE = "AUTHORITY_OUTSIDE_JURISDICTION";

	static final String SOURCE_RULE = "SOURCE_OUTSIDE_JURISDICTION";

	private final Jurisdiction jurisdiction;

	private final String providerName;

	/** Rows accepted despite a code outside the jurisdiction, with their reasons. */
	private final List<Warning> warnings = Collections.synchronizedList(new ArrayList<>());

	record Warning(int rowNumber, RejectionReason reason) {

		/** The line the receipt shows. */
		String text() {
			return "第" + this.rowNumber + "行：" + this.reason.message() + "（已按信用办设置接收，规则 " + this.reason.rule() + "）";
		}

	}

	JurisdictionPolicy(Jurisdiction jurisdiction, String providerName) {
		this.jurisdiction = jurisdiction;
		this.providerName = providerName;
	}

	/**
	 * Judges a row whose other reasons are {@code reasons}: adds the refusals to them, or
	 * keeps a warning when the row is otherwise accepted.
	 */
	void apply(int rowNumber, CategoryDefinition category, Map<String, String> fields, List<RejectionReason> reasons) {
		List<RejectionReason> outside = outside(category, fields);
		if (outside.isEmpty()) {
			return;
		}
		if (this.jurisdiction.outside() == OutsideJurisdiction.REFUSE) {
			reasons.addAll(outside);
		}
		else if (reasons.isEmpty()) {
			outside.forEach(reason -> this.warnings.add(new Warning(rowNumber, reason)));
		}
	}

	/** The reasons a row's authority or source code is not the provider's to file. */
	List<RejectionReason> outside(CategoryDefinition category, Map<String, String> fields) {
		List<RejectionReason> reasons = new ArrayList<>(2);
		check(category, FieldRole.AUTHORITY_USCC, AUTHORITY_RULE, "决定", fields, reasons);
		check(category, FieldRole.SOURCE_USCC, SOURCE_RULE, "数据", fields, reasons);
		return reasons;
	}

	List<Warning> warnings() {
		synchronized (this.warnings) {
			return List.copyOf(this.warnings);
		}
	}

	private void check(CategoryDefinition category, FieldRole role, String rule, String what,
			Map<String, String> fields, List<RejectionReason> reasons) {
		FieldDefinition field = category.field(role).orElse(null);
		String code = (field != null) ? RowValidator.clean(fields.get(field.code())) : null;
		if (code == null || this.jurisdiction.covers(code)) {
			return;
		}
		reasons.add(new RejectionReason(field.code(), rule,
				field.name() + "不是" + this.providerName + "或其下属单位的代码，本单位不能报送其他机关的" + what + "；如确为下属单位，请联系信用办登记本单位的管辖单位",
				code));
	}

}
