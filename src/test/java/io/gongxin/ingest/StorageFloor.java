package io.gongxin.ingest;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The lower bound of any intake that stores what ours stores (issue 5 benchmark, part c):
 * the rows one intake wrote (records, problem data, subjects, keys, name history, code
 * governance) are copied out, then copied back with {@code COPY} in one transaction into
 * empty tables with the same columns, constraints and indexes. No parsing, validation,
 * look-ups or Java work: only the server's cost of storing and indexing those rows.
 */
final class StorageFloor {

	/** Table → the columns the intake writes (generated and derived columns left out). */
	private static final Map<String, String> TABLES = new LinkedHashMap<>();

	static {
		TABLES.put("ingest_record",
				"id, batch_id, row_number, provider_code, category_code, catalog_version, subject_id, subject_type, "
						+ "subject_name, document_number, decision_date, reported_at, late, working_days_to_report, "
						+ "fields, content_hash, status, supersedes_id");
		TABLES.put("ingest_rejection",
				"id, batch_id, row_number, provider_code, category_code, raw, reasons, created_at");
		TABLES.put("subject", "id, subject_type, name, name_normalized, legal_representative, status, division_code, "
				+ "registering_authority, registered_on, created_at, updated_at");
		TABLES.put("subject_key", "subject_id, kind, value, current, since");
		TABLES.put("subject_name_history", "subject_id, name, valid_from, source");
		TABLES.put("identifier_registration", "*");
	}

	private StorageFloor() {
	}

	/**
	 * Copies out every row of the tables above (the bench's database held nothing else
	 * before the intake) and times copying them into indexed replicas; returns submitted
	 * rows per second.
	 */
	static double measure(EmbeddedPostgres postgres, Path directory, int submitted) throws Exception {
		Files.createDirectories(directory);
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement ddl = connection.createStatement()) {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			ddl.execute("CREATE SCHEMA IF NOT EXISTS floor");
			for (Map.Entry<String, String> table : TABLES.entrySet()) {
				// same columns, defaults, checks and indexes; identities become plain
				// columns so the copied ids go in as they are
				ddl.execute("CREATE TABLE floor." + table.getKey() + " (LIKE public." + table.getKey()
						+ " INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING INDEXES)");
				try (BufferedWriter out = Files.newBufferedWriter(directory.resolve(table.getKey()),
						StandardCharsets.UTF_8)) {
					copy.copyOut("COPY (SELECT " + table.getValue() + " FROM public." + table.getKey() + ") TO STDOUT",
							out);
				}
			}
			ddl.execute("CHECKPOINT");
			connection.setAutoCommit(false);
			long start = System.nanoTime();
			long rows = 0;
			for (Map.Entry<String, String> table : TABLES.entrySet()) {
				String columns = table.getValue().equals("*") ? "" : " (" + table.getValue() + ")";
				try (BufferedReader in = Files.newBufferedReader(directory.resolve(table.getKey()),
						StandardCharsets.UTF_8)) {
					long tableStart = System.nanoTime();
					long copied = copy.copyIn("COPY floor." + table.getKey() + columns + " FROM STDIN", in);
					System.out.printf("  %s: %,d rows in %.1f s%n", table.getKey(), copied,
							(System.nanoTime() - tableStart) / 1e9);
					rows += copied;
				}
			}
			connection.commit();
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf(
					"Storage floor: %,d rows into indexed copies of the intake's tables in %.1f s: %,.0f submitted rows/s%n",
					rows, seconds, submitted / seconds);
			connection.setAutoCommit(true);
			ddl.execute("DROP SCHEMA floor CASCADE");
			return submitted / seconds;
		}
	}

}
