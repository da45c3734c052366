package io.gongxin.support;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import io.gongxin.outbox.WebhookSignature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A provincial platform on loopback, as the upward-reporting tests meet it: it takes
 * packages (files in the national layout or API records), applies each package once by
 * its key, refuses rows a rule names, answers receipts page by page, and can be down,
 * slow (past the sender's timeout) or send each receipt twice.
 */
public final class StubTarget implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private volatile boolean down;

	private final AtomicInteger slowLeft = new AtomicInteger();

	private volatile Duration slow = Duration.ZERO;

	private volatile boolean duplicateReceipts;

	private volatile Function<Map<String, String>, String> refusal = row -> null;

	private final AtomicInteger deliveries = new AtomicInteger();

	private final Map<String, Integer> packages = new ConcurrentHashMap<>();

	private final Map<String, Map<String, String>> rows = new ConcurrentHashMap<>();

	private final Map<String, Integer> rowApplications = new ConcurrentHashMap<>();

	private final List<String> receipts = new CopyOnWriteArrayList<>();

	private final List<String> repairs = new CopyOnWriteArrayList<>();

	private StubTarget() {
		try {
			this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.server.setExecutor(Executors.newFixedThreadPool(8));
		this.server.createContext("/packages", this::receive);
		this.server.createContext("/receipts", this::answerReceipts);
		this.server.start();
	}

	public static StubTarget start() {
		return new StubTarget();
	}

	public URI packagesUrl() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/packages");
	}

	public URI receiptsUrl() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/receipts");
	}

	/** While down, every request is answered 503. */
	public StubTarget down(boolean down) {
		this.down = down;
		return this;
	}

	/**
	 * The next {@code n} package requests are applied, then held this long before the
	 * answer.
	 */
	public StubTarget slowNext(int n, Duration hold) {
		this.slow = hold;
		this.slowLeft.set(n);
		return this;
	}

	public StubTarget duplicateReceipts(boolean duplicate) {
		this.duplicateReceipts = duplicate;
		return this;
	}

	/**
	 * Refuses a row (by its Chinese column titles) with the reason given, or takes it for
	 * {@code null}.
	 */
	public StubTarget refuse(Function<Map<String, String>, String> refusal) {
		this.refusal = refusal;
		return this;
	}

	/** Announces a repair decided here in the next receipt page. */
	public void repaired(String reference, String subjectCode, String category, String document, String approvedOn) {
		Map<String, Object> repair = new LinkedHashMap<>();
		repair.put("reference", reference);
		repair.put("subjectCode", subjectCode);
		repair.put("categoryCode", category);
		repair.put("documentNumber", document);
		repair.put("approvedOn", approvedOn);
		this.repairs.add(JSON.writeValueAsString(repair));
	}

	/** Package requests received, duplicates included. */
	public int deliveries() {
		return this.deliveries.get();
	}

	/** Packages applied, by key, with how many times each arrived. */
	public Map<String, Integer> packages() {
		return Map.copyOf(this.packages);
	}

	/** Rows held, by item key, as the target read them (Chinese column titles). */
	public Map<String, Map<String, String>> rows() {
		return Map.copyOf(this.rows);
	}

	/** How often each item key was applied: more than once would be a doubled record. */
	public Map<String, Integer> rowApplications() {
		return Map.copyOf(this.rowApplications);
	}

	private void receive(HttpExchange exchange) throws IOException {
		try (exchange) {
			this.deliveries.incrementAndGet();
			byte[] body = exchange.getRequestBody().readAllBytes();
			if (this.down) {
				exchange.sendResponseHeaders(503, -1);
				return;
			}
			String key = exchange.getRequestHeaders().getFirst(WebhookSignature.MESSAGE_ID);
			boolean first = this.packages.merge(key, 1, Integer::sum) == 1;
			if (first) {
				apply(key, JSON.readTree(body));
			}
			if (this.slowLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
				sleep(this.slow);
			}
			exchange.sendResponseHeaders(200, -1);
		}
	}

	private void apply(String packageKey, JsonNode envelope) throws IOException {
		List<Map<String, String>> read = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		if (envelope.has("content")) {
			byte[] file = Base64.getDecoder().decode(envelope.get("content").asString());
			Charset charset = Charset.forName(envelope.get("encoding").asString());
			try (CsvReader<CsvRecord> csv = CsvReader.builder()
				.ofCsvRecord(new InputStreamReader(new java.io.ByteArrayInputStream(file), charset))) {
				List<String> header = null;
				for (CsvRecord record : csv) {
					if (header == null) {
						header = record.getFields();
						continue;
					}
					Map<String, String> row = new LinkedHashMap<>();
					for (int i = 0; i < header.size(); i++) {
						row.put(header.get(i), record.getField(i));
					}
					read.add(row);
				}
			}
			envelope.get("keys").forEach(node -> keys.add(node.asString()));
		}
		else {
			for (JsonNode record : envelope.get("records")) {
				Map<String, String> row = new LinkedHashMap<>();
				record.get("fields")
					.properties()
					.forEach(entry -> row.put(entry.getKey(), entry.getValue().asString()));
				read.add(row);
				keys.add(record.get("key").asString());
			}
		}
		List<String> accepted = new ArrayList<>();
		List<Map<String, String>> rejected = new ArrayList<>();
		for (int i = 0; i < read.size(); i++) {
			String reason = this.refusal.apply(read.get(i));
			if (reason == null) {
				accepted.add(keys.get(i));
				this.rows.put(keys.get(i), read.get(i));
				this.rowApplications.merge(keys.get(i), 1, Integer::sum);
			}
			else {
				rejected.add(Map.of("key", keys.get(i), "field", "CF_WSH", "reason", reason));
			}
		}
		Map<String, Object> receipt = new LinkedHashMap<>();
		receipt.put("package", packageKey);
		receipt.put("accepted", accepted);
		receipt.put("rejected", rejected);
		String text = JSON.writeValueAsString(receipt);
		this.receipts.add(text);
		if (this.duplicateReceipts) {
			this.receipts.add(text);
		}
	}

	private void answerReceipts(HttpExchange exchange) throws IOException {
		try (exchange) {
			if (this.down) {
				exchange.sendResponseHeaders(503, -1);
				return;
			}
			String query = exchange.getRequestURI().getQuery();
			int after = (query != null && query.startsWith("after=")) ? Integer.parseInt(query.substring(6)) : 0;
			List<String> page = new ArrayList<>();
			int end = Math.min(this.receipts.size(), after + 50);
			for (int i = after; i < end; i++) {
				page.add(this.receipts.get(i));
			}
			List<String> announced = new ArrayList<>(this.repairs);
			this.repairs.removeAll(announced);
			String body = "{\"receipts\":[" + String.join(",", page) + "],\"repairs\":[" + String.join(",", announced)
					+ "],\"next\":\"" + end + "\"}";
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, bytes.length);
			exchange.getResponseBody().write(bytes);
		}
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
