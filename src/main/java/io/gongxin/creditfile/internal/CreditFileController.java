package io.gongxin.creditfile.internal;

import java.util.Map;

import io.gongxin.creditfile.CreditFiles;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.subject.SubjectId;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class CreditFileController {

	private final OfficerFileService files;

	private final CreditFiles creditFiles;

	CreditFileController(OfficerFileService files, CreditFiles creditFiles) {
		this.files = files;
		this.creditFiles = creditFiles;
	}

	/** The full credit file, with hidden and ended items and their provenance. */
	@GetMapping("/api/credit-files/{subjectId}")
	@PreAuthorize("hasAnyRole('OFFICER', 'REVIEWER', 'ADMIN')")
	OfficerFileService.OfficerFile file(@PathVariable long subjectId) {
		return this.files.read(subjectId(subjectId));
	}

	@PostMapping("/api/admin/credit-files/rebuild")
	@PreAuthorize("hasRole('ADMIN')")
	Map<String, Long> rebuild() {
		return Map.of("items", this.creditFiles.rebuild());
	}

	@PostMapping("/api/admin/credit-files/end-due-publicity")
	@PreAuthorize("hasRole('ADMIN')")
	Map<String, Integer> endDue() {
		return Map.of("ended", this.creditFiles.endDuePublicity());
	}

	static SubjectId subjectId(long id) {
		if (id <= 0) {
			throw new DomainException("GX-CF-001", ProblemKind.NOT_FOUND, "No subject " + id + ".");
		}
		return new SubjectId(id);
	}

}
