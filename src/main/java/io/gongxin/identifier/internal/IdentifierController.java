package io.gongxin.identifier.internal;

import java.io.BufferedInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;

import jakarta.servlet.http.HttpServletResponse;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.identifier.IdentifierCheck;
import io.gongxin.identifier.IdentifierReport;
import io.gongxin.identifier.HolderCategory;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.security.Actor;
import io.gongxin.security.CurrentActor;
import io.gongxin.security.Role;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Explains verdicts to anyone, and validates uploaded columns of codes for staff and
 * provider departments.
 */
@RestController
class IdentifierController {

	private final IdentifierCheck check;

	private final AuditLog audit;

	IdentifierController(IdentifierCheck check, AuditLog audit) {
		this.check = check;
		this.audit = audit;
	}

	/**
	 * The explained verdict. Citizen ids are personal data: the public sees them masked;
	 * credit office staff see them in full, and that read is audited.
	 */
	@GetMapping("/api/public/identifiers/{code}")
	@PreAuthorize("permitAll()")
	IdentifierReport explain(@PathVariable String code,
			@RequestParam(defaultValue = "UNSPECIFIED") HolderCategory subjectType) {
		return explainFor(code, subjectType);
	}

	/** The same for input that cannot travel in a path (slashes, percent signs …). */
	@GetMapping("/api/public/identifiers")
	@PreAuthorize("permitAll()")
	IdentifierReport explainParameter(@RequestParam(defaultValue = "") String code,
			@RequestParam(defaultValue = "UNSPECIFIED") HolderCategory subjectType) {
		return explainFor(code, subjectType);
	}

	private IdentifierReport explainFor(String code, HolderCategory subjectType) {
		IdentifierReport report = this.check.explain(code, subjectType);
		if (!report.personal()) {
			return report;
		}
		Actor actor = CurrentActor.get().orElse(null);
		if (actor == null || !(actor.is(Role.OFFICER) || actor.is(Role.REVIEWER) || actor.is(Role.ADMIN))) {
			return report.forPublic();
		}
		this.audit.record(AuditEntry.read("identifier.explain", "identifier", report.forPublic().input())
			.subject(report.forPublic().input()));
		return report;
	}

	/**
	 * Validates one column (counted from 1) of an uploaded CSV or XLSX file and streams a
	 * CSV result with one row per input row.
	 */
	@PostMapping(path = "/api/identifiers/validations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('OFFICER', 'PROVIDER', 'ADMIN')")
	void validate(@RequestParam("file") MultipartFile file, @RequestParam(defaultValue = "1") int column,
			@RequestParam(defaultValue = "true") boolean header,
			@RequestParam(defaultValue = "UNSPECIFIED") HolderCategory subjectType, HttpServletResponse response)
			throws IOException {
		if (file.isEmpty()) {
			throw new DomainException("GX-ID-007", ProblemKind.BAD_REQUEST, "The uploaded file is empty.");
		}
		if (column < 1 || column > 16_384) {
			throw new DomainException("GX-ID-007", ProblemKind.BAD_REQUEST, "The column counts from 1.");
		}
		BatchValidation batch = new BatchValidation(this.check);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader("Content-Disposition", "attachment; filename=\"identifier-validation.csv\"");
		BatchValidation.Summary summary;
		if (isZip(file)) {
			File temp = Files.createTempFile("gongxin-validation-", ".xlsx").toFile();
			try {
				file.transferTo(temp);
				summary = xlsx(batch, temp, column, header, subjectType, response);
			}
			finally {
				Files.deleteIfExists(temp.toPath());
			}
		}
		else {
			try (InputStream in = file.getInputStream()) {
				summary = batch.csv(in, column, header, subjectType, response.getOutputStream());
			}
		}
		this.audit.record(AuditEntry.read("identifier.batch-validate", "identifier_batch", file.getOriginalFilename())
			.details(summary.rows() + " rows " + summary.verdicts()));
	}

	private static BatchValidation.Summary xlsx(BatchValidation batch, File file, int column, boolean header,
			HolderCategory subjectType, HttpServletResponse response) throws IOException {
		try {
			return batch.xlsx(file, column, header, subjectType, response.getOutputStream());
		}
		catch (IOException | RuntimeException ex) {
			if (response.isCommitted()) {
				throw new UncheckedIOException(new IOException("XLSX reading failed mid-stream", ex));
			}
			response.reset();
			throw new DomainException("GX-ID-007", ProblemKind.BAD_REQUEST,
					"The file is not a readable XLSX workbook.");
		}
	}

	private static boolean isZip(MultipartFile file) throws IOException {
		try (InputStream in = new BufferedInputStream(file.getInputStream())) {
			byte[] magic = in.readNBytes(4);
			return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
		}
	}

}
