package io.gongxin.platform;

import java.io.File;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ModuleNamesTests {

	@Test
	void everyModuleOfThePlatformHasAChineseName() throws URISyntaxException {
		// the application's own classes, not the tests' (which add support packages)
		File root = new File(new File(ModuleNames.class.getProtectionDomain().getCodeSource().getLocation().toURI()),
				"io/gongxin");
		List<String> modules = Arrays.stream(root.listFiles(File::isDirectory)).map(File::getName).toList();
		assertThat(modules).contains("quality", "ingest", "subscription");
		assertThat(modules).allSatisfy((module) -> assertThat(ModuleNames.names(module)).as(module).isTrue());
	}

	@Test
	void aJavaNameInsideAModuleIsNamedByItsModule() {
		assertThat(ModuleNames.of("io.gongxin.quality.internal.MetricsListener.on(io.gongxin.ingest.RecordsAccepted)"))
			.contains("数据质量");
		assertThat(ModuleNames.of("ingest")).contains("数据归集");
		assertThat(ModuleNames.of("org.example.Other")).isEmpty();
		assertThat(ModuleNames.of(null)).isEmpty();
	}

	@Test
	void anEventIsNamedByItsDeclaredTitleUnderItsClassAndItsExternalType() {
		assertThat(EventTitles.of("quality.notice-raised")).contains("数据质量通知");
		assertThat(EventTitles.of("io.gongxin.quality.QualityNoticeRaised")).contains("数据质量通知");
		assertThat(EventTitles.of("io.gongxin.NoSuchEvent")).isEmpty();
		assertThat(EventTitles.of("java.lang.String")).isEmpty();
		assertThat(EventTitles.text("java.lang.String")).isEqualTo("其他事件");
	}

}
