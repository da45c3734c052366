package io.gongxin.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;

import io.gongxin.GongxinApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The platform as an in-process bench starts it: a fresh embedded PostgreSQL in a
 * temporary directory, no demo data, no background sealing or projection schedule, quiet
 * logs; and the bench's timing (p50, p95, max after a warm-up of the same length).
 */
public final class BenchPlatform implements AutoCloseable {

	private final Path data;

	private final ConfigurableApplicationContext context;

	private BenchPlatform(Path data, ConfigurableApplicationContext context) {
		this.data = data;
		this.context = context;
	}

	public static BenchPlatform start(String name, String... extraArgs) throws Exception {
		Path data = Files.createTempDirectory("gongxin-" + name + "-bench");
		String[] args = { "--gongxin.database.embedded.data-directory=" + data.resolve("pg"), "--server.port=0",
				"--gongxin.demo.enabled=false", "--gongxin.keys.directory=" + data.resolve("keys"),
				"--gongxin.audit.witness-file=" + data.resolve("witness.log"),
				"--logging.file.name=" + data.resolve("bench.log"), "--gongxin.audit.sealing.enabled=false",
				"--gongxin.creditfile.schedule.enabled=false", "--logging.level.root=WARN" };
		String[] all = Arrays.copyOf(args, args.length + extraArgs.length);
		System.arraycopy(extraArgs, 0, all, args.length, extraArgs.length);
		return new BenchPlatform(data, new SpringApplication(GongxinApplication.class).run(all));
	}

	public ConfigurableApplicationContext context() {
		return this.context;
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/** p50, p95 and max in milliseconds, after a warm-up of the same length. */
	public static double[] time(int runs, Supplier<?> call) {
		for (int i = 0; i < runs; i++) {
			call.get();
		}
		double[] ms = new double[runs];
		for (int i = 0; i < runs; i++) {
			long t0 = System.nanoTime();
			call.get();
			ms[i] = (System.nanoTime() - t0) / 1e6;
		}
		Arrays.sort(ms);
		return new double[] { ms[runs / 2], ms[(int) (runs * 0.95)], ms[runs - 1] };
	}

	@Override
	public void close() throws Exception {
		this.context.close();
		try (var paths = Files.walk(this.data)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
