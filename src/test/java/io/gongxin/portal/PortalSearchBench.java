package io.gongxin.portal;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import io.gongxin.GongxinApplication;
import io.gongxin.subject.SubjectName;
import io.gongxin.subject.Subjects;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Name search and subject page bench (not a test; see docs/benchmarks.md). Starts the
 * platform on a fresh embedded PostgreSQL, generates subjects with realistic Chinese
 * names by COPY, then times the platform's search against a plain {@code ILIKE '%q%'} in
 * the same run, and the public subject page of subjects with 50 records.
 */
public final class PortalSearchBench {

	/** The COPY that {@link #appendSubjectRow} rows are for. */
	public static final String COPY_SUBJECTS = "COPY subject (subject_type, name, name_normalized, name_search, "
			+ "name_bigrams, name_pinyin, name_initials, status, created_at, updated_at) FROM STDIN";

	/**
	 * Type and name of a generated subject: 60 % enterprises, 20 % shops, 20 % people.
	 */
	public static String[] randomSubject(Random random) {
		int kind = random.nextInt(10);
		String type = (kind < 6) ? "ENTERPRISE" : (kind < 8) ? "INDIVIDUAL_BUSINESS" : "NATURAL_PERSON";
		String name = (kind < 6) ? company(random) : (kind < 8) ? shop(random) : person(random);
		return new String[] { type, name };
	}

	/** One {@link #COPY_SUBJECTS} row with the platform's own search columns. */
	public static void appendSubjectRow(StringBuilder rows, String type, String name) {
		String normalized = SubjectName.normalize(name);
		rows.append(type)
			.append('\t')
			.append(name)
			.append('\t')
			.append(normalized)
			.append('\t')
			.append(normalized)
			.append('\t')
			.append(array(SubjectName.bigrams(normalized)))
			.append('\t')
			.append(SubjectName.pinyin(normalized))
			.append('\t')
			.append(SubjectName.initials(normalized))
			.append("\tACTIVE\t2026-01-01T00:00:00Z\t2026-01-01T00:00:00Z\n");
	}

	static final String[] CITIES = { "广州市", "深圳市", "佛山市", "东莞市", "珠海市", "中山市", "惠州市", "江门市", "湛江市", "肇庆市", "" };

	static final String[] DISTRICTS = { "天河区", "越秀区", "海珠区", "白云区", "番禺区", "南山区", "福田区", "宝安区", "禅城区", "南海区" };

	/** Characters common in 字号 and given names. */
	static final String BRAND_CHARS = "华兴隆盛昌泰丰源达通利恒宏鑫金银富贵祥瑞和安康宁德信诚志远明光辉新星辰云海天地山川林森雅美佳嘉"
			+ "荣博文创智慧联合正阳春秋锦鲤凤凰龙腾飞翔中南北东西方圆晶晟煜烨蓝绿青红紫橙旭日月星汇聚合众邦益诺睿思";

	static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢";

	static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬斌浩宇轩梓涵子墨欣怡思远佳琪俊杰";

	static final String[] TRADES = { "科技", "贸易", "餐饮管理", "建筑工程", "电子商务", "物流", "文化传播", "医疗器械", "食品", "服装", "房地产开发",
			"信息技术", "教育咨询", "机械设备", "装饰工程", "汽车服务", "生物科技", "环保科技" };

	static final String[] FORMS = { "有限公司", "有限责任公司", "股份有限公司", "集团有限公司" };

	private PortalSearchBench() {
	}

	public static void main(String[] args) throws Exception {
		int subjects = (args.length > 0) ? Integer.parseInt(args[0]) : 1_000_000;
		Path data = Files.createTempDirectory("gongxin-bench");
		ConfigurableApplicationContext context = SpringApplication.run(GongxinApplication.class,
				"--gongxin.database.embedded.data-directory=" + data.resolve("pg"), "--server.port=0",
				"--gongxin.demo.enabled=false", "--gongxin.keys.directory=" + data.resolve("keys"),
				"--gongxin.audit.witness-file=" + data.resolve("witness.log"),
				"--logging.file.name=" + data.resolve("bench.log"), "--gongxin.audit.sealing.enabled=false",
				"--gongxin.portal.search.burst=1000000", "--gongxin.portal.search.per-second=1000000",
				"--gongxin.creditfile.schedule.enabled=false", "--logging.level.root=WARN");
		try {
			DataSource dataSource = context.getBean(DataSource.class);
			JdbcTemplate jdbc = new JdbcTemplate(dataSource);
			Random random = new Random(20261125);
			long t0 = System.nanoTime();
			List<String> sampleNames = generate(dataSource, jdbc, subjects, random);
			System.out.printf("generated %,d subjects (COPY + index build) in %.1f s%n", subjects,
					(System.nanoTime() - t0) / 1e9);
			List<String> queries = queries(sampleNames, random);
			Subjects platform = context.getBean(Subjects.class);
			measureSearch(queries, platform, jdbc);
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			measureSubjectPage(jdbc, port, random);
		}
		finally {
			context.close();
			deleteRecursively(data);
		}
	}

