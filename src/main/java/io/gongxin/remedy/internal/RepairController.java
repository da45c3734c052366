package io.gongxin.remedy.internal;

import java.util.List;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.CreditFiles;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.remedy.CaseStep;
import io.gongxin.remedy.Eligibility;
import io.gongxin.remedy.Evidence;
import io.gongxin.remedy.ExternalRepair;
import io.gongxin.remedy.RepairApplication;
import io.gongxin.remedy.RepairState;
import io.gongxin.remedy.Repairs;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Credit repair as JSON: the conditions of a record, applications by enterprises for
 * their own records and by officers at the counter, the credit office's initial review
 * and the deciding department's decision for its own records.
 */
@RestController
class RepairController {

	private final Repairs repairs;

	private final Applicants applicants;

	private final CreditFiles creditFiles;

	private final AuditLog audit;

	private final RepairNotice notices;

	private final CaseLetters letters;

	private final PersonalReads reads;

	RepairController(Repairs repairs, Applicants applicants, CreditFiles creditFiles, AuditLog audit,
			RepairNotice notices, CaseLetters letters, PersonalReads reads) {
		this.reads = reads;
		this.notices = notices;
		this.letters = letters;
		this.repairs = repairs;
		this.applicants = applicants;
		this.creditFiles = creditFiles;
		this.audit = audit;
	}

	/** An application as filed. */
	record Filing(long recordId, String applicantName, String contact, String dutiesPerformed, List<Evidence> evidence,
			boolean commitmentSigned) {
	}

	/** A step; {@code version} is the one the caller saw (optional). */
	record Step(Integer version, String text) {
	}

	@GetMapping("/api/repairs/eligibility/{recordId}")
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'OFFICER', 'REVIEWER', 'ADMIN')")
	Eligibility eligibility(@PathVariable long recordId) {
		if (this.applicants.isEnterprise()) {
			this.creditFiles.item(recordId)
				.filter(item -> item.subjectId().equals(this.applicants.ownOrganisation()))
				.orElseThrow(() -> new DomainException("GX-REM-008", ProblemKind.FORBIDDEN,
						"Only the organisation's own records."));
		}
		return this.repairs.eligibility(recordId);
	}

	/**
	 * The 信用修复告知书 of a decision, to serve with it (两书同达): for the department that filed
	 * it, the credit office, and the enterprise it concerns.
	 */
	@GetMapping(path = "/api/repairs/notices/{recordId}", produces = MediaType.APPLICATION_PDF_VALUE)
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	ResponseEntity<byte[]> notice(@PathVariable long recordId) {
		CreditFileItem item = this.applicants.record(recordId);
		if (item.subjectType().isPerson()) {
			this.audit.record(AuditEntry.read("remedy.notice.read", "credit-record", Long.toString(recordId)));
		}
		return PdfAttachment.of("信用修复告知书-" + recordId + ".pdf", this.notices.pdf(item));
	}

	/** What became of a repair decided elsewhere. */
	record ExternalOutcome(String source, String reference, boolean publicityEnded, String message) {
	}

	/**
	 * A repair decided on another platform (信用中国), reported by the credit office or its
	 * exchange account: the decision's publicity ends here too. Repeating it is harmless.
	 */
	@PostMapping("/api/repairs/external")
	@PreAuthorize("hasRole('OFFICER')")
	ExternalOutcome external(@RequestBody ExternalRepair repair) {
		boolean ended = this.repairs.recordExternal(repair);
		return new ExternalOutcome(repair.source(), repair.reference(), ended,
				ended ? "已同步修复结果，该信息停止公示" : "该修复结果此前已同步，或该信息已不在公示中");
	}

	@GetMapping("/api/my/repair-eligibility")
	@PreAuthorize("hasRole('ENTERPRISE')")
	List<Eligibility> myEligibility() {
		return this.repairs.eligibilityOf(this.applicants.ownOrganisation());
	}

	@PostMapping("/api/repairs")
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'OFFICER')")
	@ResponseStatus(HttpStatus.CREATED)
	RepairApplication apply(@RequestBody Filing filing) {
		return this.repairs.apply(filing.recordId(),
				this.applicants.forRecord(filing.recordId(), filing.applicantName(), filing.contact()),
				(filing.dutiesPerformed() != null) ? filing.dutiesPerformed() : "", filing.evidence(),
				filing.commitmentSigned());
	}

	@GetMapping("/api/repairs")
	@PreAuthorize(ObjectionController.OFFICE)
	List<RepairApplication> inState(@RequestParam(defaultValue = "FILED") RepairState state,
			@RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "50") int limit) {
		List<RepairApplication> found = this.repairs.inState(state, null, after, limit);
		this.reads.listed("repair-list",
				found.stream().filter(RepairApplication::subjectIsPerson).map(RepairApplication::reference).toList());
		return found;
	}

	@GetMapping("/api/my/repairs")
	@PreAuthorize("hasRole('ENTERPRISE')")
	List<RepairApplication> mine() {
		return this.repairs.ofSubject(this.applicants.ownOrganisation());
	}

	@GetMapping("/api/repairs/{id}")
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	RepairApplication one(@PathVariable long id) {
		return readable(id);
	}

	/** The written decision of a finished application, for the applicant to keep. */
	@GetMapping(path = "/api/repairs/{id}/decision.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	ResponseEntity<byte[]> decision(@PathVariable long id) {
		RepairApplication repair = readable(id);
		return PdfAttachment.of("信用修复办理结果-" + repair.reference() + ".pdf", this.letters.repairDecision(repair));
	}

	@GetMapping("/api/repairs/{id}/history")
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	List<CaseStep> history(@PathVariable long id) {
		readable(id);
		return this.repairs.history(id);
	}

	@PostMapping("/api/repairs/{id}/accept")
	@PreAuthorize("hasRole('OFFICER')")
	RepairApplication accept(@PathVariable long id, @RequestBody Step step) {
		return this.repairs.accept(id, step.version(), step.text());
	}

	@PostMapping("/api/repairs/{id}/refuse")
	@PreAuthorize("hasRole('OFFICER')")
	RepairApplication refuse(@PathVariable long id, @RequestBody Step step) {
		return this.repairs.refuse(id, step.version(), step.text());
	}

	@PostMapping("/api/repairs/{id}/approve")
	@PreAuthorize("hasRole('PROVIDER')")
	RepairApplication approve(@PathVariable long id, @RequestBody Step step) {
		deciding(id);
		return this.repairs.approve(id, step.version(), step.text());
	}

	@PostMapping("/api/repairs/{id}/extend")
	@PreAuthorize("hasRole('PROVIDER')")
	RepairApplication extend(@PathVariable long id, @RequestBody Step step) {
		deciding(id);
		return this.repairs.extend(id, step.version(), step.text());
	}

	@PostMapping("/api/repairs/{id}/reject")
	@PreAuthorize("hasRole('PROVIDER')")
	RepairApplication reject(@PathVariable long id, @RequestBody Step step) {
		deciding(id);
		return this.repairs.reject(id, step.version(), step.text());
	}

	/** Only the department that made the finding decides (谁认定、谁修复). */
	private void deciding(long id) {
		RepairApplication repair = this.repairs.application(id);
		this.applicants.requireMayRead(repair.subjectId(), repair.providerCode());
	}

	private RepairApplication readable(long id) {
		RepairApplication repair = this.repairs.application(id);
		this.applicants.requireMayRead(repair.subjectId(), repair.providerCode());
		if (repair.subjectIsPerson()) {
			this.audit.record(AuditEntry.read("remedy.repair.read", "repair", repair.reference()));
		}
		return repair;
	}

}
