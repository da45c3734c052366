package io.gongxin.identifier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RegionsTests {

	private final Regions regions = new Regions();

	@Test
	void namesProvincesPrefecturesAndDistrictsWithTheirCity() {
		assertThat(this.regions.name("440000")).hasValue("广东省");
		assertThat(this.regions.name("440100")).hasValue("广州市");
		assertThat(this.regions.name("440106")).hasValue("广州市天河区");
		assertThat(this.regions.name("441502")).hasValue("汕尾市城区");
		assertThat(this.regions.name("441900")).hasValue("东莞市");
		assertThat(this.regions.name("650000")).hasValue("新疆维吾尔自治区");
		assertThat(this.regions.name("100000")).hasValue("全国");
	}

	@Test
	void aPrefixIsNamedAsTheAreaItCovers() {
		assertThat(this.regions.prefixText("4401")).isEqualTo("广州市");
		assertThat(this.regions.prefixText("44")).isEqualTo("广东省");
		assertThat(this.regions.prefixText("440106")).isEqualTo("广州市天河区");
		assertThat(this.regions.prefixText("99")).isEqualTo("99");
	}

	@Test
	void anUnlistedCodeIsNamedByItsPrefectureElseItsProvince() {
		assertThat(this.regions.name("440199")).hasValue("广州市");
		assertThat(this.regions.name("110101")).hasValue("北京市");
		assertThat(this.regions.name("320505")).hasValue("江苏省");
	}

	@Test
	void nothingIsMadeUpForAnUnknownProvinceOrAMalformedCode() {
		assertThat(this.regions.name("990100")).isEmpty();
		assertThat(this.regions.name("4401")).isEmpty();
		assertThat(this.regions.name(null)).isEmpty();
		assertThat(this.regions.text("990100")).isEqualTo("990100");
		assertThat(this.regions.text(null)).isEmpty();
	}

	@Test
	void theRegisterHoldsAllProvincesAndAllOfGuangdong() {
		long provinces = java.util.stream.IntStream.rangeClosed(11, 82)
			.mapToObj(p -> p + "0000")
			.filter(code -> this.regions.name(code).isPresent())
			.count();
		assertThat(provinces).isEqualTo(34);
		long cities = java.util.stream.IntStream.rangeClosed(1, 99)
			.mapToObj(c -> String.format("44%02d00", c))
			.filter(code -> this.regions.name(code).filter(n -> !n.equals("广东省")).isPresent())
			.count();
		assertThat(cities).isEqualTo(21);
		assertThat(this.regions.size()).isGreaterThan(170);
	}

}
