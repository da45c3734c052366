package io.gongxin.ingest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;

import org.dhatim.fastexcel.Workbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.dhatim.fastexcel.Worksheet;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.ingest.BatchKind;
import io.gongxin.platform.ActingUser;
import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.FieldDefinition;
import io.gongxin.ingest.BatchReceipt;
import io.gongxin.ingest.Channel;
import io.gongxin.ingest.CreditRecord;
import io.gongxin.ingest.ProblemFilter;
import io.gongxin.ingest.RejectedRow;
import io.gongxin.ingest.RejectionReason;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.Outages;
import io.gongxin.platform.ProblemKind;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives submissions (spool, batch row) and hands them to the {@link BatchProcessor},
 * now or in the background.
 */
@Component
public class IntakeDesk {

	private static final Logger log = LoggerFactory.getLogger(IntakeDesk.class);

	private final BatchStore batches;

	private final RecordStore records;

	private final Spool spool;

	private final BatchProcessor processor;

	private final Providers providers;

	private final Catalogs catalogs;

	private final Executor executor;

	private final IntakeOutages outages;

	private final JdbcTemplate template;

	private final Clock clock;

	private final AuditLog audit;

	/**
	 * A received batch is on record at once, even if the caller's own transaction later
	 * fails.
	 */
	private final TransactionTemplate ownTransaction;

