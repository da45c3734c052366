package io.gongxin.ingest.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.gongxin.ingest.BatchKind;
import io.gongxin.ingest.CreditRecord;
import io.gongxin.calendar.WorkingDays;
import io.gongxin.catalog.CatalogRules;
import io.gongxin.catalog.CatalogVersionId;
import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.FieldDefinition;
import io.gongxin.catalog.RecordFacts;
import io.gongxin.catalog.RecordReader;
import io.gongxin.identifier.IdentifierCheck;
import io.gongxin.ingest.BatchCompleted;
import io.gongxin.ingest.BatchReceipt;
import io.gongxin.ingest.RecordsAccepted;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.Outages;
import io.gongxin.provider.Providers;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one batch through the pipeline: read, validate, link subjects, store, emit
 * {@link RecordsAccepted}. The whole batch is one transaction, so a crash leaves nothing
 * of it behind; its spooled file stays, and the batch is claimed again on restart.
 * Progress is written beside it in short transactions for the officer's screen.
 */
@Component
public class BatchProcessor {

	private static final Logger log = LoggerFactory.getLogger(BatchProcessor.class);

	static final int CHUNK = 5_000;

	static final int PROGRESS_STEP = 10_000;

	static final int MAX_ATTEMPTS = 3;

	static final java.time.Duration RETRY_PAUSE = java.time.Duration.ofMillis(200);

	/** A caller waiting for its answer waits this long for the database to come back. */
	static final Duration OUTAGE_PATIENCE_NOW = Duration.ofSeconds(15);

	/** A promised batch waits for the database as long as it takes. */
	static final Duration OUTAGE_PATIENCE_PROMISED = Duration.ofDays(365);

	/** Row warnings listed one by one in a receipt; the rest are counted. */
	static final int LISTED_ROW_WARNINGS = 200;

	private final BatchStore batches;

	private final RecordStore records;

	private final Spool spool;

	private final Catalogs catalogs;

	private final CatalogRules rules;

	private final RecordReader reader;

	private final IdentifierCheck identifiers;

	private final WorkingDays workingDays;

	private final Subjects subjects;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate batchTransaction;

	private final TransactionTemplate sideTransaction;

	private final Clock clock;

	private final JdbcClient jdbc;

	private final Providers providers;

	private final IntakeLocks locks;

	private final IntakeOutages outages;

