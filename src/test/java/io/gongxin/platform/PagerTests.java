package io.gongxin.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PagerTests {

	static String href(int page) {
		return "/list?page=" + page;
	}

	@Test
	void anExactTotalNamesThePageAmongAllPagesAndLinksItsNeighbours() {
		Pager pager = Pager.of(57, Pager.CAP, 2, 20, PagerTests::href);
		assertThat(pager.summary()).isEqualTo("共 57 条，第 2/3 页");
		assertThat(pager.previous()).isEqualTo("/list?page=1");
		assertThat(pager.next()).isEqualTo("/list?page=3");
		assertThat(pager.links()).extracting(Pager.Link::label).containsExactly("1", "2", "3");
		assertThat(pager.links().get(1).current()).isTrue();
		assertThat(pager.links().get(1).href()).isNull();
	}

	@Test
	void theFirstAndLastPagesHaveNoLinkOutward() {
		assertThat(Pager.of(57, Pager.CAP, 1, 20, PagerTests::href).previous()).isNull();
		assertThat(Pager.of(57, Pager.CAP, 3, 20, PagerTests::href).next()).isNull();
		assertThat(Pager.of(0, Pager.CAP, 1, 20, PagerTests::href).summary()).isEqualTo("共 0 条，第 1/1 页");
	}

	@Test
	void farPagesAreReachedByTheFirstAndLastNumbersAcrossGaps() {
		Pager pager = Pager.of(1_000, Pager.CAP, 25, 20, PagerTests::href);
		assertThat(pager.links()).extracting(Pager.Link::label)
			.containsExactly("1", "…", "23", "24", "25", "26", "27", "…", "50");
		assertThat(pager.links().get(1).gap()).isTrue();
	}

	@Test
	void aTotalAboveTheCapSaysSoAndNumbersNoLastPage() {
		Pager pager = Pager.of(Pager.CAP + 1, Pager.CAP, 3, 20, PagerTests::href);
		assertThat(pager.more()).isTrue();
		assertThat(pager.summary()).isEqualTo("共 10,000 条以上，第 3 页");
		assertThat(pager.links()).extracting(Pager.Link::label).containsExactly("1", "2", "3", "4", "5", "…");
		assertThat(pager.next()).isEqualTo("/list?page=4");
	}

	@Test
	void aRequestedPageIsKeptWithinThePagesThereAre() {
		assertThat(Pager.clamp(99, 57, Pager.CAP, 20)).isEqualTo(3);
		assertThat(Pager.clamp(0, 57, Pager.CAP, 20)).isEqualTo(1);
		assertThat(Pager.clamp(-5, 0, Pager.CAP, 20)).isEqualTo(1);
		assertThat(Pager.clamp(600, 50_000, Pager.CAP, 20)).isEqualTo(500);
	}

	@Test
	void aCursorMayLeadOnAndBack() {
		Pager pager = Pager.of(57, Pager.CAP, 2, 20, PagerTests::href)
			.withNext("/list?before=x")
			.withPrevious("/list?after=y");
		assertThat(pager.next()).isEqualTo("/list?before=x");
		assertThat(pager.previous()).isEqualTo("/list?after=y");
		assertThat(pager.offset(20)).isEqualTo(20);
	}

}
