package io.gongxin.ingest.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class IntakeDeskTests {

	@Test
	void theFirstPageOfBatchesCountsFromThePlatformClockNotTheMachineClock() {
		Instant platformNow = Instant.parse("2031-03-02T01:00:00Z");
		BatchStore batches = mock(BatchStore.class);
		when(batches.ofProvider(any(), any(), anyInt())).thenReturn(List.of());
		IntakeDesk desk = new IntakeDesk(batches, null, null, null, null, null, Runnable::run, null,
				mock(org.springframework.transaction.PlatformTransactionManager.class),
				Clock.fixed(platformNow, ZoneId.of("Asia/Shanghai")), null, null);

		desk.batches("GZ-SCJGJ", null, 20);

		verify(batches).ofProvider(eq("GZ-SCJGJ"), eq(platformNow.plusSeconds(60)), eq(20));
	}

}
