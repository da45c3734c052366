package io.gongxin.lists.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.gongxin.lists.RepresentativeRole;
import io.gongxin.platform.PipelinedSql;

import org.springframework.jdbc.core.RowMapperResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RepresentativeStore {

	record Row(long id, long organisationId, String personDigest, String personName, RepresentativeRole role,
			LocalDate since, long recordId) {
	}

	private final JdbcClient jdbc;

	RepresentativeStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Row> current(long organisationId, RepresentativeRole role) {
		return this.jdbc.sql("""
				SELECT id, organisation_id, person_digest, person_name, role, since, record_id FROM list_representative
				WHERE organisation_id = :organisation AND role = :role AND ended_at IS NULL
				""")
			.param("organisation", organisationId)
			.param("role", role.name())
			.query(RepresentativeStore::row)
			.optional();
	}

	void insert(long organisationId, String digest, String name, RepresentativeRole role, LocalDate since,
			long recordId, Instant at) {
		this.jdbc
			.sql("""
					INSERT INTO list_representative (organisation_id, person_digest, person_name, role, since, record_id, recorded_at)
					VALUES (:organisation, :digest, :name, :role, :since, :record, :at)
					""")
			.param("organisation", organisationId)
			.param("digest", digest)
			.param("name", name)
			.param("role", role.name())
			.param("since", since)
			.param("record", recordId)
			.param("at", Timestamp.from(at))
			.update();
	}

	void end(long id, Instant at) {
		this.jdbc.sql("UPDATE list_representative SET ended_at = :at WHERE id = :id")
			.param("at", Timestamp.from(at))
			.param("id", id)
			.update();
	}

	void refresh(long id, LocalDate since, long recordId, String name) {
		this.jdbc.sql(
				"UPDATE list_representative SET since = :since, record_id = :record, person_name = :name WHERE id = :id")
			.param("since", since)
			.param("record", recordId)
			.param("name", name)
			.param("id", id)
			.update();
	}

	/** The organisations each person (by digest) represented at that instant. */
	PipelinedSql<List<Row>> ofPersons(java.util.Collection<String> digests, Instant at) {
		if (digests.isEmpty()) {
			return PipelinedSql.known(List.of());
		}
		return PipelinedSql.query("""
				SELECT id, organisation_id, person_digest, person_name, role, since, record_id FROM list_representative
				WHERE person_digest = ANY (:digests) AND recorded_at <= :at AND (ended_at IS NULL OR ended_at > :at)
				ORDER BY person_digest, organisation_id
				""", java.util.Map.of("digests", digests.toArray(String[]::new), "at", Timestamp.from(at)),
				new RowMapperResultSetExtractor<>(RepresentativeStore::row));
	}

	private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
				RepresentativeRole.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class), rs.getLong(7));
	}

}
