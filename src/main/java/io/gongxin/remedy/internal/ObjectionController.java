package io.gongxin.remedy.internal;

import java.util.List;
import java.util.Map;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.remedy.CaseStep;
import io.gongxin.remedy.Evidence;
import io.gongxin.remedy.Objection;
import io.gongxin.remedy.ObjectionOutcome;
import io.gongxin.remedy.ObjectionState;
import io.gongxin.remedy.Objections;

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
 * Objections as JSON: enterprises file for their own records and officers at the counter
 * for anyone; the credit office accepts, checks and refers; the department answers the 协查
 * for its own records.
 */
@RestController
class ObjectionController {

	static final String OFFICE = "hasAnyRole('OFFICER', 'REVIEWER', 'ADMIN')";

	private final Objections objections;

	private final Applicants applicants;

	private final AuditLog audit;

	private final CaseLetters letters;

	private final PersonalReads reads;

	ObjectionController(Objections objections, Applicants applicants, AuditLog audit, CaseLetters letters,
			PersonalReads reads) {
		this.reads = reads;
		this.letters = letters;
		this.objections = objections;
		this.applicants = applicants;
		this.audit = audit;
	}

	/**
	 * An objection as filed. {@code applicantName} is the organisation's own for
	 * enterprises.
	 */
	record Filing(long recordId, String applicantName, String contact, String reasons, List<Evidence> evidence,
			boolean commitmentSigned) {
	}

	/** A step; {@code version} is the one the caller saw (optional). */
	record Step(Integer version, String text) {
	}

	/** The department's answer to a 协查. */
	record Answer(Integer version, ObjectionOutcome outcome, String explanation, Map<String, String> corrected) {
	}

	@PostMapping("/api/objections")
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'OFFICER')")
	@ResponseStatus(HttpStatus.CREATED)
	Objection file(@RequestBody Filing filing) {
		return this.objections.file(filing.recordId(),
				this.applicants.forRecord(filing.recordId(), filing.applicantName(), filing.contact()),
				filing.reasons(), filing.evidence(), filing.commitmentSigned());
	}

	@GetMapping("/api/objections")
	@PreAuthorize(OFFICE)
	List<Objection> inState(@RequestParam(defaultValue = "FILED") ObjectionState state,
			@RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "50") int limit) {
		List<Objection> found = this.objections.inState(state, null, after, limit);
		this.reads.listed("objection-list",
				found.stream().filter(Objection::subjectIsPerson).map(Objection::reference).toList());
		return found;
	}

	@GetMapping("/api/my/objections")
	@PreAuthorize("hasRole('ENTERPRISE')")
	List<Objection> mine() {
		return this.objections.ofSubject(this.applicants.ownOrganisation());
	}

	@GetMapping("/api/objections/{id}")
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	Objection one(@PathVariable long id) {
		return readable(id);
	}

	/** The written reply of a finished objection, for the applicant to keep. */
	@GetMapping(path = "/api/objections/{id}/reply.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	ResponseEntity<byte[]> reply(@PathVariable long id) {
		Objection objection = readable(id);
		return PdfAttachment.of("异议处理答复书-" + objection.reference() + ".pdf", this.letters.objectionReply(objection));
	}

	@GetMapping("/api/objections/{id}/history")
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	List<CaseStep> history(@PathVariable long id) {
		readable(id);
		return this.objections.history(id);
	}

	@PostMapping("/api/objections/{id}/accept")
	@PreAuthorize("hasRole('OFFICER')")
	Objection accept(@PathVariable long id, @RequestBody Step step) {
		return this.objections.accept(id, step.version(), step.text());
	}

	@PostMapping("/api/objections/{id}/refuse")
	@PreAuthorize("hasRole('OFFICER')")
	Objection refuse(@PathVariable long id, @RequestBody Step step) {
		return this.objections.refuse(id, step.version(), step.text());
	}

	@PostMapping("/api/objections/{id}/refer")
	@PreAuthorize("hasRole('OFFICER')")
	Objection refer(@PathVariable long id, @RequestBody Step step) {
		return this.objections.refer(id, step.version(), step.text());
	}

	@PostMapping("/api/objections/{id}/platform-correction")
	@PreAuthorize("hasRole('OFFICER')")
	Objection correctAtPlatform(@PathVariable long id, @RequestBody Step step) {
		return this.objections.correctAtPlatform(id, step.version(), step.text());
	}

	@PostMapping("/api/objections/{id}/answer")
	@PreAuthorize("hasRole('PROVIDER')")
	Objection answer(@PathVariable long id, @RequestBody Answer answer) {
		Objection objection = this.objections.objection(id);
		this.applicants.requireMayRead(objection.subjectId(), objection.providerCode());
		if (answer.outcome() == null) {
			throw new IllegalArgumentException("an answer names its outcome");
		}
		return this.objections.answer(id, answer.version(), answer.outcome(), answer.explanation(), answer.corrected());
	}

	private Objection readable(long id) {
		Objection objection = this.objections.objection(id);
		this.applicants.requireMayRead(objection.subjectId(), objection.providerCode());
		if (objection.subjectIsPerson()) {
			this.audit.record(AuditEntry.read("remedy.objection.read", "objection", objection.reference()));
		}
		return objection;
	}

}