	BatchProcessor(BatchStore batches, RecordStore records, Spool spool, Catalogs catalogs, CatalogRules rules,
			RecordReader reader, IdentifierCheck identifiers, WorkingDays workingDays, Subjects subjects,
			ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock, JdbcClient jdbc,
			Providers providers, IntakeLocks locks, IntakeOutages outages) {
		this.locks = locks;
		this.outages = outages;
		this.jdbc = jdbc;
		this.providers = providers;
		this.batches = batches;
		this.records = records;
		this.spool = spool;
		this.catalogs = catalogs;
		this.rules = rules;
		this.reader = reader;
		this.identifiers = identifiers;
		this.workingDays = workingDays;
		this.subjects = subjects;
		this.events = events;
		// A batch commits on its own, whatever the caller's transaction: all of it or
		// nothing of it.
		this.batchTransaction = new TransactionTemplate(transactions);
		this.batchTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.sideTransaction = new TransactionTemplate(transactions);
		this.sideTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Processes a received batch; returns its receipt. Safe to call again for a batch
	 * already done. The receipt returned is final: completed, or failed with its reason;
	 * a batch is never left for a later start after its caller was given an answer.
	 */
	public BatchReceipt process(UUID batchId) {
		return process(batchId, OUTAGE_PATIENCE_NOW);
	}

	/**
	 * Processes a batch whose receipt already told the caller it would be (asynchronous
	 * intake, recovery): a database outage is waited out, however long, since the batch
	 * must end as its receipt said.
	 */
	public BatchReceipt processPromised(UUID batchId) {
		return process(batchId, OUTAGE_PATIENCE_PROMISED);
	}

	/**
	 * @param patience how long a database outage is waited out before the caller is
	 * answered 503; a batch whose caller got that answer is failed once the database is
	 * back, never applied after it
	 */
	private BatchReceipt process(UUID batchId, Duration patience) {
		BatchReceipt batch = outlasting(batchId, patience, false, () -> this.batches.find(batchId).orElseThrow());
		ReentrantLock lock = this.locks.of(batch.providerCode(), batch.categoryCode());
		lock.lock();
		try {
			while (outlasting(batchId, patience, true, () -> attempt(batch))) {
				pauseBeforeRetry();
			}
			return outlasting(batchId, patience, false, () -> this.batches.find(batchId).orElseThrow());
		}
		finally {
			lock.unlock();
		}
	}

	/**
	 * Runs a step of a batch through database outages: waits for the database for as long
	 * as the patience allows and runs the step again; past it, the batch is left to be
	 * failed once the database is back and the outage goes to the caller (503).
	 * @param attempt whether the step is a processing attempt, which an outage cut short
	 * and which is taken back before the next one
	 */
	private <T> T outlasting(UUID batchId, Duration patience, boolean attempt, Supplier<T> step) {
		boolean cutShort = false;
		while (true) {
			try {
				if (cutShort) {
					this.sideTransaction.executeWithoutResult(status -> this.batches.forgiveAttempt(batchId));
					cutShort = false;
				}
				return step.get();
			}
			catch (RuntimeException ex) {
				if (Outages.of(ex).isEmpty()) {
					throw ex;
				}
				cutShort |= attempt;
				log.warn("Batch {} waits for the database: {}", batchId, ex.toString());
				if (!this.outages.awaitDatabase(patience)) {
					this.outages.failWhenBack(batchId);
					throw ex;
				}
			}
		}
	}

	/** One attempt; true when another one should follow. */
	private boolean attempt(BatchReceipt batch) {
		UUID batchId = batch.batchId();
		if (!this.sideTransaction.execute(status -> this.batches.claim(batchId, MAX_ATTEMPTS))) {
			// done, or every attempt was cut short by a crash of the platform
			this.sideTransaction.executeWithoutResult(status -> {
				if (this.batches.exhausted(batchId, MAX_ATTEMPTS)) {
					log.error("Batch {} was interrupted {} times and is quarantined", batchId, MAX_ATTEMPTS);
					this.batches.fail(batchId, FaultPolicy.QUARANTINED,
							FaultPolicy.interruptedTooOften(MAX_ATTEMPTS).reason());
				}
			});
			return false;
		}
		try {
			this.batchTransaction.executeWithoutResult(status -> {
				this.locks.holdInTransaction(batch.providerCode(), batch.categoryCode());
				run(batch);
			});
			return false;
		}
		catch (DomainException ex) {
			this.sideTransaction.executeWithoutResult(status -> this.batches.fail(batchId, ex.code(), ex.getMessage()));
			return false;
		}
		catch (RuntimeException ex) {
			if (Outages.of(ex).isPresent()) {
				// the database went away: not a fault of the batch, and nothing to record
				// it in
				throw ex;
			}
			FaultPolicy.Fault fault = FaultPolicy.Fault.of(ex);
			log.error("Batch {} interrupted by fault {}", batchId, fault.reference(), ex);
			return Boolean.TRUE.equals(this.sideTransaction.execute(status -> {
				BatchStore.Attempts attempts = this.batches.attempts(batchId);
				FaultPolicy.Decision decision = FaultPolicy.decide(attempts.lastFault(), fault, attempts.made(),
						MAX_ATTEMPTS);
				if (decision instanceof FaultPolicy.Quarantine) {
					log.error("Batch {} quarantined: {}", batchId, decision.reason());
					this.batches.fail(batchId, FaultPolicy.QUARANTINED, decision.reason());
					return false;
				}
				this.batches.release(batchId, decision.reason(), fault.signature());
				return true;
			}));
		}
	}

	private static void pauseBeforeRetry() {
		try {
			Thread.sleep(RETRY_PAUSE.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void run(BatchReceipt batch) {
		Path file = this.spool.file(batch.batchId());
		if (batch.kind() == BatchKind.REVOCATIONS) {
			new RevocationRun(batch, this.records, this.batches, this.spool, this.events, this.clock).run();
			return;
		}
		try (RowSource source = this.spool.open(batch.batchId(), file)) {
			new Run(batch, source).execute();
		}
		catch (IOException ex) {
			throw new IntakeException("GX-ING-005", "The file could not be read: " + ex.getMessage());
		}
	}

	/** One pass over one batch. */
	private final class Run {

		private final BatchReceipt batch;

		private final RowSource source;

		private final LocalDate today;

		private final Instant reportedAt;

		private final Map<LocalDate, CatalogVersionId> versionByDay = new HashMap<>();

		private final List<String> warnings = new ArrayList<>();

		private final Map<String, Integer> ruleCounts = new HashMap<>();

		private int submitted;

		private int rejectedCount;

		private int created;

		private int unchanged;

		private int superseding;

		private int late;

		Run(BatchReceipt batch, RowSource source) {
			this.batch = batch;
			this.source = source;
			this.reportedAt = Instant.now(BatchProcessor.this.clock);
			this.today = LocalDate.now(BatchProcessor.this.clock);
		}

		void execute() throws IOException {
			// Every query of the intake is an index look-up. The table statistics cannot
			// know about the rows this
			// transaction has inserted so far, and would make the planner scan ever
			// larger tables row by row.
			BatchProcessor.this.jdbc.sql("SET LOCAL enable_seqscan = off").update();
			CatalogVersionId current = versionOn(this.today);
			if (BatchProcessor.this.catalogs.findCategory(current, this.batch.categoryCode()).isEmpty()) {
				throw new IntakeException("GX-ING-007",
						"Category " + this.batch.categoryCode() + " is not in the catalog in force.");
			}
			String[] codes = resolveHeaders(current);
			JurisdictionPolicy jurisdiction = new JurisdictionPolicy(
					BatchProcessor.this.providers.jurisdiction(this.batch.providerCode()),
					BatchProcessor.this.providers.get(this.batch.providerCode()).name());
			RowValidator validator = new RowValidator(BatchProcessor.this.rules, BatchProcessor.this.identifiers,
					BatchProcessor.this.workingDays, new RowValidator.VersionLookup() {
						@Override
						public CatalogVersionId versionOn(LocalDate day) {
							return Run.this.versionOn(day);
						}

						@Override
						public RecordFacts read(CatalogVersionId version, Map<String, String> values) {
							return BatchProcessor.this.reader.read(version, Run.this.batch.categoryCode(), values)
								.orElseThrow(() -> new IntakeException("GX-ING-007",
										"Category " + Run.this.batch.categoryCode() + " is not in catalog version "
												+ version + "."));
						}
					}, this.batch.categoryCode(), this.today, jurisdiction);
			// Reading and validating run on their own thread, one chunk ahead of the
			// writes: the server stores one chunk while the next is validated.
			try (ValidationPipeline pipeline = ValidationPipeline.start("intake-" + this.batch.batchId(), CHUNK,
					this.source, codes, validator::validate)) {
				ValidationPipeline.Chunk chunk;
				int reported = 0;
				while ((chunk = pipeline.next()) != null) {
					this.submitted += chunk.size();
					store(chunk);
					if (this.submitted - reported >= PROGRESS_STEP) {
						reported = this.submitted;
						int processed = this.submitted;
						BatchProcessor.this.sideTransaction.executeWithoutResult(
								status -> BatchProcessor.this.batches.progress(this.batch.batchId(), processed));
					}
				}
			}
			reportOutsideJurisdiction(jurisdiction.warnings());
			int accepted = this.submitted - this.rejectedCount;
			BatchProcessor.this.batches.complete(this.batch.batchId(), this.source.format(), this.source.encoding(),
					new BatchStore.Counts(this.submitted, accepted, this.rejectedCount, this.created, this.unchanged,
							this.superseding, 0, this.late),
					this.warnings);
			BatchProcessor.this.events.publishEvent(new RecordsAccepted(this.batch.batchId(), this.batch.providerCode(),
					this.batch.categoryCode(), this.created, this.superseding, 0));
			BatchProcessor.this.events.publishEvent(new BatchCompleted(this.batch.batchId(), this.batch.providerCode(),
					this.batch.categoryCode(), this.batch.kind(), this.batch.channel(), this.submitted, accepted,
					this.rejectedCount, this.created, this.unchanged, this.superseding, 0, this.late,
					Map.copyOf(this.ruleCounts), this.batch.submittedAt(), Instant.now(BatchProcessor.this.clock)));
		}

		/**
		 * Rows accepted although their authority or source is not the provider's: the
		 * receipt counts them and lists the first ones, so the provider sees them.
		 */
		private void reportOutsideJurisdiction(List<JurisdictionPolicy.Warning> warned) {
			if (warned.isEmpty()) {
				return;
			}
			long rows = warned.stream().mapToInt(JurisdictionPolicy.Warning::rowNumber).distinct().count();
			this.warnings.add(rows + "行的决定机关或数据来源单位不在本单位的管辖范围内，已按信用办设置接收");
			warned.stream()
				.sorted(java.util.Comparator.comparingInt(JurisdictionPolicy.Warning::rowNumber))
				.limit(LISTED_ROW_WARNINGS)
				.forEach(warning -> this.warnings.add(warning.text()));
			if (warned.size() > LISTED_ROW_WARNINGS) {
				this.warnings.add("另有" + (warned.size() - LISTED_ROW_WARNINGS) + "条同类警告未逐条列出");
			}
		}

		private String[] resolveHeaders(CatalogVersionId current) {
			List<String> headers = this.source.headers();
			String[] codes = new String[headers.size()];
			Set<String> seen = new HashSet<>();
			int known = 0;
			for (int i = 0; i < headers.size(); i++) {
				String header = headers.get(i);
				FieldDefinition field = BatchProcessor.this.rules
					.resolveHeader(current, this.batch.categoryCode(), header)
					.orElse(null);
				if (field == null) {
					if (!header.isBlank()) {
						this.warnings.add("列“" + header + "”不在目录中，已忽略");
					}
				}
				else if (!seen.add(field.code())) {
					this.warnings.add("列“" + header + "”与前面的列重复，已忽略");
				}
				else {
					codes[i] = field.code();
					known++;
				}
			}
			if (known == 0) {
				throw new IntakeException("GX-ING-003",
						"No column matches a field of " + this.batch.categoryCode() + "; check the header row.");
			}
			return codes;
		}

		private void store(ValidationPipeline.Chunk chunk) {
			// Identical rows inside this chunk are caught here; those in earlier chunks
			// of the batch by the look-up below, which sees this transaction's own rows.
			Set<String> hashesInChunk = new HashSet<>();
			List<ValidatedRow.Valid> fresh = new ArrayList<>();
			for (ValidatedRow.Valid row : chunk.valid()) {
				if (!hashesInChunk.add(row.contentHash())) {
					this.unchanged++;
				}
				else {
					fresh.add(row);
				}
			}
			List<String> stored = BatchProcessor.this.records.existingHashes(this.batch.providerCode(),
					this.batch.categoryCode(), fresh.stream().map(ValidatedRow.Valid::contentHash).toList());
			Set<String> storedSet = new HashSet<>(stored);
			List<ValidatedRow.Valid> toStore = new ArrayList<>();
			for (ValidatedRow.Valid row : fresh) {
				if (storedSet.contains(row.contentHash())) {
					this.unchanged++;
				}
				else {
					toStore.add(row);
				}
			}
			Map<SubjectKey, SubjectId> subjects = resolveSubjects(toStore);
			Map<String, RecordStore.Active> active = BatchProcessor.this.records.activeByDocument(
					this.batch.providerCode(), this.batch.categoryCode(),
					toStore.stream().map(ValidatedRow.Valid::documentNumber).distinct().toList());
			// Within a chunk a later row of the same document supersedes an earlier one:
			// store them in order.
			Map<String, List<ValidatedRow.Valid>> byDocument = new LinkedHashMap<>();
			toStore.forEach(row -> byDocument.computeIfAbsent(row.documentNumber(), d -> new ArrayList<>()).add(row));
			List<RecordStore.NewRecord> firstVersions = new ArrayList<>();
			List<Long> endedNow = new ArrayList<>();
			List<ValidatedRow.Valid> laterVersions = new ArrayList<>();
			for (List<ValidatedRow.Valid> versions : byDocument.values()) {
				ValidatedRow.Valid first = versions.get(0);
				RecordStore.Active previous = active.get(first.documentNumber());
				if (previous != null) {
					endedNow.add(previous.id());
					this.superseding++;
				}
				else {
					this.created++;
				}
				firstVersions.add(newRecord(first, subjects, (previous != null) ? previous.id() : null));
				laterVersions.addAll(versions.subList(1, versions.size()));
			}
			BatchProcessor.this.records.end(endedNow, CreditRecord.Status.SUPERSEDED, this.batch.batchId(),
					"同一文书号报送了新版本");
			BatchProcessor.this.records.insert(firstVersions);
			for (ValidatedRow.Valid row : laterVersions) {
				RecordStore.Active previous = BatchProcessor.this.records
					.activeByDocument(this.batch.providerCode(), this.batch.categoryCode(),
							List.of(row.documentNumber()))
					.get(row.documentNumber());
				BatchProcessor.this.records.end(List.of(previous.id()), CreditRecord.Status.SUPERSEDED,
						this.batch.batchId(), "同一文书号报送了新版本");
				BatchProcessor.this.records.insert(List.of(newRecord(row, subjects, previous.id())));
				this.superseding++;
			}
			toStore.stream().filter(row -> Boolean.TRUE.equals(row.late())).forEach(row -> this.late++);
			BatchProcessor.this.records.insertRejections(this.batch.batchId(), this.batch.providerCode(),
					this.batch.categoryCode(), chunk.invalid());
			this.rejectedCount += chunk.invalid().size();
			chunk.invalid()
				.forEach(row -> row.reasons().forEach(reason -> this.ruleCounts.merge(reason.rule(), 1, Integer::sum)));
		}

		/**
		 * Links the chunk's rows to their subjects in one round trip, registering the new
		 * ones. Per chunk, so that memory does not grow with the file.
		 */
		private Map<SubjectKey, SubjectId> resolveSubjects(List<ValidatedRow.Valid> rows) {
			Map<SubjectKey, SubjectId> subjects = new HashMap<>();
			if (rows.isEmpty()) {
				return subjects;
			}
			List<Subjects.Claim> claims = rows.stream()
				.map(row -> new Subjects.Claim(row.subjectKey(), row.subjectType(), row.subjectName()))
				.toList();
			BatchProcessor.this.subjects.resolveAll(claims, "batch:" + this.batch.batchId())
				.forEach((key, resolution) -> subjects.put(key, resolution.subjectId()));
			return subjects;
		}

		private RecordStore.NewRecord newRecord(ValidatedRow.Valid row, Map<SubjectKey, SubjectId> subjects,
				Long supersedes) {
			SubjectId subject = subjects.get(row.subjectKey());
			return new RecordStore.NewRecord(this.batch.batchId(), row.rowNumber(), this.batch.providerCode(),
					this.batch.categoryCode(), row.catalogVersion(), subject, row.subjectType(), row.subjectName(),
					row.documentNumber(), row.decisionDate(), this.reportedAt, row.late(), row.workingDaysToReport(),
					row.fields(), row.contentHash(), supersedes);
		}

		private CatalogVersionId versionOn(LocalDate day) {
			return this.versionByDay.computeIfAbsent(day,
					d -> BatchProcessor.this.catalogs.findVersionInForce(d)
						.orElseGet(() -> BatchProcessor.this.catalogs.versionInForce(this.today))
						.id());
		}

	}

}
