package io.gongxin.commitment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.sql.DataSource;

import io.gongxin.lists.Lists;
import io.gongxin.subject.SubjectId;
import io.gongxin.support.BenchPlatform;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Commitment bench (not a test; see docs/benchmarks.md). Starts the platform on a fresh
 * embedded PostgreSQL, loads 1 M commitments of 200 k subjects over ten departments (5 %
 * found broken, 60 % kept, the rest pending with a third past due) and measures, in
 * process: the 事前信用预警 a credit check adds, for 1 and for 1,000 subjects, against the list
 * lookup every check already makes for the same subjects (same run); the public column
 * (first page and a name search), one department's overdue list and the figures.
 */
public final class CommitmentBench {

	static final String[] DEPARTMENTS = { "GZ-SCJGJ", "GZ-STJ", "GZ-ZJJ", "GZ-SWJ", "GZ-RSJ", "GZ-FGW", "GZ-CZJ",
			"GZ-JTJ", "GZ-WJW", "GZ-YJJ" };

	private CommitmentBench() {
	}

	public static void main(String[] args) throws Exception {
		int commitments = (args.length > 0) ? Integer.parseInt(args[0]) : 1_000_000;
		int subjects = commitments / 5;
		try (BenchPlatform platform = BenchPlatform.start("commitment")) {
			JdbcTemplate jdbc = new JdbcTemplate(platform.bean(DataSource.class));
			Commitments facade = platform.bean(Commitments.class);
			Lists lists = platform.bean(Lists.class);
			Random random = new Random(20261204);
			List<SubjectId> one = List.of(new SubjectId(1 + random.nextInt(200)));
			List<SubjectId> thousand = new ArrayList<>();
			for (int i = 0; i < 1_000; i++) {
				thousand.add(new SubjectId(1 + random.nextInt(subjects)));
			}
			// the same questions over 1,000 commitments first: the baseline of the same
			// run
			load(jdbc, 1, 1_000, subjects);
			double[] small1 = BenchPlatform.time(500, () -> facade.warnings(one, Instant.now()));
			double[] small1000 = BenchPlatform.time(50, () -> facade.warnings(thousand, Instant.now()));
			long t0 = System.nanoTime();
			load(jdbc, 1_001, commitments, subjects);
			System.out.printf("loaded %,d commitments of %,d subjects in %.1f s%n", commitments, subjects,
					(System.nanoTime() - t0) / 1e9);
			int warned = facade.warnings(thousand, Instant.now()).size();
			System.out.printf("of 1,000 random subjects %d get a warning%n", warned);
			for (int round = 1; round <= 3; round++) {
				double[] w1 = BenchPlatform.time(500, () -> facade.warnings(one, Instant.now()));
				double[] l1 = BenchPlatform.time(500, () -> lists.inForce(one, Instant.now()));
				double[] w1000 = BenchPlatform.time(50, () -> facade.warnings(thousand, Instant.now()));
				System.out.printf(
						"round %d: warnings for 1 subject p50 %.2f ms p95 %.2f ms (over 1,000 commitments p95 %.2f ms, ratio %.2f;"
								+ " the check's list lookup p95 %.2f ms) | for 1,000 subjects p50 %.2f ms p95 %.2f ms"
								+ " (over 1,000 commitments p95 %.2f ms, ratio %.2f)%n",
						round, w1[0], w1[1], small1[1], w1[1] / small1[1], l1[1], w1000[0], w1000[1], small1000[1],
						w1000[1] / small1000[1]);
			}
			Map<String, double[]> pages = new java.util.LinkedHashMap<>();
			pages.put("public column, first page", BenchPlatform.time(200, () -> facade.publicColumn(null, null, 21)));
			pages.put("public column, name search",
					BenchPlatform.time(50, () -> facade.publicColumn("基准企业123", null, 21)));
			pages.put("public column, code search",
					BenchPlatform.time(200, () -> facade.publicColumn(code(123), null, 21)));
			pages.put("overdue list of one department", BenchPlatform.time(200, () -> facade.overdue("GZ-SCJGJ", 50)));
			pages.put("pending list of one department",
					BenchPlatform.time(200, () -> facade.ofDepartment("GZ-SCJGJ", true, null, 50)));
			pages.put("figures of all departments", BenchPlatform.time(5, () -> facade.figures(null)));
			pages.put("figures of one department", BenchPlatform.time(5, () -> facade.figures("GZ-SCJGJ")));
			pages.forEach(
					(name, t) -> System.out.printf("%s over %,d commitments: p50 %.2f ms p95 %.2f ms max %.2f ms%n",
							name, commitments, t[0], t[1], t[2]));
		}
		System.exit(0);
	}

