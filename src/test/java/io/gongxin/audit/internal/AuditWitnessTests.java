package io.gongxin.audit.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class AuditWitnessTests {

	private static final String HASH_A = "a".repeat(64);

	private static final String HASH_B = "b".repeat(64);

	private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T08:00:00Z"), ZoneOffset.UTC);

	@TempDir
	Path dir;

	@Test
	void aWitnessedHeadOutlivesTheProcessThatSawIt() {
		Path file = this.dir.resolve("audit/witness.log");
		AuditWitness first = new AuditWitness(file, this.clock);
		first.witness("chain-1", 41, HASH_A);
		first.witness("chain-1", 42, HASH_B);
		first.witness("chain-2", 7, HASH_A);
		first.stop();

		AuditWitness next = new AuditWitness(file, this.clock);
		assertThat(next.floor("chain-1")).isEqualTo(42);
		assertThat(next.head("chain-1")).contains(new AuditWitness.Mark(42, HASH_B));
		assertThat(next.floor("chain-2")).isEqualTo(7);
		assertThat(next.floor("chain-3")).isZero();
		next.stop();
	}

	@Test
	void anOlderHeadArrivingLateNeverLowersTheFloor() {
		AuditWitness witness = new AuditWitness(this.dir.resolve("witness.log"), this.clock);
		witness.witness("chain", 10, HASH_A);
		witness.witness("chain", 9, HASH_B);
		assertThat(witness.head("chain")).contains(new AuditWitness.Mark(10, HASH_A));
		witness.stop();
	}

	@Test
	void linesItCannotReadAreSkippedNotFatal() throws Exception {
		Path file = this.dir.resolve("witness.log");
		Files.writeString(file, "garbage\n2026-12-03T08:00:00Z chain=c seq=5 hash=" + HASH_A
				+ "\n2026-12-03T08:00:01Z chain=c seq=6 hash=tooshort\n2026-12-03T08:00:02Z chain=c seq=");
		AuditWitness witness = new AuditWitness(file, this.clock);
		assertThat(witness.floor("c")).isEqualTo(5);
		witness.stop();
	}

	@Test
	void eachFlushAppendsOneLinePerChainWithItsNewestHead() throws Exception {
		Path file = this.dir.resolve("witness.log");
		AuditWitness witness = new AuditWitness(file, this.clock);
		witness.witness("c", 1, HASH_A);
		witness.witness("c", 2, HASH_B);
		witness.flush();
		witness.flush();
		assertThat(Files.readAllLines(file)).containsExactly("2026-12-03T08:00:00Z chain=c seq=2 hash=" + HASH_B);
		witness.stop();
	}

}
