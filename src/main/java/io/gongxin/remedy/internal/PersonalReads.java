package io.gongxin.remedy.internal;

import java.util.List;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;

import org.springframework.stereotype.Component;

/**
 * Lists of cases about natural persons are reads of personal data: one audit entry per
 * list shown, naming the cases.
 */
@Component
class PersonalReads {

	private final AuditLog audit;

	PersonalReads(AuditLog audit) {
		this.audit = audit;
	}

	void listed(String view, List<String> personalCases) {
		if (!personalCases.isEmpty()) {
			this.audit.record(AuditEntry.read("remedy." + view + ".read", "remedy-cases", null)
				.details(String.join(",", personalCases)));
		}
	}

}
