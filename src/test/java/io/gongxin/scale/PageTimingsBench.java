package io.gongxin.scale;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gongxin.identifier.CheckCharacters;
import io.gongxin.ingest.BatchReceipt;
import io.gongxin.ingest.BatchStatus;
import io.gongxin.ingest.Ingestion;
import io.gongxin.ingest.ProblemGroup;
import io.gongxin.measures.CheckBench;
import io.gongxin.platform.SystemActor;
import io.gongxin.portal.PortalSearchBench;
import io.gongxin.provider.OutsideJurisdiction;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.BenchPlatform;
import io.gongxin.support.Multipart;
import io.gongxin.support.Penalties;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 16's two figures on one data set: a clerk's batch of N 行政处罚 rows whose authority
 * code fails its check (one grouped problem, the administrator lists the code, the clerk
 * revalidates, every row accepted), and then the p95 of each role's main pages with those
 * N subjects and their records in the platform.
 *
 * <pre>
 * java -Xmx3g -cp target/test-classes:target/classes:$(cat target/bench.cp) io.gongxin.scale.PageTimingsBench 100000 60
 * </pre>
 *
 * Arguments: rows (= subjects), requests per page (after a warm-up of the same number).
 */
public final class PageTimingsBench {

	static final String PROVIDER = "GZ-HZSJ-BENCH";

	static final String PROVIDER_CODE = CheckCharacters.uscc("11440105MB2D7731");

	private PageTimingsBench() {
	}

	public static void main(String[] args) throws Exception {
		int rows = (args.length > 0) ? Integer.parseInt(args[0]) : 100_000;
		int requests = (args.length > 1) ? Integer.parseInt(args[1]) : 60;
		try (BenchPlatform platform = BenchPlatform.start("pages")) {
			run(platform, rows, requests);
		}
		System.exit(0);
	}

