package io.gongxin.portal;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;

import io.gongxin.GongxinApplication;
import io.gongxin.support.OpenLoad;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sustained portal load (issue 7): the platform with its demo data, on loopback only, and
 * an open-model load of a fixed arrival rate for a bounded time (default 200 requests/s
 * for 30 s): searches (2- and 3-character queries), subject pages, the 双公示 listing and
 * the home page. Reports achieved rate, latency percentiles and failures. The load
 * generator shares the 2 cores with the platform and its database.
 */
public final class PortalLoadBench {

	private PortalLoadBench() {
	}

	/**
	 * The platform with its demo data on a fresh embedded PostgreSQL under {@code work},
	 * as the load benches run it.
	 */
	public static ConfigurableApplicationContext startWithDemo(Path work) {
		return new SpringApplication(GongxinApplication.class).run("--server.port=0",
				"--gongxin.database.embedded.data-directory=" + work.resolve("pg"),
				"--gongxin.keys.directory=" + work.resolve("keys"),
				"--gongxin.audit.witness-file=" + work.resolve("witness.log"),
				"--gongxin.ingest.spool-directory=" + work.resolve("spool"),
				"--logging.file.name=" + work.resolve("app.log"), "--gongxin.demo.enabled=true",
				"--gongxin.demo.password=load-demo-password", "--gongxin.security.admin.password=load-admin-password",
				// one load generator is one client address: lift the per-client search
				// limit for the run
				"--gongxin.portal.search.per-second=100000", "--gongxin.portal.search.burst=100000",
				"--logging.level.root=WARN", "--server.tomcat.threads.max=64");
	}

	public static void main(String[] args) throws Exception {
		int rate = (args.length > 0) ? Integer.parseInt(args[0]) : 200;
		int seconds = (args.length > 1) ? Integer.parseInt(args[1]) : 30;
		Path work = Files.createTempDirectory("gongxin-load");
		ConfigurableApplicationContext app = startWithDemo(work);
		try {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			awaitDemo(jdbc);
			List<Long> subjects = jdbc.sql("SELECT id FROM subject WHERE subject_type <> 'NATURAL_PERSON' ORDER BY id")
				.query(Long.class)
				.list();
			List<String> names = jdbc.sql("SELECT name FROM subject WHERE subject_type <> 'NATURAL_PERSON'")
				.query(String.class)
				.list();
			List<String> paths = paths(subjects, names, rate * seconds, new Random(11));
			run(port, paths.subList(0, Math.min(400, paths.size())), 50, 8, "warm-up");
			run(port, paths, rate, seconds, "measured");
		}
		finally {
			app.close();
		}
		System.exit(0);
	}

	public static void awaitDemo(JdbcClient jdbc) throws InterruptedException {
		for (int i = 0; i < 600; i++) {
			Integer loaded = jdbc.sql("SELECT count(*) FROM platform_demo_load WHERE name = 'double-publicity-records'")
				.query(Integer.class)
				.single();
			Long items = jdbc.sql("SELECT count(*) FROM creditfile_item").query(Long.class).single();
			if (loaded > 0 && items > 0) {
				return;
			}
			Thread.sleep(500);
		}
		throw new IllegalStateException("demo data did not load");
	}

	public static List<String> paths(List<Long> subjects, List<String> names, int count, Random random) {
		List<String> paths = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int pick = random.nextInt(10);
			String name = names.get(random.nextInt(names.size())).replace("广州", "").replace("市", "");
			if (pick < 4) {
				int length = 2 + random.nextInt(2);
				int from = random.nextInt(Math.max(1, name.length() - length));
				String q = name.substring(from, Math.min(name.length(), from + length));
				paths.add("/portal/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
			}
			else if (pick < 8) {
				paths.add("/portal/subjects/" + subjects.get(random.nextInt(subjects.size())) + "?tab=xzcf");
			}
			else if (pick < 9) {
				paths.add("/portal/publications");
			}
			else {
				paths.add("/");
			}
		}
		return paths;
	}

	private static void run(int port, List<String> paths, int rate, int seconds, String label)
			throws InterruptedException {
		java.util.concurrent.ExecutorService workers = Executors.newFixedThreadPool(16);
		HttpClient client = HttpClient.newBuilder().executor(workers).connectTimeout(Duration.ofSeconds(5)).build();
		List<HttpRequest> requests = paths.stream()
			.map(path -> HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.timeout(Duration.ofSeconds(10))
				.build())
			.toList();
		OpenLoad.Result result = OpenLoad.run(client, requests, rate, seconds);
		workers.shutdownNow();
		System.out.println(result.describe(label, rate));
	}

}
