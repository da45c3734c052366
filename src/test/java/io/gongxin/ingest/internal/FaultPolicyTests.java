package io.gongxin.ingest.internal;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataIntegrityViolationException;

import static org.assertj.core.api.Assertions.assertThat;

class FaultPolicyTests {

	@Test
	void aFirstFaultIsRetried() {
		FaultPolicy.Fault fault = FaultPolicy.Fault.of(new IllegalStateException("connection reset"));
		assertThat(FaultPolicy.decide(null, fault, 1, 3)).isInstanceOf(FaultPolicy.Retry.class);
	}

	@Test
	void theSameFaultAgainQuarantinesTheBatch() {
		FaultPolicy.Fault first = FaultPolicy.Fault.of(new IllegalStateException("broken row 17"));
		FaultPolicy.Fault second = FaultPolicy.Fault.of(new IllegalStateException("broken row 17"));
		FaultPolicy.Decision decision = FaultPolicy.decide(first.signature(), second, 2, 3);
		assertThat(decision).isInstanceOf(FaultPolicy.Quarantine.class);
		assertThat(decision.reason()).contains("同一故障").contains(second.reference());
	}

	@Test
	void aDifferentFaultIsRetriedUntilTheAttemptsAreUsedUp() {
		FaultPolicy.Fault a = FaultPolicy.Fault.of(new IllegalStateException("a"));
		FaultPolicy.Fault b = FaultPolicy.Fault.of(new IllegalStateException("b"));
		assertThat(FaultPolicy.decide(a.signature(), b, 2, 3)).isInstanceOf(FaultPolicy.Retry.class);
		assertThat(FaultPolicy.decide(a.signature(), b, 3, 3)).isInstanceOf(FaultPolicy.Quarantine.class);
	}

	@Test
	void aFaultIsRecognisedByItsRootCauseAndItsReferenceShowsNoInternals() {
		FaultPolicy.Fault wrapped = FaultPolicy.Fault
			.of(new DataIntegrityViolationException("PreparedStatementCallback; SQL [INSERT ...]",
					new SQLException("ERROR: value too long\n  Where: COPY ingest_record")));
		FaultPolicy.Fault bare = FaultPolicy.Fault.of(new SQLException("ERROR: value too long\n  Detail: other"));
		assertThat(wrapped.signature()).isEqualTo(bare.signature())
			.isEqualTo("java.sql.SQLException: ERROR: value too long");
		assertThat(wrapped.reference()).matches("[0-9A-F]{8}");
		assertThat(FaultPolicy.decide(null, wrapped, 1, 3).reason()).doesNotContain("SQL").doesNotContain("java");
	}

}
