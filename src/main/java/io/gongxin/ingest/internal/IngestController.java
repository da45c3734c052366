package io.gongxin.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import io.gongxin.platform.ActingUser;
import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.ingest.BatchReceipt;
import io.gongxin.ingest.Channel;
import io.gongxin.ingest.CreditRecord;
import io.gongxin.ingest.CreditRecords;
import io.gongxin.ingest.Ingestion;
import io.gongxin.ingest.RejectedRow;
import io.gongxin.ingest.Revocation;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.security.DepartmentScope;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Intake API. Provider clerks act for their own department only; credit office officers
 * may file on a department's behalf and see every batch.
 */
@RestController
@RequestMapping("/api/ingest")
class IngestController {

	private final Ingestion ingestion;

	private final CreditRecords records;

	private final DepartmentScope scope;

	private final AuditLog audit;

	IngestController(Ingestion ingestion, CreditRecords records, DepartmentScope scope, AuditLog audit) {
		this.audit = audit;
		this.ingestion = ingestion;
		this.records = records;
		this.scope = scope;
	}

	@PostMapping(path = "/providers/{provider}/categories/{category}/files",
			consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER')")
	ResponseEntity<BatchReceipt> submitFile(@PathVariable String provider, @PathVariable String category,
			@RequestPart("file") MultipartFile file, @RequestParam(defaultValue = "false") boolean async)
			throws IOException {
		this.scope.require(provider);
		try (InputStream content = file.getInputStream()) {
			BatchReceipt receipt = this.ingestion.submitFile(provider, category, file.getOriginalFilename(), content,
					async);
			return ResponseEntity.status(async ? HttpStatus.ACCEPTED : HttpStatus.CREATED).body(receipt);
		}
	}

	@PostMapping("/providers/{provider}/categories/{category}/records")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER')")
	ResponseEntity<BatchReceipt> submitRecords(@PathVariable String provider, @PathVariable String category,
			@RequestBody List<Map<String, String>> rows) {
		this.scope.require(provider);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.ingestion.submitRows(provider, category, rows, Channel.API));
	}

	@PostMapping("/providers/{provider}/categories/{category}/revocations")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER')")
	ResponseEntity<BatchReceipt> revoke(@PathVariable String provider, @PathVariable String category,
			@RequestBody List<Revocation> revocations) {
		this.scope.require(provider);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(this.ingestion.submitRevocations(provider, category, revocations));
	}

	@GetMapping("/batches")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	List<BatchReceipt> batches(@RequestParam(required = false) String provider,
			@RequestParam(required = false) Instant before, @RequestParam(defaultValue = "50") int limit) {
		return this.ingestion.batches(ownOr(provider), before, limit);
	}

	@GetMapping("/batches/{id}")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	BatchReceipt receipt(@PathVariable UUID id) {
		return visible(id);
	}

	@GetMapping("/batches/{id}/rejections")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	List<RejectedRow> rejections(@PathVariable UUID id, @RequestParam(defaultValue = "0") long after,
			@RequestParam(defaultValue = "200") int limit) {
		visible(id);
		return this.ingestion.rejections(id, after, limit);
	}

	@GetMapping("/batches/{id}/rejections.xlsx")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	void rejectionsWorkbook(@PathVariable UUID id, HttpServletResponse response) throws IOException {
		visible(id);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader("Content-Disposition", "attachment; filename=\"rejections-" + id + ".xlsx\"");
		this.ingestion.exportRejections(id, response.getOutputStream());
	}

	@PostMapping("/batches/{id}/revalidation")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER')")
	ResponseEntity<BatchReceipt> revalidate(@PathVariable UUID id) {
		visible(id);
		return ResponseEntity.status(HttpStatus.CREATED).body(this.ingestion.revalidate(id));
	}

	@GetMapping("/problem-data")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	List<RejectedRow> problemData(@RequestParam(required = false) String provider,
			@RequestParam(defaultValue = "0") long after, @RequestParam(defaultValue = "200") int limit) {
		return this.ingestion.openRejections(ownOr(provider), after, limit);
	}

	@GetMapping("/records")
	@PreAuthorize("hasAnyRole('PROVIDER', 'OFFICER', 'REVIEWER', 'ADMIN')")
	List<CreditRecord> records(@RequestParam(required = false) String provider,
			@RequestParam(required = false) String category, @RequestParam(defaultValue = "0") long after,
			@RequestParam(defaultValue = "100") int limit) {
		List<CreditRecord> page = this.records.page(ownOr(provider), category, after, limit);
		page.stream()
			.filter(record -> record.subjectType().isPerson())
			.forEach(record -> this.audit
				.record(AuditEntry.read("ingest.record.read.person", "record", Long.toString(record.id()))
					.subject(record.subjectId().toString())));
		return page;
	}

	/** Provider clerks always see their own department, whatever they ask for. */
	private String ownOr(String provider) {
		ActingUser actor = ActingUser.current().orElse(null);
		if (actor != null && actor.departmentCode() != null) {
			if (provider != null && !provider.equalsIgnoreCase(actor.departmentCode())) {
				this.scope.require(provider);
			}
			return actor.departmentCode();
		}
		return provider;
	}

	private BatchReceipt visible(UUID id) {
		BatchReceipt receipt = this.ingestion.receipt(id);
		if (!this.scope.allows(receipt.providerCode())) {
			// not 403: a clerk must not learn that another department's batch exists
			throw new DomainException("GX-ING-011", ProblemKind.NOT_FOUND, "No batch " + id + ".");
		}
		return receipt;
	}

}
