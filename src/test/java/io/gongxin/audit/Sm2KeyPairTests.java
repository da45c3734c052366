package io.gongxin.audit;

import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SM2 signatures: a reused signer signs each message on its own, also under concurrent
 * use.
 */
class Sm2KeyPairTests {

	final Sm2KeyPair keys = Sm2KeyPair.generate(new SecureRandom());

	@Test
	void consecutiveSignaturesEachVerifyOnlyForTheirOwnMessage() {
		String first = this.keys.sign("报告 1");
		String second = this.keys.sign("报告 2");
		assertThat(Sm2KeyPair.verify(this.keys.publicHex(), "报告 1", first)).isTrue();
		assertThat(Sm2KeyPair.verify(this.keys.publicHex(), "报告 2", second)).isTrue();
		assertThat(Sm2KeyPair.verify(this.keys.publicHex(), "报告 2", first)).isFalse();
		assertThat(Sm2KeyPair.verify(Sm2KeyPair.generate(new SecureRandom()).publicHex(), "报告 1", first)).isFalse();
	}

	@Test
	void concurrentSignaturesAllVerify() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Boolean>> results = IntStream.range(0, 64).mapToObj(i -> pool.submit(() -> {
				String message = "message " + i;
				return Sm2KeyPair.verify(this.keys.publicHex(), message, this.keys.sign(message));
			})).toList();
			for (Future<Boolean> result : results) {
				assertThat(result.get()).isTrue();
			}
		}
		finally {
			pool.shutdown();
		}
	}

}