	private static void deleteRecursively(Path root) throws IOException {
		try (var paths = Files.walk(root)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	public static String company(Random random) {
		int length = 2 + random.nextInt(3);
		StringBuilder brand = new StringBuilder();
		for (int i = 0; i < length; i++) {
			brand.append(BRAND_CHARS.charAt(random.nextInt(BRAND_CHARS.length())));
		}
		String city = CITIES[random.nextInt(CITIES.length)];
		return city + brand + TRADES[random.nextInt(TRADES.length)] + FORMS[random.nextInt(FORMS.length)];
	}

	public static String shop(Random random) {
		return DISTRICTS[random.nextInt(DISTRICTS.length)] + person(random) + TRADES[random.nextInt(TRADES.length)]
				+ "店";
	}

	public static String person(Random random) {
		StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
		int given = random.nextInt(10) < 3 ? 1 : 2;
		for (int i = 0; i < given; i++) {
			name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
		}
		return name.toString();
	}

	/**
	 * Drops the name indexes, COPYs the rows, rebuilds the indexes; returns sample names.
	 */
	public static List<String> generate(DataSource dataSource, JdbcTemplate jdbc, int count, Random random)
			throws Exception {
		List<String> samples = new ArrayList<>();
		jdbc.execute("DROP INDEX subject_name_exact_prefix, subject_name_bigrams, subject_name_trigrams, "
				+ "subject_name_pinyin, subject_name_initials");
		try (Connection connection = dataSource.getConnection()) {
			var copy = connection.unwrap(PGConnection.class).getCopyAPI();
			int batch = 50_000;
			for (int done = 0; done < count; done += batch) {
				StringBuilder rows = new StringBuilder(batch * 120);
				for (int i = 0; i < Math.min(batch, count - done); i++) {
					String[] subject = randomSubject(random);
					if (random.nextInt(5000) == 0) {
						samples.add(subject[1]);
					}
					appendSubjectRow(rows, subject[0], subject[1]);
				}
				copy.copyIn(COPY_SUBJECTS, new StringReader(rows.toString()));
			}
		}
		long t = System.nanoTime();
		jdbc.execute("SET maintenance_work_mem = '512MB'");
		jdbc.execute("CREATE INDEX subject_name_exact_prefix ON subject ((name_normalized COLLATE \"C\"))");
		// the same definitions as the subject migrations (V450, V451)
		jdbc.execute("CREATE INDEX subject_name_bigrams ON subject USING gin (name_bigrams) "
				+ "WHERE name_bigrams IS NOT NULL");
		jdbc.execute("CREATE INDEX subject_name_trigrams ON subject USING gin (name_search gin_trgm_ops) "
				+ "WHERE name_search IS NOT NULL");
		jdbc.execute("CREATE INDEX subject_name_pinyin ON subject (name_pinyin text_pattern_ops) "
				+ "WHERE name_pinyin IS NOT NULL");
		jdbc.execute("CREATE INDEX subject_name_initials ON subject (name_initials text_pattern_ops) "
				+ "WHERE name_initials IS NOT NULL");
		jdbc.execute("ANALYZE subject");
		System.out.printf("  index build %.1f s%n", (System.nanoTime() - t) / 1e9);
		return samples;
	}

	public static String array(List<String> grams) {
		return "{" + String.join(",", grams.stream().map(g -> "\"" + g + "\"").toList()) + "}";
	}

	/** 2-character (brand words, person names), 3-, 4-character and full-name queries. */
	public static List<String> queries(List<String> names, Random random) {
		List<String> queries = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			queries.add(person(random).substring(0, 2));
			String brand = new StringBuilder().append(BRAND_CHARS.charAt(random.nextInt(BRAND_CHARS.length())))
				.append(BRAND_CHARS.charAt(random.nextInt(BRAND_CHARS.length())))
				.toString();
			queries.add(brand);
		}
		for (String name : names.subList(0, Math.min(names.size(), 120))) {
			int start = name.startsWith("广州") || name.startsWith("深圳") ? 3 : 0;
			int length = 3 + random.nextInt(2);
			if (name.length() >= start + length) {
				queries.add(name.substring(start, start + length));
			}
			queries.add(name);
		}
		return queries;
	}

	static void measureSearch(List<String> queries, Subjects platform, JdbcTemplate jdbc) {
		// warm-up of both, so neither pays for cold caches alone
		for (String q : queries.subList(0, Math.min(40, queries.size()))) {
			platform.search(q, Subjects.Audience.PUBLIC, 20);
			platform.searchPage(q, Subjects.Audience.PUBLIC, 0, 20);
			ilike(jdbc, q);
		}
		List<String> twoChar = queries.stream().filter(q -> q.length() == 2).toList();
		List<String> fragments = queries.stream().filter(q -> q.length() == 3 || q.length() == 4).toList();
		List<String> fullNames = queries.stream().filter(q -> q.length() > 4).toList();
		report("all queries (" + queries.size() + ")", queries, platform, jdbc);
		report("2-character queries (" + twoChar.size() + ")", twoChar, platform, jdbc);
		report("3-4 character fragments (" + fragments.size() + ")", fragments, platform, jdbc);
		if (Boolean.getBoolean("bench.slow")) {
			for (String q : queries) {
				long start = System.nanoTime();
				platform.search(q, Subjects.Audience.PUBLIC, 20);
				double ms = (System.nanoTime() - start) / 1e6;
				if (ms > 40) {
					System.out.printf("slow: %s %.1f ms%n", q, ms);
				}
			}
		}
		report("full names (" + fullNames.size() + ")", fullNames, platform, jdbc);
	}

	private static void report(String label, List<String> queries, Subjects platform, JdbcTemplate jdbc) {
		double[] ours = time(queries, q -> () -> platform.search(q, Subjects.Audience.PUBLIC, 20));
		// what the portal's search page asks: the first 20 of up to SEARCH_WINDOW ranked
		// matches, with their number
		double[] paged = time(queries, q -> () -> platform.searchPage(q, Subjects.Audience.PUBLIC, 0, 20));
		double[] plain = time(queries, q -> () -> ilike(jdbc, q));
		System.out.printf(
				"%s: platform search p50 %.1f ms p95 %.1f ms | portal page with total p50 %.1f ms p95 %.1f ms | "
						+ "ILIKE '%%q%%' p50 %.1f ms p95 %.1f ms | p95 ratio ILIKE/platform %.1fx, ILIKE/page %.1fx%n",
				label, p(ours, 50), p(ours, 95), p(paged, 50), p(paged, 95), p(plain, 50), p(plain, 95),
				p(plain, 95) / p(ours, 95), p(plain, 95) / p(paged, 95));
	}

	public static List<?> ilike(JdbcTemplate jdbc, String q) {
		return jdbc.queryForList("SELECT id, name FROM subject WHERE name ILIKE ? LIMIT 20", "%" + q + "%");
	}

	public static double[] time(List<String> queries, java.util.function.Function<String, Supplier<?>> work) {
		double[] millis = new double[queries.size()];
		for (int i = 0; i < queries.size(); i++) {
			Supplier<?> call = work.apply(queries.get(i));
			long start = System.nanoTime();
			call.get();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return millis;
	}

	public static double p(double[] sorted, int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
	}

	/**
	 * 20 enterprises with 50 published penalties each; the public page of each, 10 times.
	 */
	static void measureSubjectPage(JdbcTemplate jdbc, int port, Random random)
			throws IOException, InterruptedException {
		List<Long> ids = jdbc
			.queryForList("SELECT id FROM subject WHERE subject_type = 'ENTERPRISE' ORDER BY id LIMIT 20", Long.class);
		long recordId = 1_000_000_000L;
		for (long id : ids) {
			for (int r = 0; r < 50; r++) {
				recordId++;
				jdbc.update(
						"""
								INSERT INTO creditfile_item (record_id, subject_id, subject_type, subject_name, category_code,
								  category_name, nature, provider_code, batch_id, catalog_version, document_number, decision_date,
								  authority, summary, fields, record_status, tier, tier_rule, regime, basis, publicity_start,
								  publicity_until, status, status_changed_at, projected_at)
								SELECT ?, id, subject_type, name, 'XZCF', '行政处罚信息', 'NEGATIVE', 'BENCH', gen_random_uuid(), 1,
								  ?, current_date - ?, '广州市市场监督管理局', '罚款人民币1万元',
								  '[{"code":"CF_NR","name":"处罚内容","value":"罚款人民币1万元"}]'::jsonb, 'ACTIVE', 'GENERAL', 'bench',
								  'FGW-LING-2025-36', 'bench', current_date - ?, current_date + 300, 'PUBLISHED', now(), now()
								FROM subject WHERE id = ?""",
						recordId, "穗市监罚〔2026〕" + recordId + "号", r, r, id);
			}
		}
		HttpClient client = HttpClient.newHttpClient();
		List<String> paths = new ArrayList<>();
		for (long id : ids) {
			paths.add("/portal/subjects/" + id + "?tab=xzcf");
			paths.add("/api/public/credit-files/" + id);
		}
		for (String path : paths) {
			get(client, port, path);
		}
		for (String kind : List.of("/portal/subjects/", "/api/public/credit-files/")) {
			List<String> ofKind = new ArrayList<>();
			for (int round = 0; round < 10; round++) {
				paths.stream().filter(p -> p.startsWith(kind)).forEach(ofKind::add);
			}
			double[] millis = new double[ofKind.size()];
			for (int i = 0; i < ofKind.size(); i++) {
				long start = System.nanoTime();
				get(client, port, ofKind.get(i));
				millis[i] = (System.nanoTime() - start) / 1e6;
			}
			Arrays.sort(millis);
			System.out.printf("subject page %s… with 50 records (%d requests): p50 %.1f ms p95 %.1f ms%n", kind,
					millis.length, p(millis, 50), p(millis, 95));
		}
	}

	private static void get(HttpClient client, int port, String path) throws IOException, InterruptedException {
		HttpResponse<String> response = client.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200 || !response.body().contains("穗市监罚")) {
			throw new IllegalStateException(path + " answered " + response.statusCode());
		}
	}

}
