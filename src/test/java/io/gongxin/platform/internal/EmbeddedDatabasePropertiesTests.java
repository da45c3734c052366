package io.gongxin.platform.internal;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EmbeddedDatabasePropertiesTests {

	@Test
	void tuningSettingsAreNamedAsThePostgresqlConfNamesThem() {
		var properties = properties(Map.of("shared-buffers", "4GB", "Effective-Cache-Size", " 16GB "));

		assertThat(properties.settings()).containsOnly(Map.entry("shared_buffers", "4GB"),
				Map.entry("effective_cache_size", "16GB"));
	}

	@Test
	void noSettingsMeansThePlatformsOwnAlone() {
		assertThat(properties(null).settings()).isEmpty();
	}

	@Test
	void durabilityCannotBeTunedAway() {
		for (String fixed : new String[] { "fsync", "synchronous-commit", "full-page-writes", "port", "timezone" }) {
			assertThatIllegalArgumentException().isThrownBy(() -> properties(Map.of(fixed, "off")))
				.withMessageContaining(fixed)
				.withMessageContaining("fixed by the platform");
		}
	}

	@Test
	void aNameThatIsNoSettingNameOrAValueOnSeveralLinesIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> properties(Map.of("shared buffers", "1GB")))
			.withMessageContaining("not a PostgreSQL setting name");
		assertThatIllegalArgumentException().isThrownBy(() -> properties(Map.of("work-mem", "4MB\nfsync=off")))
			.withMessageContaining("one-line value");
		assertThatIllegalArgumentException().isThrownBy(() -> properties(Map.of("work-mem", " ")))
			.withMessageContaining("one-line value");
	}

	private static EmbeddedDatabaseProperties properties(Map<String, String> settings) {
		return new EmbeddedDatabaseProperties(null, 0, Duration.ofSeconds(2), settings);
	}

}
