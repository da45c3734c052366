package io.gongxin.subject.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.subject.NameDiscrepancy;
import io.gongxin.subject.NewSubject;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectHit;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectStatus;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SubjectController {

	private final Subjects subjects;

	private final AuditLog audit;

	SubjectController(Subjects subjects, AuditLog audit) {
		this.subjects = subjects;
		this.audit = audit;
	}

	record SubjectForm(@NotNull SubjectType type, @NotBlank @Size(max = 200) String name,
			@NotNull SubjectKey.Kind keyKind, @NotBlank @Pattern(regexp = "[0-9A-Z]{9,18}") String keyValue,
			@Size(max = 100) String legalRepresentative, @Pattern(regexp = "\\d{6}") String divisionCode,
			@Size(max = 100) String registeringAuthority, LocalDate registeredOn) {

		NewSubject toNewSubject() {
			try {
				return new NewSubject(this.type, this.name, new SubjectKey(this.keyKind, this.keyValue),
						this.legalRepresentative, SubjectStatus.ACTIVE, this.divisionCode, this.registeringAuthority,
						this.registeredOn);
			}
			catch (IllegalArgumentException ex) {
				throw new DomainException("GX-SUB-006", ProblemKind.RULE_VIOLATION, ex.getMessage());
			}
		}

	}

	record Decision(boolean accept) {
	}

	/** Public search: organisations only, identifiers of persons never shown. */
	@GetMapping("/api/public/subjects")
	@PreAuthorize("permitAll()")
	List<SubjectHit> publicSearch(@RequestParam String q, @RequestParam(defaultValue = "20") int limit) {
		return this.subjects.search(q, Subjects.Audience.PUBLIC, limit);
	}

	@GetMapping("/api/subjects")
	@PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'ADMIN')")
	List<SubjectHit> search(@RequestParam String q, @RequestParam(defaultValue = "20") int limit) {
		List<SubjectHit> hits = this.subjects.search(q, Subjects.Audience.OFFICER, limit);
		hits.stream()
			.filter(hit -> hit.type().isPerson())
			.forEach(hit -> this.audit.record(AuditEntry.read("subject.search.person", "subject", hit.id().toString())
				.subject(hit.id().toString())));
		return hits;
	}

	@GetMapping("/api/subjects/{id}")
	@PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'ADMIN')")
	Subject get(@PathVariable long id) {
		Subject subject = this.subjects.get(subjectId(id));
		if (subject.type().isPerson()) {
			this.audit.record(AuditEntry.read("subject.read.person", "subject", subject.id().toString())
				.subject(subject.id().toString()));
		}
		return subject;
	}

	@PostMapping("/api/subjects")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	Subject register(@Valid @RequestBody SubjectForm form) {
		return this.subjects.get(this.subjects.register(form.toNewSubject(), "officer"));
	}

	@GetMapping("/api/subjects/name-discrepancies")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	List<NameDiscrepancy> discrepancies(@RequestParam(defaultValue = "0") long after,
			@RequestParam(defaultValue = "50") int limit) {
		return this.subjects.openDiscrepancies(after, limit);
	}

	@PostMapping("/api/subjects/name-discrepancies/{id}/decision")
	@PreAuthorize("hasAnyRole('OFFICER', 'ADMIN')")
	void decide(@PathVariable long id, @RequestBody Decision decision) {
		this.subjects.decideDiscrepancy(id, decision.accept());
	}

	private static SubjectId subjectId(long id) {
		if (id <= 0) {
			throw new DomainException("GX-SUB-001", ProblemKind.NOT_FOUND, "No subject " + id + ".");
		}
		return new SubjectId(id);
	}

}