	static void run(BenchPlatform platform, int rows, int requests) throws Exception {
		Accounts accounts = platform.bean(Accounts.class);
		Ingestion ingestion = platform.bean(Ingestion.class);
		JdbcClient jdbc = platform.bean(JdbcClient.class);
		String base = "http://127.0.0.1:" + ((WebServerApplicationContext) platform.context()).getWebServer().getPort();
		SystemActor.runAs("bench", () -> {
			Providers providers = platform.bean(Providers.class);
			providers.register(new Provider(PROVIDER, "广州市海珠区市场监督管理局", PROVIDER_CODE, "440105", true, 0));
			providers.setJurisdiction(PROVIDER, List.of(), OutsideJurisdiction.WARN);
		});
		String clerk = ApiKeys.issue(accounts, Role.PROVIDER, PROVIDER);
		String officer = ApiKeys.issue(accounts, Role.OFFICER, null);
		String admin = ApiKeys.issue(accounts, Role.ADMIN, null);
		String valid = CheckCharacters.uscc("11440105MB2D7799");
		String irregular = valid.substring(0, 17) + ((valid.charAt(17) == 'A') ? 'B' : 'A');

		Random random = new Random(16);
		List<Map<String, String>> batch = new ArrayList<>(rows);
		List<String> names = new ArrayList<>(rows);
		for (int i = 0; i < rows; i++) {
			String name = PortalSearchBench.company(random);
			names.add(name);
			batch.add(Penalties.aPenalty()
				.against(name, CheckBench.uscc(i + 1))
				.document("穗海市监罚〔2026〕" + (i + 1) + "号")
				.with("CF_CFJG", "广州市海珠区市场监督管理局")
				.with("CF_CFJGDM", irregular)
				.with("CF_SJLY", "广州市海珠区市场监督管理局")
				.with("CF_SJLYDM", PROVIDER_CODE)
				.row());
		}
		byte[] csv = Penalties.csv(batch).getBytes(StandardCharsets.UTF_8);
		batch.clear();
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

		System.out.printf("%n== A %,d-row batch whose authority code fails its check (%,d bytes) ==%n", rows,
				csv.length);
		long t0 = System.nanoTime();
		Multipart file = Multipart.file("海珠区行政处罚.csv", "text/csv", csv);
		HttpResponse<String> uploaded = http
			.send(HttpRequest.newBuilder(URI.create(base + "/ingest/uploads?provider=" + PROVIDER + "&category=XZCF"))
				.header("X-API-Key", clerk)
				.header("Content-Type", file.contentType())
				.POST(file.publisher())
				.build(), HttpResponse.BodyHandlers.ofString());
		UUID first = batchOf(uploaded);
		BatchReceipt receipt = completed(ingestion, first);
		double uploadSeconds = (System.nanoTime() - t0) / 1e9;
		List<ProblemGroup> groups = ingestion.problemGroups(PROVIDER);
		System.out.printf("upload to completed receipt: %.1f s; submitted %,d, accepted %,d, rejected %,d%n",
				uploadSeconds, receipt.submitted(), receipt.accepted(), receipt.rejected());
		System.out.printf("problem groups: %d%n", groups.size());
		for (ProblemGroup group : groups) {
			System.out.printf("  %,d rows, field %s: %s%n", group.rows(), group.field(), group.advice());
		}
		double[] problemPage = BenchPlatform.time(requests,
				() -> get(http, base + "/ingest/problem-data?provider=" + PROVIDER, clerk));
		print("问题数据 page with " + String.format("%,d", receipt.rejected()) + " open problems (clerk)", problemPage);

		HttpResponse<String> listed = http.send(HttpRequest.newBuilder(URI.create(base + "/admin/known-irregular"))
			.header("X-API-Key", admin)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("code=" + irregular + "&note=bench"))
			.build(), HttpResponse.BodyHandlers.ofString());
		System.out.printf("administrator lists the code: HTTP %d%n", listed.statusCode());
		long t1 = System.nanoTime();
		HttpResponse<String> again = http
			.send(HttpRequest.newBuilder(URI.create(base + "/ingest/batches/" + first + "/revalidation"))
				.header("X-API-Key", clerk)
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
		UUID second = batchOf(again);
		BatchReceipt revalidated = completed(ingestion, second);
		System.out.printf("revalidation to completed receipt: %.1f s; submitted %,d, accepted %,d, rejected %,d%n",
				(System.nanoTime() - t1) / 1e9, revalidated.submitted(), revalidated.accepted(),
				revalidated.rejected());
		System.out.printf("problem groups left: %d%n", ingestion.problemGroups(PROVIDER).size());
		awaitProjected(jdbc, rows);

		long subjectId = jdbc.sql("SELECT id FROM subject ORDER BY id DESC LIMIT 1").query(Long.class).single();
		String enterpriseUscc = CheckBench.uscc(rows / 2);
		String enterprise = signIn(base, accounts, enterpriseUscc);
		String query = names.get(rows / 3).substring(3, 5);
		Map<String, String[]> pages = new LinkedHashMap<>();
		pages.put("公众 首页 /", new String[] { "/", null });
		pages.put("公众 搜索（两字）/portal/search", new String[] { "/portal/search?q=" + enc(query), null });
		pages.put("公众 主体页 /portal/subjects/{id}", new String[] { "/portal/subjects/" + subjectId, null });
		pages.put("公众 双公示 /portal/publications", new String[] { "/portal/publications", null });
		pages.put("公众 信用名单 /portal/lists/severe-dishonesty", new String[] { "/portal/lists/severe-dishonesty", null });
		pages.put("经办 数据归集 /ingest", new String[] { "/ingest", clerk });
		pages.put("经办 批次回执 /ingest/batches/{id}", new String[] { "/ingest/batches/" + second, clerk });
		pages.put("经办 问题数据 /ingest/problem-data", new String[] { "/ingest/problem-data?provider=" + PROVIDER, clerk });
		pages.put("经办 待办 /inbox", new String[] { "/inbox", clerk });
		pages.put("经办 信用核查 /checks", new String[] { "/checks", clerk });
		pages.put("信用办 数据质量 /quality", new String[] { "/quality", officer });
		pages.put("信用办 信用档案 /console/credit-files", new String[] { "/console/credit-files", officer });
		pages.put("信用办 档案详情 /console/credit-files/{id}",
				new String[] { "/console/credit-files/" + subjectId, officer });
		pages.put("信用办 综合评价 /evaluation", new String[] { "/evaluation", officer });
		pages.put("信用办 异议与修复 /remedies", new String[] { "/remedies", officer });
		pages.put("信用办 上报监控 /ops/exchange", new String[] { "/ops/exchange", officer });
		pages.put("信用办 信用目录 /catalog", new String[] { "/catalog", officer });
		pages.put("管理员 用户 /admin/users", new String[] { "/admin/users", admin });
		pages.put("管理员 审计日志 /admin/audit", new String[] { "/admin/audit", admin });
		pages.put("管理员 API 密钥 /admin/api-keys", new String[] { "/admin/api-keys", admin });
		pages.put("企业 我的信用报告 /my/reports", new String[] { "/my/reports", "session:" + enterprise });

		System.out.printf(
				"%n== Main pages with %,d subjects and their records, %d requests each after as many warm-up ==%n",
				rows, requests);
		System.out.println("| page | status | p50 | p95 | max |");
		System.out.println("|---|---|---|---|---|");
		for (Map.Entry<String, String[]> page : pages.entrySet()) {
			String path = page.getValue()[0];
			String key = page.getValue()[1];
			int status = get(http, base + path, key).statusCode();
			double[] ms = BenchPlatform.time(requests, () -> get(http, base + path, key));
			System.out.printf("| %s | %d | %.1f ms | %.1f ms | %.1f ms |%n", page.getKey(), status, ms[0], ms[1],
					ms[2]);
		}
	}

