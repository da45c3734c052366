package io.gongxin.ingest.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class ValidationPipelineTests {

	@Test
	void aFileThatCannotBeReadFailsTheBatchWithItsCode() {
		try (ValidationPipeline pipeline = ValidationPipeline.start("test", 10, new FailingSource(), new String[0],
				null)) {
			assertThatThrownBy(pipeline::next).isInstanceOf(IntakeException.class)
				.hasMessageContaining("could not be read")
				.extracting(ex -> ((IntakeException) ex).code())
				.isEqualTo("GX-ING-005");
			assertThat(pipeline.next()).isNull();
		}
	}

	@Test
	void aFailureWhileValidatingReachesTheWritingThread() {
		// no validator: the first row fails on the reading thread
		try (ValidationPipeline pipeline = ValidationPipeline.start("test", 10, new EndlessSource(),
				new String[] { "CF_WSH" }, null)) {
			assertThatThrownBy(pipeline::next).isInstanceOf(NullPointerException.class);
		}
	}

	@Test
	void rowsArriveInChunksInOrderAndTheEndIsSaid() {
		FiniteSource source = new FiniteSource(25);
		try (ValidationPipeline pipeline = ValidationPipeline.start("test", 10, source, new String[] { "CF_WSH" },
				(row, byCode, formulas, problem) -> new ValidatedRow.Invalid(row, byCode, List.of()))) {
			assertThat(pipeline.next().invalid()).extracting(ValidatedRow::rowNumber).startsWith(1, 2).hasSize(10);
			assertThat(pipeline.next().size()).isEqualTo(10);
			assertThat(pipeline.next().invalid()).extracting(ValidatedRow::rowNumber).endsWith(25).hasSize(5);
			assertThat(pipeline.next()).isNull();
		}
	}

	@Test
	void closingEarlyStopsAReadingThreadThatWaitsForRoom() {
		EndlessSource source = new EndlessSource();
		assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
			ValidationPipeline pipeline = ValidationPipeline.start("test", 10, source, new String[] { "CF_WSH" },
					(row, byCode, formulas, problem) -> new ValidatedRow.Invalid(row, byCode, List.of()));
			assertThat(pipeline.next().size()).isEqualTo(10);
			pipeline.close();
		});
		int readAfterClose = source.row;
		assertThat(readAfterClose).isLessThan(100);
	}

	private static final class FiniteSource extends EndlessSource {

		private final int rows;

		FiniteSource(int rows) {
			this.rows = rows;
		}

		@Override
		public SourceRow next() throws IOException {
			return (this.row < this.rows) ? super.next() : null;
		}

	}

	private static final class FailingSource extends EndlessSource {

		@Override
		public SourceRow next() throws IOException {
			throw new IOException("disk gone");
		}

	}

	private static class EndlessSource implements RowSource {

		int row;

		@Override
		public List<String> headers() {
			return List.of("CF_WSH");
		}

		@Override
		public SourceRow next() throws IOException {
			return new SourceRow(++this.row, List.of("穗市监罚〔2026〕" + this.row + "号"), Set.of(), null);
		}

		@Override
		public String format() {
			return "CSV";
		}

		@Override
		public String encoding() {
			return "UTF-8";
		}

		@Override
		public void close() {
		}

	}

}
