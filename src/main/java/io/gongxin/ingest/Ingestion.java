package io.gongxin.ingest;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.ingest.internal.IntakeDesk;
import io.gongxin.ingest.internal.PersonalRows;
import io.gongxin.ingest.internal.ProblemFigures;
import io.gongxin.ingest.internal.ProblemData;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intake desk for providers' submissions. Every submission becomes a batch with a
 * receipt; its original is kept; the same path serves files, the API and the demo data.
 * Callers enforce department scope.
 */
@Service
public class Ingestion {

	/** The most rows one API call may carry; larger submissions go as files. */
	public static final int MAX_API_ROWS = 10_000;

	private final IntakeDesk desk;

	private final AuditLog audit;

	private final ProblemData problems;

	private final ProblemFigures figures;

	Ingestion(IntakeDesk desk, AuditLog audit, ProblemData problems, ProblemFigures figures) {
		this.figures = figures;
		this.desk = desk;
		this.audit = audit;
		this.problems = problems;
	}

	/**
	 * Submits a CSV (UTF-8 or GBK) or XLSX file in the national layout. With
	 * {@code async} the receipt comes back at once with status RECEIVED and is completed
	 * in the background.
	 */
	public BatchReceipt submitFile(String providerCode, String categoryCode, String fileName, InputStream content,
			boolean async) {
		String extension = extension(fileName);
		UUID id = this.desk.receiveFile(providerCode, categoryCode, fileName, extension, content, fileName);
		return async ? this.desk.processLater(id) : this.desk.process(id);
	}

	public BatchReceipt submitRows(String providerCode, String categoryCode, List<Map<String, String>> rows,
			Channel channel) {
		if (rows.isEmpty() || rows.size() > MAX_API_ROWS) {
			throw new DomainException("GX-ING-009", ProblemKind.BAD_REQUEST,
					"A batch sent through the API has 1 to " + MAX_API_ROWS + " rows.");
		}
		UUID id = this.desk.receiveRows(providerCode, categoryCode, BatchKind.RECORDS, channel, rows, channel.name());
		return this.desk.process(id);
	}

	public BatchReceipt submitRevocations(String providerCode, String categoryCode, List<Revocation> revocations) {
		if (revocations.isEmpty() || revocations.size() > MAX_API_ROWS) {
			throw new DomainException("GX-ING-009", ProblemKind.BAD_REQUEST,
					"A revocation batch has 1 to " + MAX_API_ROWS + " rows.");
		}
		// List.of(...) refuses contains(null) with an exception, so look at each entry
		if (revocations.stream().anyMatch(Objects::isNull)) {
			throw new DomainException("GX-REQ-001", ProblemKind.BAD_REQUEST,
					"A revocation batch cannot contain an empty (null) entry.");
		}
		List<Map<String, String>> rows = new ArrayList<>();
		for (Revocation revocation : revocations) {
			Map<String, String> row = new LinkedHashMap<>();
			row.put("documentNumber", revocation.documentNumber());
			row.put("reason", revocation.reason());
			rows.add(row);
		}
		UUID id = this.desk.receiveRows(providerCode, categoryCode, BatchKind.REVOCATIONS, Channel.API, rows,
				"revocations");
		return this.desk.process(id);
	}

	/**
	 * A platform the record was reported to (the provincial platform, 信用中国) refused it:
	 * the refusal becomes problem data of the providing department, once per record and
	 * refusing platform, and closes when the department files a new version of the
	 * decision or revokes it. Returns whether the refusal is new.
	 * @param refusedBy the refusing platform's name, e.g. 省公共信用信息平台
	 * @param field the field the refusal names, if any
	 * @param reason the refusal in the target's words
	 */
	@Transactional
	public boolean recordUpstreamRejection(CreditRecord record, String refusedBy, String field, String reason) {
		String message = refusedBy + "退回：" + ((reason == null || reason.isBlank()) ? "未说明原因" : reason.strip());
		boolean added = this.desk.recordUpstreamRejection(record, refusedBy,
				new RejectionReason(field, UPSTREAM_REJECTED, message, null));
		if (added) {
			this.audit
				.record(AuditEntry.change("ingest.upstream-rejection", "credit-record", Long.toString(record.id()))
					.details(message));
		}
		return added;
	}

	/** The rule of problem data refused by a platform the record was reported to. */
	public static final String UPSTREAM_REJECTED = "UPSTREAM_REJECTED";

	/**
	 * Validates the rejected rows of a batch again (after a catalog fix) as a new batch.
	 */
	public BatchReceipt revalidate(UUID batchId) {
		BatchReceipt original = receipt(batchId);
		UUID id = this.desk.revalidate(original);
		return this.desk.receipt(id);
	}

	public BatchReceipt receipt(UUID batchId) {
		return this.desk.receipt(batchId);
	}

	public List<BatchReceipt> batches(String providerCode, Instant before, int limit) {
		return this.desk.batches(providerCode, before, limit);
	}

