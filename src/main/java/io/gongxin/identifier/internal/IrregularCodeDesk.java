package io.gongxin.identifier.internal;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.platform.ActingUser;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists and unlists known irregular codes (codes really issued that fail today's check
 * characters), from the API or the administrator's page, audited either way.
 */
@Component
class IrregularCodeDesk {

	private final ReferenceData referenceData;

	private final AuditLog audit;

	IrregularCodeDesk(ReferenceData referenceData, AuditLog audit) {
		this.referenceData = referenceData;
		this.audit = audit;
	}

	@Transactional
	void list(String code, String note) {
		if (code == null || !code.matches("[0-9A-Z]{9,18}")) {
			throw new DomainException("GX-ID-008", ProblemKind.BAD_REQUEST,
					"An allow-listed code has 9 to 18 digits or capital letters.");
		}
		this.referenceData.putIrregular(code, note, ActingUser.currentName());
		this.audit
			.record(AuditEntry.change("identifier.irregular.list", "identifier_known_irregular", code).after(note));
	}

	@Transactional
	void unlist(String code) {
		if (!this.referenceData.removeIrregular(code)) {
			throw new DomainException("GX-ID-009", ProblemKind.NOT_FOUND, "The code is not on the allow-list.");
		}
		this.audit.record(AuditEntry.change("identifier.irregular.unlist", "identifier_known_irregular", code));
	}

}
