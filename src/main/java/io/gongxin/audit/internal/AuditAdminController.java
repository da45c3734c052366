package io.gongxin.audit.internal;

import java.util.List;
import java.util.Map;

import io.gongxin.audit.AuditLog;
import io.gongxin.audit.AuditRecord;
import io.gongxin.audit.ChainVerification;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Audit administration. Admins only: the log itself names who looked at whom.
 */
@RestController
@RequestMapping("/api/admin/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditAdminController {

	private final AuditLog auditLog;

	AuditAdminController(AuditLog auditLog) {
		this.auditLog = auditLog;
	}

	@GetMapping("/verification")
	ChainVerification verify() {
		return this.auditLog.verify();
	}

	@PostMapping("/seals")
	Map<String, Long> seal() {
		return Map.of("sealedSeq", this.auditLog.seal());
	}

	@GetMapping("/events")
	List<AuditRecord> events(@RequestParam(defaultValue = "0") long after,
			@RequestParam(defaultValue = "100") int limit) {
		return this.auditLog.events(after, limit);
	}

}