	/** Rejected rows as submitted; a read of rows holding citizen ids is audited. */
	public List<RejectedRow> rejections(UUID batchId, long afterId, int limit) {
		return audited("batch rejections", "batch", batchId.toString(), this.desk.rejections(batchId, afterId, limit));
	}

	/**
	 * Why a batch the platform filed itself was not wholly accepted, as one line for a
	 * problem document ("[field] message；…" of its first rejected rows, or the batch's
	 * error); {@code null} when it was.
	 */
	public String refusal(BatchReceipt receipt) {
		if (receipt.rejected() == 0 && receipt.errorCode() == null) {
			return null;
		}
		String reasons = rejections(receipt.batchId(), 0, 20).stream()
			.map(RejectedRow::reasons)
			.flatMap(List::stream)
			.map(reason -> ((reason.field() != null) ? "[" + reason.field() + "] " : "") + reason.message())
			.collect(java.util.stream.Collectors.joining("；"));
		return reasons.isEmpty() ? String.valueOf(receipt.error()) : reasons;
	}

	/** Open problem rows oldest first; a read of rows holding citizen ids is audited. */
	public List<RejectedRow> openRejections(String providerCode, long afterId, int limit) {
		return audited("open problem data", "provider", String.valueOf(providerCode),
				this.desk.openRejections(providerCode, afterId, limit));
	}

	/**
	 * How many problem rows of the department (all departments for {@code null}) are
	 * open.
	 */
	public long openRejectionCount(String providerCode) {
		return this.figures.open(providerCode);
	}

	/** How many problem rows of the given batches are still open. */
	public long openRejectionsIn(java.util.Collection<UUID> batchIds) {
		return this.figures.openIn(batchIds);
	}

	/**
	 * Why open problem rows were refused, without the rows or their values: for figures
	 * and bulletins, so not a read of personal data.
	 */
	public List<RejectionFinding> openRejectionFindings(String providerCode, long afterId, int limit) {
		return this.figures.openFindings(providerCode, afterId, limit);
	}

	/**
	 * Open problem data grouped by rule and field, biggest first, with examples and what
	 * to do; one department's, or every department's for {@code null}.
	 */
	public List<ProblemGroup> problemGroups(String providerCode) {
		return problemGroups(ProblemFilter.of(providerCode));
	}

	/**
	 * Open problem data a filter selects (department, batch, rule, field, age), grouped
	 * by rule and field, biggest first.
	 */
	public List<ProblemGroup> problemGroups(ProblemFilter filter) {
		String providerCode = filter.provider();
		List<ProblemGroup> groups = this.problems.groups(filter);
		List<Long> personal = groups.stream()
			.flatMap(group -> group.examples().stream())
			.filter(example -> io.gongxin.identifier.CitizenId.looksLike(example.value()))
			.map(ProblemGroup.Example::rejectionId)
			.toList();
		PersonalRows.readOfIds("problem data summary", "provider", String.valueOf(providerCode), personal)
			.ifPresent(this.audit::record);
		return groups;
	}

	/** Open problem rows newest first, before {@code beforeId} (keyset). */
	public List<RejectedRow> newestOpenRejections(String providerCode, long beforeId, int limit) {
		return newestOpenRejections(ProblemFilter.of(providerCode), beforeId, limit);
	}

	/**
	 * Open problem rows a filter selects, newest first, before {@code beforeId} (keyset).
	 */
	public List<RejectedRow> newestOpenRejections(ProblemFilter filter, long beforeId, int limit) {
		return audited("newest problem data", "provider", String.valueOf(filter.provider()),
				this.desk.newestOpenRejections(filter, beforeId, limit));
	}

	/**
	 * The rejected rows of a batch as XLSX: the original columns plus the reasons, ready
	 * to fix and resubmit.
	 */
	public void exportRejections(UUID batchId, OutputStream out) {
		List<Long> personal = this.desk.exportRejections(receipt(batchId), out);
		PersonalRows.readOfIds("rejections workbook", "batch", batchId.toString(), personal)
			.ifPresent(this.audit::record);
	}

	private List<RejectedRow> audited(String view, String targetType, String targetId, List<RejectedRow> rows) {
		PersonalRows.readOf(view, targetType, targetId, rows).ifPresent(this.audit::record);
		return rows;
	}

	private static String extension(String fileName) {
		String name = (fileName == null) ? "" : fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv") || name.endsWith(".txt")) {
			return "csv";
		}
		if (name.endsWith(".xlsx")) {
			return "xlsx";
		}
		if (name.endsWith(".xls")) {
			throw new DomainException("GX-ING-006", ProblemKind.RULE_VIOLATION,
					"Old .xls workbooks are not accepted; save the file as .xlsx or CSV.");
		}
		throw new DomainException("GX-ING-006", ProblemKind.RULE_VIOLATION,
				"Only CSV (UTF-8 or GBK) and XLSX files are accepted.");
	}

}
