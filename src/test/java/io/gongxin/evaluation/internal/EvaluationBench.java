package io.gongxin.evaluation.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.gongxin.evaluation.EvaluationModel;
import io.gongxin.evaluation.Evaluations;
import io.gongxin.evaluation.RunSummary;
import io.gongxin.identifier.CheckCharacters;
import io.gongxin.ingest.Channel;
import io.gongxin.ingest.Ingestion;
import io.gongxin.platform.SystemActor;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.subject.NewSubject;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;
import io.gongxin.support.BenchPlatform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static io.gongxin.support.Penalties.aPenalty;

/**
 * Batch evaluation of N subjects with 5·N pieces of evidence (bench/evaluation-data.sql),
 * against one SQL aggregate over the same tables in the same run, and the incremental
 * re-evaluation of one subject. Not part of verify:
 * {@code java -Xmx4g -cp target/test-classes:target/classes:$(cat target/bench.cp) io.gongxin.evaluation.internal.EvaluationBench 1000000}
 */
public final class EvaluationBench {

	private EvaluationBench() {
	}

	public static void main(String[] args) throws Exception {
		int subjects = (args.length > 0) ? Integer.parseInt(args[0]) : 1_000_000;
		try (BenchPlatform platform = BenchPlatform.start("evaluation", "--gongxin.evaluation.upkeep-interval=PT1H")) {
			JdbcClient jdbc = platform.bean(JdbcClient.class);
			String generator;
			try (InputStream in = EvaluationBench.class.getResourceAsStream("/bench/evaluation-data.sql")) {
				generator = new String(in.readAllBytes(), StandardCharsets.UTF_8)
					.replace("${subjects}", Integer.toString(subjects))
					.replace("${records}", Integer.toString(subjects * 5));
			}
			long t0 = System.nanoTime();
			for (String statement : generator.split(";\\s*\\n")) {
				if (!statement.replaceAll("(?m)^--.*$", "").isBlank()) {
					jdbc.sql(statement).update();
				}
			}
			jdbc.sql("ANALYZE evaluation_subject").update();
			jdbc.sql("ANALYZE evaluation_evidence").update();
			System.out.printf(Locale.ROOT, "generated %,d subjects, %,d evidence in %.1f s%n", subjects,
					jdbc.sql("SELECT count(*) FROM evaluation_evidence").query(Long.class).single(), secs(t0));

			TransactionTemplate tx = new TransactionTemplate(platform.bean(PlatformTransactionManager.class));
			// the baseline: one aggregate over the same join and grouping
			// both with the batch's work_mem
			double aggregate = best(3, () -> tx.executeWithoutResult(status -> workMem(jdbc).sql("""
					CREATE TEMP TABLE bench_aggregate ON COMMIT DROP AS
					SELECT s.subject_id, count(e.ref) AS n, sum(CASE WHEN e.source = 'RECORD' THEN 1 ELSE 0 END) AS r
					FROM evaluation_subject s LEFT JOIN evaluation_evidence e ON e.subject_id = s.subject_id
					WHERE s.active GROUP BY s.subject_id""").update()));

			Evaluations evaluations = platform.bean(Evaluations.class);
			long t1 = System.nanoTime();
			RunSummary first = SystemActor.callAs("bench", () -> evaluations.evaluateAll("COMPOSITE"));
			double firstRun = secs(t1);
			long t2 = System.nanoTime();
			RunSummary again = SystemActor.callAs("bench", () -> evaluations.evaluateAll("COMPOSITE"));
			double secondRun = secs(t2);
			EvaluationModel model = evaluations.model("COMPOSITE");
			double scoringOnly = best(3, () -> tx.executeWithoutResult(status -> workMem(jdbc)
				.sql("CREATE TEMP TABLE bench_scored ON COMMIT DROP AS " + new io.gongxin.evaluation.ModelSql(model,
						LocalDate.now(), io.gongxin.evaluation.ModelSql.Dialect.POSTGRES)
					.scoring(null))
				.update()));
			System.out.printf(Locale.ROOT,
					"aggregate %.2f s | scoring statement %.2f s (ratio %.2f) | batch first run %.2f s (%d subjects, "
							+ "%d graded) | batch second run %.2f s (%d changed) | distribution %s%n",
					aggregate, scoringOnly, scoringOnly / aggregate, firstRun, first.subjects(), first.changed(),
					secondRun, again.changed(), again.distribution());
			System.out.printf(Locale.ROOT, "batch first run / aggregate = %.2f; second run / aggregate = %.2f%n",
					firstRun / aggregate, secondRun / aggregate);

			// incremental: one subject among them, scoring and writing
			Evaluator evaluator = platform.bean(Evaluator.class);
			long[] ids = { 17, 4_711, subjects / 2, subjects - 3 };
			int[] i = { 0 };
			double[] oneSubject = BenchPlatform.time(200, () -> tx
				.execute(status -> evaluator.evaluate(model, new SubjectId(ids[i[0]++ % ids.length]), "bench")));
			System.out.printf(Locale.ROOT, "one subject, scoring + write: p50 %.2f ms, p95 %.2f ms, max %.2f ms%n",
					oneSubject[0], oneSubject[1], oneSubject[2]);

			// incremental through the facades, as an event triggers it: a registered
			// company
			// with five penalties, its evidence copied and evaluated under both models
			Providers providers = platform.bean(Providers.class);
			Subjects register = platform.bean(Subjects.class);
			Ingestion ingestion = platform.bean(Ingestion.class);
			String uscc = CheckCharacters.uscc("91440101MA5B0001");
			SubjectId company = SystemActor.callAs("bench", () -> {
				providers.register(new Provider("GZ-SCJGJ", "广州市市场监督管理局", CheckCharacters.uscc("11440100MB2C9238"),
						"440100", true, 0));
				SubjectId id = register
					.register(NewSubject.of(SubjectType.ENTERPRISE, "广州评价基准测试有限公司", SubjectKey.uscc(uscc)), "bench");
				for (int p = 0; p < 5; p++) {
					ingestion.submitRows("GZ-SCJGJ", "XZCF",
							List.of(aPenalty().against("广州评价基准测试有限公司", uscc)
								.document("穗市监罚〔2026〕基准" + p + "号")
								.fine("1")
								.decidedOn(LocalDate.now().minusDays(10 + p))
								.row()),
							Channel.API);
				}
				return id;
			});
			Thread.sleep(3_000);
			Reevaluation reevaluation = platform.bean(Reevaluation.class);
			double[] facade = BenchPlatform.time(100, () -> reevaluation.subject(company, "bench"));
			System.out.printf(Locale.ROOT,
					"one subject through the facades (copy + 2 models + alert rules): p50 %.2f ms, p95 %.2f ms, max %.2f ms%n",
					facade[0], facade[1], facade[2]);
		}
	}

	static JdbcClient workMem(JdbcClient jdbc) {
		jdbc.sql("SET LOCAL work_mem = '512MB'").update();
		return jdbc;
	}

	static double best(int runs, Runnable work) {
		double best = Double.MAX_VALUE;
		for (int i = 0; i < runs; i++) {
			long t0 = System.nanoTime();
			work.run();
			best = Math.min(best, secs(t0));
		}
		return best;
	}

	static double secs(long t0) {
		return (System.nanoTime() - t0) / 1e9;
	}

}
