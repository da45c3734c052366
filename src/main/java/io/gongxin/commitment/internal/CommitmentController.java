package io.gongxin.commitment.internal;

import java.time.LocalDate;
import java.util.List;

import io.gongxin.commitment.Commitment;
import io.gongxin.commitment.CommitmentFigures;
import io.gongxin.commitment.CommitmentState;
import io.gongxin.commitment.CommitmentTemplates;
import io.gongxin.commitment.Commitments;
import io.gongxin.commitment.PublicCommitment;
import io.gongxin.commitment.SigningChannel;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.subject.SubjectKey;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Commitments over the API: the enterprise signs its own; a department registers those it
 * took at its counter, lists and verifies its own; the credit office sees all; the public
 * reads the 信用承诺 column.
 */
@RestController
class CommitmentController {

	private final Commitments commitments;

	private final CommitmentTemplates templates;

	private final Callers callers;

	CommitmentController(Commitments commitments, CommitmentTemplates templates, Callers callers) {
		this.commitments = commitments;
		this.templates = templates;
		this.callers = callers;
	}

	record Signature(String templateCode, String matter, boolean agreed) {
	}

	/** A commitment a department took: the subject by credit code or citizen id. */
	record Registration(String templateCode, String uscc, String citizenId, String matter, LocalDate signedOn,
			boolean agreed) {
	}

	record FindingRequest(CommitmentState state, LocalDate foundOn, String evidence, String explanation) {
	}

	@PostMapping("/api/my/commitments")
	@PreAuthorize("hasRole('ENTERPRISE')")
	@ResponseStatus(HttpStatus.CREATED)
	Commitment sign(@RequestBody Signature signature) {
		return this.commitments.sign(signature.templateCode(), this.callers.ownOrganisation(), signature.matter(),
				signature.agreed(), SigningChannel.PORTAL, null);
	}

	@GetMapping("/api/my/commitments")
	@PreAuthorize("hasRole('ENTERPRISE')")
	List<Commitment> mine() {
		return this.commitments.ofSubject(this.callers.ownOrganisation());
	}

	@PostMapping("/api/commitments")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER')")
	@ResponseStatus(HttpStatus.CREATED)
	Commitment register(@RequestBody Registration registration) {
		this.callers.requireDepartment(this.templates.signable(registration.templateCode()).departmentCode());
		SubjectKey key;
		if (registration.uscc() != null && !registration.uscc().isBlank()) {
			key = SubjectKey.uscc(registration.uscc().strip());
		}
		else if (registration.citizenId() != null && !registration.citizenId().isBlank()) {
			key = SubjectKey.citizenId(registration.citizenId().strip());
		}
		else {
			throw new DomainException("GX-CMT-012", ProblemKind.BAD_REQUEST,
					"Name the subject by its credit code (uscc) or citizen id.");
		}
		return this.callers.listed("commitment.register",
				List.of(this.commitments.sign(registration.templateCode(), this.commitments.subject(key).id(),
						registration.matter(), registration.agreed(), SigningChannel.DEPARTMENT,
						registration.signedOn())))
			.get(0);
	}

	@GetMapping("/api/commitments")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	List<Commitment> list(@RequestParam(required = false) String department,
			@RequestParam(defaultValue = "false") boolean pending, @RequestParam(required = false) Long before,
			@RequestParam(defaultValue = "50") int limit) {
		return this.callers.listed("commitment.list",
				this.commitments.ofDepartment(this.callers.department(department), pending, before, limit));
	}

	@GetMapping("/api/commitments/overdue")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	List<Commitment> overdue(@RequestParam(required = false) String department,
			@RequestParam(defaultValue = "100") int limit) {
		return this.callers.listed("commitment.overdue",
				this.commitments.overdue(this.callers.department(department), limit));
	}

	@GetMapping("/api/commitments/statistics")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	List<CommitmentFigures> statistics(@RequestParam(required = false) String department) {
		return this.commitments.figures(this.callers.department(department));
	}

	@GetMapping("/api/commitments/{number}")
	@PreAuthorize("hasAnyRole('ENTERPRISE', 'PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	Commitment one(@PathVariable String number) {
		return this.callers.mayRead(this.commitments.find(number));
	}

	@PostMapping("/api/commitments/{number}/finding")
	@PreAuthorize("hasRole('PROVIDER')")
	Commitment finding(@PathVariable String number, @RequestBody FindingRequest finding) {
		Commitment commitment = this.commitments.find(number);
		this.callers.requireDepartment(commitment.departmentCode());
		return this.commitments.recordFinding(number, finding.state(), finding.foundOn(), finding.evidence(),
				finding.explanation());
	}

	@GetMapping("/api/public/commitments")
	@PreAuthorize("permitAll()")
	List<PublicCommitment> column(@RequestParam(required = false) String q, @RequestParam(required = false) Long before,
			@RequestParam(defaultValue = "20") int limit) {
		return this.commitments.publicColumn(q, before, limit).stream().map(PublicCommitment::of).toList();
	}

}