	static String code(int subject) {
		return String.format("91440101BENCH%05d", subject);
	}

	/** Commitments, their findings and a few list entries, written straight by SQL. */
	static void load(JdbcTemplate jdbc, int from, int to, int subjects) {
		jdbc.update(
				"""
						INSERT INTO commitment (number, kind, type_name, matter, text, items, digest, subject_id, subject_name,
						    subject_code, subject_is_person, department_code, channel, public_column, breach_tier, signed_on,
						    signed_at, signed_by, verification_working_days, due_on)
						SELECT 'CNBENCH' || i, 'APPROVAL_SUBSTITUTE', '食品经营许可告知承诺书', '食品经营许可（新办）', '承诺书正文',
						    '["材料真实"]'::jsonb, md5(i::text), 1 + i % ?, '广州基准企业' || (1 + i % ?) || '有限公司',
						    '91440101BENCH' || lpad((1 + i % ?)::text, 5, '0'), false, (ARRAY[?, ?, ?, ?, ?, ?, ?, ?, ?, ?])[1 + i % 10],
						    'PORTAL', true, 'GENERAL', current_date - (i % 400), now() - make_interval(days => i % 400), 'bench',
						    20, current_date - (i % 400) + 28
						FROM generate_series(?, ?) AS i
						""",
				subjects, subjects, subjects, DEPARTMENTS[0], DEPARTMENTS[1], DEPARTMENTS[2], DEPARTMENTS[3],
				DEPARTMENTS[4], DEPARTMENTS[5], DEPARTMENTS[6], DEPARTMENTS[7], DEPARTMENTS[8], DEPARTMENTS[9], from,
				to);
		// 5 % broken, 60 % kept, the rest awaiting a finding
		jdbc.update("""
				INSERT INTO commitment_outcome (commitment_id, outcome, found_on, evidence, explanation, breach_tier,
				    recorded_by, recorded_at)
				SELECT id, CASE WHEN id % 20 = 0 THEN 'BROKEN' ELSE 'FULFILLED' END, signed_on + 10, '核查记录', '核查说明',
				    CASE WHEN id % 20 = 0 THEN 'GENERAL' END, 'bench', signed_at + interval '10 days'
				FROM commitment WHERE (id % 20 = 0 OR id % 100 < 60) AND id BETWEEN ? AND ?
				""", from, to);
		jdbc.update("UPDATE commitment SET settled = true WHERE (id % 20 = 0 OR id % 100 < 60) AND id BETWEEN ? AND ?",
				from, to);
		// the running totals and the subjects, as signing and findings keep them
		jdbc.update("DELETE FROM commitment_tally");
		jdbc.update("""
				INSERT INTO commitment_tally (department_code, kind, signed, fulfilled, broken)
				SELECT c.department_code, c.kind, count(*), count(*) FILTER (WHERE o.outcome = 'FULFILLED'),
				    count(*) FILTER (WHERE o.outcome = 'BROKEN')
				FROM commitment c LEFT JOIN commitment_outcome o ON o.commitment_id = c.id
				GROUP BY c.department_code, c.kind
				""");
		jdbc.update("""
				INSERT INTO commitment_subject (subject_id, department_code, kind)
				SELECT DISTINCT subject_id, department_code, kind FROM commitment WHERE id BETWEEN ? AND ?
				ON CONFLICT DO NOTHING
				""", from, to);
		jdbc.execute("ANALYZE commitment");
		jdbc.execute("ANALYZE commitment_outcome");
	}

}
