package io.gongxin.audit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.gongxin.audit.AuditLog;
import io.gongxin.audit.AuditRecord;
import io.gongxin.audit.ChainVerification;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator's audit log page: who did or read what, when, filtered by person,
 * action, subject and period, newest first; and the chain re-checked on request, its
 * result in words.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditPageController {

	private static final int PAGE = 100;

	private final AuditLog audit;

	private final ZoneId zone;

	AuditPageController(AuditLog audit, Clock clock) {
		this.audit = audit;
		this.zone = clock.getZone();
	}

	@GetMapping("/admin/audit")
	String page(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String subject,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "" + Long.MAX_VALUE) long before, Model model) {
		List<AuditRecord> events = this.audit.search(actor, action, subject,
				(from == null) ? null : from.atStartOfDay(this.zone).toInstant(),
				(to == null) ? null : to.plusDays(1).atStartOfDay(this.zone).toInstant(), before, PAGE);
		model.addAttribute("events", events);
		model.addAttribute("actor", actor);
		model.addAttribute("action", action);
		model.addAttribute("subject", subject);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("more", events.size() == PAGE);
		return "admin/audit";
	}

	@PostMapping("/admin/audit/verification")
	String verify(Model model) {
		ChainVerification result = this.audit.verify();
		model.addAttribute("verdict",
				result.intact()
						? "审计链完整：已逐条校验 " + result.eventsChecked() + " 条记录和 " + result.sealsChecked() + " 个电子封印，未发现篡改。"
						: "审计链在第 " + result.firstBrokenSeq() + " 条记录处校验不通过，该记录或其后的记录可能被篡改或删除，请立即报告安全负责人。");
		model.addAttribute("intact", result.intact());
		return page(null, null, null, null, null, Long.MAX_VALUE, model);
	}

}
