package io.gongxin.identifier;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V502 on a platform from before the subject register owned codes: a correction
 * recorded only in governance reaches the subject register as an alias, and the second
 * subject a later filing under the corrected code created is reported.
 */
@GongxinIntegrationTest
class GovernanceHandoverIT {

	static final String MISTYPED = CheckCharacters.uscc("91440104MA5CRTF1");

	static final String CONFIRMED = CheckCharacters.uscc("91440104MA5CRTF2");

	static final String UNTOUCHED = CheckCharacters.uscc("91440104MA5CRTF3");

	@Autowired
	DataSource dataSource;

	@Test
	void recordedCorrectionsBecomeAliasesAndSubjectsDuplicatedMeanwhileAreListed() throws Exception {
		String url;
		try (Connection connection = this.dataSource.getConnection()) {
			url = connection.getMetaData().getURL();
		}
		String database = "handover_" + System.nanoTime();
		JdbcClient.create(this.dataSource).sql("CREATE DATABASE " + database).update();
		try {
			DriverManagerDataSource legacy = new DriverManagerDataSource(
					url.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1"), "postgres", "");
			migrate(legacy, "501");
			JdbcClient jdbc = JdbcClient.create(legacy);
			long corrected = subject(jdbc, "广州市白云区更正贸易有限公司", MISTYPED);
			long duplicate = subject(jdbc, "广州市白云区更正贸易有限公司", CONFIRMED);
			long untouched = subject(jdbc, "广州市白云区未改商行", UNTOUCHED);
			long registration = registration(jdbc, CONFIRMED, corrected, true);
			registration(jdbc, UNTOUCHED, untouched, false);
			jdbc.sql(
					"""
							INSERT INTO identifier_alias (registration_id, old_code, new_code, reason, corrected_by, corrected_at)
							VALUES (:id, :old, :new, '登记机关核实后更正', 'officer', now())
							""")
				.param("id", registration)
				.param("old", MISTYPED)
				.param("new", CONFIRMED)
				.update();

			migrate(legacy, "502");

			assertThat(keys(jdbc, corrected)).containsExactly(Map.entry(CONFIRMED, true), Map.entry(MISTYPED, false));
			assertThat(keys(jdbc, untouched)).containsExactly(Map.entry(UNTOUCHED, true));
			assertThat(jdbc.sql("SELECT subject_id FROM identifier_registration ORDER BY id").query(Long.class).list())
				.containsExactly(corrected, untouched);
			assertThat(jdbc.sql("SELECT subject_id, other_subject_id, code FROM identifier_missed_correction")
				.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getString(3)))
				.list()).containsExactly(List.of(corrected, duplicate, CONFIRMED));
		}
		finally {
			JdbcClient.create(this.dataSource).sql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)").update();
		}
	}

	private static void migrate(DataSource dataSource, String target) {
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration")
			.outOfOrder(true)
			.target(target)
			.load()
			.migrate();
	}

	private static long subject(JdbcClient jdbc, String name, String uscc) {
		long id = jdbc.sql("""
				INSERT INTO subject (subject_type, name, name_normalized, status, created_at, updated_at)
				VALUES ('ENTERPRISE', :name, :name, 'ACTIVE', now(), now()) RETURNING id
				""").param("name", name).query(Long.class).single();
		jdbc.sql(
				"INSERT INTO subject_key (subject_id, kind, value, current, since) VALUES (:id, 'USCC', :v, TRUE, now())")
			.param("id", id)
			.param("v", uscc)
			.update();
		return id;
	}

	private static long registration(JdbcClient jdbc, String code, long subject, boolean corrected) {
		return jdbc
			.sql("""
					INSERT INTO identifier_registration (code, canonical_code, verdict, subject_type, subject_name, authority,
					                                     division, source_ref, corrected, registered_at, updated_at)
					SELECT :code, :code, 'VALID', 'LEGAL_ENTITY', name, '白云区市场监管局', '440111', 'subject:' || id, :corrected,
					       now(), now()
					FROM subject WHERE id = :subject
					RETURNING id
					""")
			.param("code", code)
			.param("subject", subject)
			.param("corrected", corrected)
			.query(Long.class)
			.single();
	}

	private static List<Map.Entry<String, Boolean>> keys(JdbcClient jdbc, long subject) {
		return jdbc.sql("SELECT value, current FROM subject_key WHERE subject_id = :id ORDER BY current DESC, value")
			.param("id", subject)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getBoolean(2)))
			.list();
	}

}