	IntakeDesk(BatchStore batches, RecordStore records, Spool spool, BatchProcessor processor, Providers providers,
			Catalogs catalogs, @Qualifier("ingestExecutor") Executor executor, JdbcTemplate template,
			PlatformTransactionManager transactions, Clock clock, IntakeOutages outages, AuditLog audit) {
		this.outages = outages;
		this.audit = audit;
		this.batches = batches;
		this.records = records;
		this.spool = spool;
		this.processor = processor;
		this.providers = providers;
		this.catalogs = catalogs;
		this.executor = executor;
		this.template = template;
		this.clock = clock;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Spools the file and puts the batch on record, with its audit entry in the same
	 * transaction: a batch is never on record without either, nor left unprocessed
	 * because its audit entry failed after it.
	 * @param what how the batch came, for the audit entry
	 */
	public UUID receiveFile(String providerCode, String categoryCode, String fileName, String extension,
			InputStream content, String what) {
		checkSubmission(providerCode, categoryCode);
		UUID id = UUID.randomUUID();
		Spool.Stored stored = this.spool.store(id, extension, content);
		if (stored.size() == 0) {
			throw new DomainException("GX-ING-002", ProblemKind.RULE_VIOLATION, "The file is empty.");
		}
		BatchStore.NewBatch batch = new BatchStore.NewBatch(id, providerCode, categoryCode, BatchKind.RECORDS,
				Channel.FILE, safeName(fileName), stored.sha256(), actor());
		recordOrDiscard(id, batch, what);
		return id;
	}

	/** Like {@link #receiveFile}, for rows sent through the API or the web form. */
	public UUID receiveRows(String providerCode, String categoryCode, BatchKind kind, Channel channel,
			List<Map<String, String>> rows, String what) {
		checkSubmission(providerCode, categoryCode);
		UUID id = UUID.randomUUID();
		Spool.Stored stored = this.spool.storeRows(id, rows);
		recordOrDiscard(id,
				new BatchStore.NewBatch(id, providerCode, categoryCode, kind, channel, null, stored.sha256(), actor()),
				what);
		return id;
	}

	/**
	 * A batch that could not be put on record (the database is away) leaves no file. A
	 * commit cut off by the outage may still have reached the server: such a row is
	 * failed once the database is back, as its caller is answered 503.
	 */
	private void recordOrDiscard(UUID id, BatchStore.NewBatch batch, String what) {
		try {
			this.ownTransaction.executeWithoutResult(status -> {
				this.batches.insert(batch);
				this.audit.record(AuditEntry.change("ingest.batch.submit", "batch", id.toString())
					.details(batch.providerCode() + " " + batch.categoryCode() + " " + what));
			});
		}
		catch (RuntimeException ex) {
			this.spool.discard(id);
			failIfOutage(id, ex);
			throw ex;
		}
	}

	private void failIfOutage(UUID id, RuntimeException ex) {
		if (Outages.of(ex).isPresent()) {
			this.outages.failWhenBack(id);
		}
	}

	public BatchReceipt process(UUID id) {
		return this.processor.process(id);
	}

	public BatchReceipt processLater(UUID id) {
		String actor = ActingUser.currentName();
		// the receipt first: a caller who cannot be given it is answered 503, and the
		// batch must then not be processed behind its back
		BatchReceipt receipt;
		try {
			receipt = receipt(id);
		}
		catch (RuntimeException ex) {
			failIfOutage(id, ex);
			throw ex;
		}
		this.executor.execute(() -> {
			try {
				SystemActor.runAs("ingest:" + actor, () -> this.processor.processPromised(id));
			}
			catch (RuntimeException ex) {
				// the processor ends every batch it can; what escapes it is a defect, and
				// the batch is resumed at the next start
				log.error("Batch {} was left unfinished and will be resumed at the next start", id, ex);
			}
		});
		return receipt;
	}

	/** Batches left unfinished by a crash or shutdown, in arrival order. */
	public List<UUID> unfinished() {
		return this.batches.unfinished();
	}

	public UUID revalidate(BatchReceipt original) {
		List<RejectedRow> rows = new ArrayList<>();
		long after = 0;
		List<RejectedRow> page;
		do {
			page = this.records.rejections(original.batchId(), after, 1000);
			rows.addAll(page);
			after = page.isEmpty() ? after : page.get(page.size() - 1).id();
		}
		while (page.size() == 1000);
		if (rows.isEmpty() || original.kind() == BatchKind.REVOCATIONS) {
			throw new DomainException("GX-ING-010", ProblemKind.RULE_VIOLATION,
					"Batch " + original.batchId() + " has no rejected record rows to validate again.");
		}
		UUID id = receiveRows(original.providerCode(), original.categoryCode(), BatchKind.RECORDS, Channel.API,
				rows.stream().map(RejectedRow::raw).toList(), "revalidation of " + original.batchId());
		process(id);
		// Row i of the new batch is rejected row i of the old one: mark the rows that now
		// passed as fixed.
		// One statement for the whole batch: row by row, each lookup by (batch, row
		// number)
		// read the new batch's records again, which made a 100,000-row revalidation
		// quadratic.
		Integer[] rowNumbers = new Integer[rows.size()];
		Long[] rejections = new Long[rows.size()];
		for (int i = 0; i < rows.size(); i++) {
			rowNumbers[i] = i + 1;
			rejections[i] = rows.get(i).id();
		}
		this.template.update("""
				UPDATE ingest_rejection j SET fixed_by_record = r.id
				FROM unnest(CAST(? AS int[]), CAST(? AS bigint[])) AS l (row_number, rejection_id)
				JOIN ingest_record r ON r.batch_id = ? AND r.row_number = l.row_number
				WHERE j.id = l.rejection_id
				""", rowNumbers, rejections, id);
		return id;
	}

	public BatchReceipt receipt(UUID id) {
		return this.batches.find(id)
			.orElseThrow(() -> new DomainException("GX-ING-011", ProblemKind.NOT_FOUND, "No batch " + id + "."));
	}

	public List<BatchReceipt> batches(String providerCode, Instant before, int limit) {
		return this.batches.ofProvider(providerCode, (before != null) ? before : this.clock.instant().plusSeconds(60),
				Math.max(1, Math.min(limit, 200)));
	}

	public List<RejectedRow> rejections(UUID batchId, long afterId, int limit) {
		return this.records.rejections(batchId, afterId, Math.max(1, Math.min(limit, 1000)));
	}

	public List<RejectedRow> openRejections(String providerCode, long afterId, int limit) {
		return this.records.openRejections(providerCode, afterId, Math.max(1, Math.min(limit, 1000)));
	}

	public List<RejectedRow> newestOpenRejections(ProblemFilter filter, long beforeId, int limit) {
		return this.records.newestOpenRejections(filter, this.clock.instant(), beforeId,
				Math.max(1, Math.min(limit, 500)));
	}

	/**
	 * Writes the workbook; returns the rows in it that hold a citizen id, for the audit
	 * log.
	 */
	public List<Long> exportRejections(BatchReceipt batch, OutputStream out) {
		List<Long> personal = new ArrayList<>();
		// the national layout's column order, headed by the Chinese titles the intake
		// reads
		// back, so that the corrected sheet can be filed again as it is
		List<FieldDefinition> layout = this.catalogs
			.findCategory(this.catalogs.versionInForceToday().id(), batch.categoryCode())
			.map(CategoryDefinition::fields)
			.orElse(List.of());
		List<String> columns = new ArrayList<>(layout.stream().map(FieldDefinition::code).toList());
		java.util.Map<String, String> titles = new java.util.HashMap<>();
		layout.forEach(field -> titles.put(field.code(), field.name()));
		try {
			Workbook workbook = new Workbook(out, "GongXin", "1.0");
			Worksheet sheet = workbook.newWorksheet("问题数据");
			long after = 0;
			int line = 1;
			List<RejectedRow> page;
			do {
				page = this.records.rejections(batch.batchId(), after, 1000);
				for (RejectedRow row : page) {
					if (PersonalRows.holdsCitizenId(row)) {
						personal.add(row.id());
					}
					row.raw().keySet().stream().filter(key -> !columns.contains(key)).forEach(columns::add);
					sheet.value(line, 0, row.rowNumber());
					for (int c = 0; c < columns.size(); c++) {
						String value = row.raw().get(columns.get(c));
						if (value != null) {
							// written as text, never as a formula, whatever it starts
							// with
							sheet.value(line, c + 2, value);
						}
					}
					sheet.value(line, 1,
							String.join("；", row.reasons().stream().map(reason -> describe(reason, titles)).toList()));
					line++;
				}
				after = page.isEmpty() ? after : page.get(page.size() - 1).id();
			}
			while (page.size() == 1000);
			sheet.value(0, 0, "原行号");
			sheet.value(0, 1, "问题原因");
			for (int c = 0; c < columns.size(); c++) {
				sheet.value(0, c + 2, titles.getOrDefault(columns.get(c), columns.get(c)));
			}
			workbook.finish();
			return personal;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A reason as a clerk reads it: the field's title, what is wrong, what was filed. */
	private static String describe(RejectionReason reason, java.util.Map<String, String> titles) {
		String title = (reason.field() != null) ? titles.getOrDefault(reason.field(), reason.field()) : null;
		String field = (title != null && !reason.message().startsWith(title)) ? title + "：" : "";
		String value = (reason.value() != null && !reason.message().contains(reason.value()))
				? "（填报值：" + reason.value() + "）" : "";
		return field + reason.message() + value;
	}

	private void checkSubmission(String providerCode, String categoryCode) {
		Provider provider = this.providers.find(providerCode)
			.orElseThrow(() -> new DomainException("GX-ING-001", ProblemKind.NOT_FOUND,
					"No provider " + providerCode + "."));
		if (!provider.active()) {
			throw new DomainException("GX-ING-012", ProblemKind.RULE_VIOLATION,
					"Provider " + providerCode + " is not active.");
		}
		if (this.catalogs.findCategory(this.catalogs.versionInForceToday().id(), categoryCode).isEmpty()) {
			throw new DomainException("GX-ING-007", ProblemKind.RULE_VIOLATION,
					"Category " + categoryCode + " is not in the catalog in force: nothing outside the catalog.");
		}
	}

	/** Who submits, as the receipt shows it: the clerk's name, or the API key's. */
	private static String actor() {
		return ActingUser.currentLabel();
	}

	private static String safeName(String fileName) {
		if (fileName == null) {
			return null;
		}
		String base = fileName.replace('\\', '/');
		base = base.substring(base.lastIndexOf('/') + 1);
		return (base.length() > 200) ? base.substring(0, 200) : base;
	}

	/** See {@link io.gongxin.ingest.Ingestion#recordUpstreamRejection}. */
	public boolean recordUpstreamRejection(CreditRecord record, String refusedBy, RejectionReason reason) {
		return this.records.insertUpstreamRejection(record, refusedBy, reason);
	}

}
