package io.gongxin.exchange.internal;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import io.gongxin.exchange.Target;
import io.gongxin.remedy.ExternalRepair;
import io.gongxin.remedy.Repairs;
import tools.jackson.databind.json.JsonMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a target's receipts from where it left off and settles the items they name. A
 * page and the cursor after it are settled in one transaction, and settling only ever
 * moves a sent item on: a receipt read twice, or the same answer sent twice by the
 * target, changes nothing.
 */
@Component
class ReceiptReader {

	private static final Logger log = LoggerFactory.getLogger(ReceiptReader.class);

	private static final int MAX_PAGES = 100;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final TargetStore targets;

	private final OwedItems items;

	private final Refusals refusals;

	private final Repairs repairs;

	private final JsonMapper json;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ReceiptReader(TargetStore targets, OwedItems items, Refusals refusals, Repairs repairs, JsonMapper json,
			TransactionTemplate transactions, Clock clock) {
		this.targets = targets;
		this.items = items;
		this.refusals = refusals;
		this.repairs = repairs;
		this.json = json;
		this.transactions = transactions;
		this.clock = clock;
	}

	/** Reads every receipt the target has; returns how many items were settled. */
	int read(Target target) {
		if (target.receiptUrl() == null) {
			return 0;
		}
		int settled = 0;
		String cursor = this.targets.receiptCursor(target.code());
		for (int i = 0; i < MAX_PAGES; i++) {
			ReceiptPage page;
			try {
				page = fetch(target.receiptUrl(), cursor);
			}
			catch (Exception ex) {
				String error = "回执读取失败：" + describe(ex);
				// warned once when it starts failing, not at every turn while the target
				// is away
				boolean known = error.equals(this.targets.bookkeeping(target.code()).receiptError());
				if (known) {
					log.debug("Receipts of target {}: {}", target.code(), error);
				}
				else {
					log.warn("Receipts of target {}: {}", target.code(), error);
				}
				this.targets.receiptFailed(target.code(), error, this.clock.instant());
				return settled;
			}
			String next = (page.next() == null || page.next().isBlank()) ? cursor : page.next();
			// each repair in its own transaction and before the cursor moves: applying
			// one
			// is idempotent per reference, and one this platform cannot apply must not
			// undo
			// the others
			applyRepairs(target, page.repairs());
			Integer done = this.transactions.execute(status -> {
				int n = settle(target, page);
				this.targets.receiptsRead(target.code(), next, this.clock.instant());
				return n;
			});
			settled += (done == null) ? 0 : done;
			if (page.empty() || next == null || next.equals(cursor)) {
				return settled;
			}
			cursor = next;
		}
		return settled;
	}

	private int settle(Target target, ReceiptPage page) {
		int settled = 0;
		for (ReceiptPage.Receipt receipt : page.receipts()) {
			long[] accepted = receipt.accepted()
				.stream()
				.map(UpwardMessages::itemId)
				.filter(OptionalLong::isPresent)
				.mapToLong(OptionalLong::getAsLong)
				.toArray();
			settled += this.items.acknowledge(target.code(), accepted, this.clock.instant());
			Refusals.Batch refused = this.refusals.batch(target, String.valueOf(receipt.packageKey()));
			List<Long> packages = new ArrayList<>();
			for (ReceiptPage.Refusal refusal : receipt.rejected()) {
				OptionalLong id = UpwardMessages.itemId(refusal.key());
				if (id.isEmpty()) {
					continue;
				}
				String reason = shorten(refusal.reason(), 500);
				var item = this.items.reject(target.code(), id.getAsLong(), shorten(refusal.field(), 60), reason,
						this.clock.instant());
				if (item.isPresent()) {
					settled++;
					packages.add(item.get().packageId());
					refused.refused(item.get().recordId(), shorten(refusal.field(), 60), reason);
				}
			}
			refused.openTasks();
			if (accepted.length > 0) {
				packages.add(this.items.packageIdOf(target.code(), accepted[0]));
			}
			packages.stream().distinct().forEach(p -> this.items.receiptOf(p, this.clock.instant()));
		}
		return settled;
	}

	private void applyRepairs(Target target, List<ReceiptPage.Repair> repairs) {
		for (ReceiptPage.Repair repair : repairs) {
			try {
				this.repairs.recordExternal(new ExternalRepair(target.name(), repair.reference(), repair.subjectCode(),
						repair.categoryCode(), repair.documentNumber(), repair.approvedOn()));
			}
			catch (RuntimeException ex) {
				// a repair of a decision this platform does not hold is not ours to apply
				log.warn("Repair {} from target {} not applied: {}", repair.reference(), target.code(),
						ex.getMessage());
			}
		}
	}

	private ReceiptPage fetch(URI url, String cursor) throws Exception {
		String query = (cursor == null) ? ""
				: ((url.getQuery() == null) ? "?" : "&") + "after=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest.newBuilder(URI.create(url + query))
			.timeout(Duration.ofSeconds(20))
			.header("Accept", "application/json")
			.GET()
			.build();
		HttpResponse<String> response = this.http.send(request,
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (response.statusCode() / 100 != 2) {
			throw new IllegalStateException("HTTP " + response.statusCode());
		}
		return this.json.readValue(response.body(), ReceiptPage.class);
	}

	private static String describe(Exception ex) {
		if (ex instanceof java.net.http.HttpTimeoutException) {
			return "超时";
		}
		if (ex instanceof java.net.ConnectException) {
			return "无法连接";
		}
		if (ex instanceof tools.jackson.core.JacksonException) {
			return "回执格式不正确";
		}
		return (ex.getMessage() == null) ? ex.getClass().getSimpleName() : ex.getMessage();
	}

	private static String shorten(String text, int max) {
		if (text == null) {
			return null;
		}
		String stripped = text.strip();
		return (stripped.length() > max) ? stripped.substring(0, max) : stripped;
	}

}