	private static UUID batchOf(HttpResponse<String> response) {
		String location = response.headers()
			.firstValue("Location")
			.orElseThrow(() -> new IllegalStateException(
					"no redirect to a batch: HTTP " + response.statusCode() + " " + response.body()));
		return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
	}

	private static BatchReceipt completed(Ingestion ingestion, UUID batch) throws InterruptedException {
		for (;;) {
			BatchReceipt receipt = ingestion.receipt(batch);
			if (receipt.status() == BatchStatus.COMPLETED) {
				return receipt;
			}
			Thread.sleep(250);
		}
	}

	/** Pages are timed once the credit files hold every accepted record. */
	private static void awaitProjected(JdbcClient jdbc, int rows) throws InterruptedException {
		long t0 = System.nanoTime();
		for (;;) {
			long items = jdbc.sql("SELECT count(*) FROM creditfile_item").query(Long.class).single();
			if (items >= rows) {
				System.out.printf("credit files hold %,d items (%.1f s after the receipt)%n", items,
						(System.nanoTime() - t0) / 1e9);
				return;
			}
			Thread.sleep(500);
		}
	}

	/** A local enterprise account signs in by the form, as a person does. */
	private static String signIn(String base, Accounts accounts, String uscc) throws Exception {
		SystemActor.runAs("bench",
				() -> accounts.createEnterpriseUser("bench-enterprise", "压测企业用户", "Bench-Enterprise-2026!", uscc));
		CookieManager cookies = new CookieManager();
		HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
		String login = client
			.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
		if (!token.find()) {
			throw new IllegalStateException("no sign-in token on the login page");
		}
		client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=bench-enterprise&password="
					+ enc("Bench-Enterprise-2026!") + "&_csrf=" + enc(token.group(1))))
			.build(), HttpResponse.BodyHandlers.discarding());
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals("JSESSIONID"))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("sign-in gave no session"))
			.getValue();
	}

	private static HttpResponse<byte[]> get(HttpClient http, String url, String key) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
		if (key != null && key.startsWith("session:")) {
			request.header("Cookie", "JSESSIONID=" + key.substring("session:".length()));
		}
		else if (key != null) {
			request.header("X-API-Key", key);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (Exception ex) {
			throw new IllegalStateException(url, ex);
		}
	}

	private static void print(String label, double[] ms) {
		System.out.printf("%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n", label, ms[0], ms[1], ms[2]);
	}

	private static String enc(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
