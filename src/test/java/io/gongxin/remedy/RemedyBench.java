package io.gongxin.remedy;

import java.io.StringReader;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

import io.gongxin.creditfile.CreditFiles;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.inbox.Inbox;
import io.gongxin.ingest.BatchReceipt;
import io.gongxin.ingest.Channel;
import io.gongxin.ingest.CreditRecords;
import io.gongxin.ingest.Ingestion;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.subject.SubjectId;
import io.gongxin.support.BenchPlatform;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static io.gongxin.support.Penalties.aPenalty;

/**
 * Remedy bench (not a test; see docs/benchmarks.md). Starts the platform on a fresh
 * embedded PostgreSQL and measures, in process: the conditions of repair of every record
 * of a subject with 200 penalties, against reading that subject's credit file alone (same
 * run); and the overdue and near-due lists and the credit office's backlog over 100 k
 * open remedy tasks, against the same lists over 1 k open tasks (same run).
 */
public final class RemedyBench {

	static final List<String> DEPARTMENTS = List.of("GZ-SCJGJ", "GZ-STJ", "GZ-ZJJ", "GZ-SWJ", "GZ-RSJ", "TH-SCJGJ",
			"GZ-FGW", "GZ-CZJ", "GZ-JTJ", "GZ-WJW");

	private RemedyBench() {
	}

	public static void main(String[] args) throws Exception {
		int records = (args.length > 0) ? Integer.parseInt(args[0]) : 200;
		int openTasks = (args.length > 1) ? Integer.parseInt(args[1]) : 100_000;
		try (BenchPlatform platform = BenchPlatform.start("remedy")) {
			ConfigurableApplicationContext context = platform.context();
			SubjectId subject = SystemActor.callAs("bench", () -> penalties(context, records));
			Repairs repairs = context.getBean(Repairs.class);
			CreditFiles files = context.getBean(CreditFiles.class);
			System.out.printf("subject with %d records: %d conditions sets%n", records,
					repairs.eligibilityOf(subject).size());
			for (int round = 1; round <= 3; round++) {
				double[] file = time(500, () -> files.fileOf(subject));
				double[] conditions = time(500, () -> repairs.eligibilityOf(subject));
				System.out.printf(
						"round %d: conditions of all %d records p50 %.2f ms p95 %.2f ms max %.2f ms (goal < 50 ms);"
								+ " credit file read alone p50 %.2f ms p95 %.2f ms; ratio p95 %.2f%n",
						round, records, conditions[0], conditions[1], conditions[2], file[0], file[1],
						conditions[1] / file[1]);
			}

			Inbox inbox = context.getBean(Inbox.class);
			JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			tasks(context.getBean(DataSource.class), 1_000, 0);
			jdbc.execute("ANALYZE inbox_task");
			Map<String, double[]> small = lists(inbox);
			tasks(context.getBean(DataSource.class), openTasks - 1_000, 1_000);
			jdbc.execute("ANALYZE inbox_task");
			System.out.printf("open tasks: %,d%n",
					jdbc.queryForObject("SELECT count(*) FROM inbox_task WHERE state = 'OPEN'", Long.class));
			Map<String, double[]> large = lists(inbox);
			large.forEach((name, t) -> System.out.printf(
					"%s over %,d open tasks: p50 %.2f ms p95 %.2f ms max %.2f ms (goal < 200 ms); over 1,000:"
							+ " p95 %.2f ms; ratio p95 %.2f%n",
					name, openTasks, t[0], t[1], t[2], small.get(name)[1], t[1] / small.get(name)[1]));
		}
		System.exit(0);
	}

	/**
	 * One enterprise's penalties through the intake, fines of every tier, over five
	 * years.
	 */
	static SubjectId penalties(ConfigurableApplicationContext context, int count) {
		context.getBean(Providers.class)
			.register(new Provider("GZ-SCJGJ", "广州市市场监督管理局", CheckCharacters.uscc("11440100MB2C9238"), "440100", true,
					0));
		Random random = new Random(20261204);
		List<Map<String, String>> rows = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			rows.add(aPenalty().against("广州修复基准测试有限公司", CheckCharacters.uscc("91440101MA5BNCH1"))
				.fine(String.valueOf(1 + random.nextInt(200)))
				.document("穗市监罚〔2026〕基准" + i + "号")
				.decidedOn(LocalDate.now().minusDays(1 + random.nextInt(1000)))
				.row());
		}
		BatchReceipt receipt = context.getBean(Ingestion.class).submitRows("GZ-SCJGJ", "XZCF", rows, Channel.API);
		long last = context.getBean(CreditRecords.class)
			.ofBatch(receipt.batchId(), 0, 5000)
			.stream()
			.mapToLong(r -> r.id())
			.max()
			.orElseThrow();
		CreditFiles files = context.getBean(CreditFiles.class);
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (files.item(last).isEmpty() && System.nanoTime() < deadline) {
			java.util.concurrent.locks.LockSupport.parkNanos(100_000_000);
		}
		return files.item(last).orElseThrow().subjectId();
	}

	/**
	 * Open remedy tasks spread over ten departments, due from 30 days ago to 60 days on.
	 */
	static void tasks(DataSource dataSource, int count, int offset) throws Exception {
		Random random = new Random(offset + 7);
		LocalDate today = LocalDate.now();
		StringBuilder copy = new StringBuilder(count * 200);
		String[] types = { "OBJECTION_ACCEPTANCE\t异议受理", "OBJECTION_ASSIST\t异议协查", "REPAIR_REVIEW\t信用修复初审",
				"REPAIR_DECISION\t信用修复办理" };
		for (int i = 0; i < count; i++) {
			LocalDate due = today.plusDays(random.nextInt(90) - 30);
			copy.append(types[random.nextInt(types.length)])
				.append('\t')
				.append(DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())))
				.append("\t办理事项 ")
				.append(offset + i)
				.append("\t广州基准企业")
				.append(offset + i)
				.append("有限公司\tbench:")
				.append(offset + i)
				.append("\t基准\t10\t")
				.append(due.minusDays(14))
				.append('\t')
				.append(due)
				.append("\tOPEN\t2026-01-01T00:00:00Z\n");
		}
		try (Connection connection = dataSource.getConnection()) {
			connection.unwrap(PGConnection.class)
				.getCopyAPI()
				.copyIn("COPY inbox_task (type_code, type_name, department_code, title, subject_name, source_ref, "
						+ "legal_basis, working_days, start_date, due_date, state, created_at) FROM STDIN",
						new StringReader(copy.toString()));
		}
	}

	static Map<String, double[]> lists(Inbox inbox) {
		Map<String, double[]> times = new java.util.LinkedHashMap<>();
		for (int pass = 0; pass < 2; pass++) {
			times.put("overdue list of one department", time(300, () -> inbox.overdue("GZ-SCJGJ", 50)));
			times.put("near-due list of one department", time(300, () -> inbox.nearDue("GZ-SCJGJ", 50)));
			times.put("overdue list of all departments", time(300, () -> inbox.overdue(null, 50)));
			times.put("credit office backlog of every department", time(100, inbox::backlog));
		}
		return times;
	}

	static double[] time(int runs, Supplier<?> call) {
		return BenchPlatform.time(runs, call);
	}

}
