package io.gongxin.portal.internal;

import java.util.Arrays;
import java.util.List;

import io.gongxin.creditfile.PublicText;
import io.gongxin.lists.ListKind;
import io.gongxin.lists.Lists;
import io.gongxin.measures.Measure;
import io.gongxin.measures.Measures;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.Pager;
import io.gongxin.platform.ProblemKind;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public list pages (严重失信主体名单, 经营异常名录, 失信被执行人, 红名单…) and the public measure catalog.
 */
@Controller
class ListPageController {

	static final int PAGE = 20;

	private final Lists lists;

	private final Measures measures;

	ListPageController(Lists lists, Measures measures) {
		this.lists = lists;
		this.measures = measures;
	}

	/**
	 * A list by page number, newest entries first (a list is read by position up to
	 * {@value Pager#CAP} entries: beyond, a name or code narrows it).
	 */
	@GetMapping("/portal/lists/{slug}")
	@PreAuthorize("permitAll()")
	String list(@PathVariable String slug, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "1") int page, Model model) {
		ListKind kind = ListKind.parse(slug)
			.orElseThrow(() -> new DomainException("GX-LST-004", ProblemKind.NOT_FOUND, "No such list."));
		long counted = this.lists.publicCount(kind, q, Pager.CAP);
		int shown = Pager.clamp(page, counted, Pager.CAP, PAGE);
		String shownQuery = PublicText.mask(q);
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", Arrays.asList(ListKind.values()));
		model.addAttribute("q", shownQuery);
		model.addAttribute("entries", this.lists.publicPageAt(kind, q, (shown - 1) * PAGE, PAGE));
		model.addAttribute("total", this.lists.publicCount(kind));
		model.addAttribute("pager", Pager.of(counted, Pager.CAP, shown, PAGE,
				n -> Href.to("/portal/lists/" + kind.slug()).with("q", shownQuery).page(n).toString()));
		return "portal/lists";
	}

	/**
	 * The measures in force, sanctions and incentives each paged on its own (the catalog
	 * is short: it is paged in memory).
	 */
	@GetMapping("/portal/measures")
	@PreAuthorize("permitAll()")
	String measures(@RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "1") int incentivesPage,
			Model model) {
		List<Measure> inForce = this.measures.inForceNow();
		List<Measure> sanctions = inForce.stream().filter(m -> m.kind().punitive()).toList();
		List<Measure> incentives = inForce.stream().filter(m -> !m.kind().punitive()).toList();
		int sanctionsShown = Pager.clamp(page, sanctions.size(), Integer.MAX_VALUE - 1, PAGE);
		int incentivesShown = Pager.clamp(incentivesPage, incentives.size(), Integer.MAX_VALUE - 1, PAGE);
		model.addAttribute("sanctions", slice(sanctions, sanctionsShown));
		model.addAttribute("incentives", slice(incentives, incentivesShown));
		model.addAttribute("sanctionsPager",
				Pager.ofList(sanctions.size(), sanctionsShown, PAGE,
						n -> Href.to("/portal/measures")
							.page(n)
							.with("incentivesPage", (incentivesShown > 1) ? incentivesShown : null)
							.toString() + "#sanctions"));
		model.addAttribute("incentivesPager",
				Pager.ofList(incentives.size(), incentivesShown, PAGE,
						n -> Href.to("/portal/measures")
							.page(sanctionsShown)
							.with("incentivesPage", (n > 1) ? n : null)
							.toString() + "#incentives"));
		return "portal/measures";
	}

	private static <T> List<T> slice(List<T> all, int page) {
		int from = Math.min(all.size(), (page - 1) * PAGE);
		return all.subList(from, Math.min(all.size(), from + PAGE));
	}

}
