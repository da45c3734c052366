package io.gongxin.exchange.internal;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.catalog.CatalogVersionId;
import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.exchange.ReportAction;
import io.gongxin.exchange.ReportPackage;
import io.gongxin.exchange.Target;
import io.gongxin.ingest.CreditRecord;
import io.gongxin.ingest.CreditRecords;
import io.gongxin.outbox.OutgoingMessage;
import io.gongxin.outbox.Outbox;
import io.gongxin.platform.Sha256;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts a target's queued items into packages: one category and one action per package,
 * oldest first, at most the target's package size. Claiming the items, writing the
 * package and handing it to the outbox is one transaction, so a package is either sent
 * (at least once, applied once by its key) or its items are still queued.
 */
@Component
class Packager {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	/** Columns a withdrawal adds to the category's layout. */
	static final ReportPackage.Column WITHDRAW_REASON = new ReportPackage.Column("CHYY", "撤回原因");

	static final ReportPackage.Column WITHDRAW_DATE = new ReportPackage.Column("CHRQ", "撤回日期");

	private final OwedItems items;

	private final CreditRecords records;

	private final Catalogs catalogs;

	private final Adapters adapters;

	private final Outbox outbox;

	private final Refusals refusals;

	private final TransactionTemplate transactions;

	private final Clock clock;

	Packager(OwedItems items, CreditRecords records, Catalogs catalogs, Adapters adapters, Outbox outbox,
			Refusals refusals, TransactionTemplate transactions, Clock clock) {
		this.items = items;
		this.records = records;
		this.catalogs = catalogs;
		this.adapters = adapters;
		this.outbox = outbox;
		this.refusals = refusals;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Packages everything the target has queued; returns the number of packages. */
	int drain(Target target) {
		int packages = 0;
		while (Boolean.TRUE.equals(this.transactions.execute(status -> packageOne(target)))) {
			packages++;
		}
		return packages;
	}

	/** Sends one package; false when nothing was queued. */
	private boolean packageOne(Target target) {
		Optional<OwedItems.Group> next = this.items.nextGroup(target.code());
		if (next.isEmpty()) {
			return false;
		}
		OwedItems.Group group = next.get();
		List<OwedItems.Claimed> claimed = this.items.claim(target.code(), group, target.packageSize());
		if (claimed.isEmpty()) {
			// another worker holds them; it sends them
			return false;
		}
		Map<Long, CreditRecord> byId = new HashMap<>();
		for (CreditRecord record : this.records.byIds(claimed.stream().map(OwedItems.Claimed::recordId).toList())) {
			byId.put(record.id(), record);
		}
		CategoryDefinition category = category(group.categoryCode(), byId.values());
		List<ReportPackage.Column> columns = new ArrayList<>();
		category.fields().forEach(field -> columns.add(new ReportPackage.Column(field.code(), field.name())));
		if (group.action() == ReportAction.WITHDRAW) {
			columns.add(WITHDRAW_REASON);
			columns.add(WITHDRAW_DATE);
		}
		CharsetEncoder encoder = Charset.forName(target.encoding()).newEncoder();
		Refusals.Batch refused = null;
		List<ReportPackage.Row> rows = new ArrayList<>(claimed.size());
		List<Long> sent = new ArrayList<>(claimed.size());
		Instant now = this.clock.instant();
		for (OwedItems.Claimed item : claimed) {
			CreditRecord record = byId.get(item.recordId());
			if (record == null) {
				this.items.rejectedHere(item.id(), "原信用记录不存在", now);
				continue;
			}
			Map<String, String> values = values(record, group.action());
			String unencodable = unencodable(values, encoder);
			if (unencodable != null) {
				// the target could not read the row; sending '?' in its place would
				// change the record
				String reason = "含有" + target.encoding() + "编码无法表示的字符（" + unencodable + "），请改用规范汉字后重新报送";
				this.items.rejectedHere(item.id(), reason, now);
				refused = (refused != null) ? refused : this.refusals.batch(target, "local-" + item.id());
				refused.refused(record.id(), null, reason);
				continue;
			}
			rows.add(new ReportPackage.Row(UpwardMessages.itemKey(item.id()), record.id(), record.documentNumber(),
					values));
			sent.add(item.id());
		}
		if (refused != null) {
			refused.openTasks();
		}
		if (rows.isEmpty()) {
			return true;
		}
		long packageId = this.items.newPackageId();
		String fileName = group.categoryCode() + "_" + group.action().name() + "_"
				+ DAY.format(LocalDate.ofInstant(now, this.clock.getZone())) + "_" + packageId + "."
				+ target.format().extension();
		ReportPackage reportPackage = new ReportPackage(packageId, UpwardMessages.packageKey(packageId), target,
				group.categoryCode(), category.name(), group.action(), fileName, columns, rows, now);
		OutgoingMessage message = this.adapters.get(target.adapter()).render(reportPackage);
		long messageId = this.outbox.enqueue(target.endpointId(), message)
			.orElseThrow(() -> new IllegalStateException("package key " + reportPackage.key() + " was used before"));
		this.items.insertPackage(packageId, target.code(), group, fileName, rows.size(), message.payloadJson().length(),
				Sha256.hex(message.payloadJson()), messageId, now);
		this.items.sent(sent.stream().mapToLong(Long::longValue).toArray(), packageId);
		return true;
	}

	private Map<String, String> values(CreditRecord record, ReportAction action) {
		if (action == ReportAction.REPORT) {
			return record.fields();
		}
		Map<String, String> values = new LinkedHashMap<>(record.fields());
		boolean revoked = record.status() == CreditRecord.Status.REVOKED;
		values.put(WITHDRAW_REASON.code(),
				revoked ? "撤销：" + ((record.endReason() == null) ? "数据提供单位撤销" : record.endReason()) : "信用修复");
		Instant at = (revoked && record.endedAt() != null) ? record.endedAt() : this.clock.instant();
		values.put(WITHDRAW_DATE.code(), LocalDate.ofInstant(at, this.clock.getZone()).toString());
		return values;
	}

	/** The layout of the category as the catalog in force defines it (else as it was). */
	private CategoryDefinition category(String code, java.util.Collection<CreditRecord> records) {
		Optional<CategoryDefinition> inForce = this.catalogs.findVersionInForce(LocalDate.now(this.clock))
			.flatMap(version -> this.catalogs.findCategory(version.id(), code));
		if (inForce.isPresent()) {
			return inForce.get();
		}
		long version = records.stream().mapToLong(CreditRecord::catalogVersion).max().orElseThrow();
		return this.catalogs.category(CatalogVersionId.of(version), code);
	}

	private static String unencodable(Map<String, String> values, CharsetEncoder encoder) {
		for (String value : values.values()) {
			if (value != null && !encoder.canEncode(value)) {
				return value.codePoints()
					.filter(cp -> !encoder.canEncode(new String(Character.toChars(cp))))
					.limit(3)
					.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
					.toString();
			}
		}
		return null;
	}

}
