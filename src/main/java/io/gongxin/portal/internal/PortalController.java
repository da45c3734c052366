package io.gongxin.portal.internal;

import java.util.List;
import java.util.Map;

import io.gongxin.creditfile.PublicText;
import io.gongxin.lists.Lists;
import io.gongxin.lists.PublicListEntry;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.Pager;
import io.gongxin.platform.ProblemKind;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectName;
import io.gongxin.subject.SubjectSearchPage;
import io.gongxin.subject.Subjects;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The portal's pages. Every page works as plain links and forms; htmx only swaps the
 * results or the tab panel in place when JavaScript runs.
 */
@Controller
class PortalController {

	/** Items per page of a subject's tab: each is a card of its own. */
	static final int TAB_PAGE = 10;

	private final PortalQueries queries;

	private final Lists lists;

	private final PublicationFigures figures;

	PortalController(PortalQueries queries, Lists lists, PublicationFigures figures) {
		this.queries = queries;
		this.lists = lists;
		this.figures = figures;
	}

	@GetMapping("/")
	@PreAuthorize("permitAll()")
	String home(Model model) {
		model.addAttribute("figures", this.figures.current());
		return "portal/home";
	}

	@GetMapping("/portal/search")
	@PreAuthorize("permitAll()")
	String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		String query = q.strip();
		// one character matches too much to mean anything (and no name index holds it)
		boolean tooShort = query.codePointCount(0, query.length()) == 1;
		// the query is echoed back, in the page and in its paging links: a citizen id
		// typed into it must not come back in clear
		String shownQuery = PublicText.mask(q);
		SubjectSearchPage found = SubjectSearchPage.EMPTY;
		Pager pager = null;
		if (!tooShort && !query.isEmpty()) {
			int wanted = Math.max(1, page);
			found = this.queries.search(query, (wanted - 1) * PortalQueries.PAGE);
			long counted = found.total() + (found.more() ? 1 : 0);
			int shown = Pager.clamp(wanted, counted, Subjects.SEARCH_WINDOW, PortalQueries.PAGE);
			if (shown != wanted) {
				found = this.queries.search(query, (shown - 1) * PortalQueries.PAGE);
			}
			pager = Pager.of(counted, Subjects.SEARCH_WINDOW, shown, PortalQueries.PAGE,
					n -> Href.to("/portal/search").with("q", shownQuery).page(n).toString());
			if (found.total() == 0) {
				awaitingIndex(query, model);
			}
		}
		model.addAttribute("hits", found.hits());
		model.addAttribute("found", found);
		model.addAttribute("pager", pager);
		model.addAttribute("tooShort", tooShort);
		model.addAttribute("window", Subjects.SEARCH_WINDOW);
		model.addAttribute("q", shownQuery);
		return (htmx != null) ? "portal/fragments :: results" : "portal/search";
	}

	/**
	 * Nothing found while subjects registered in bulk still wait for the name indexer:
	 * they may be among them, findable by pinyin or a fragment of their name only later.
	 */
	private void awaitingIndex(String query, Model model) {
		long pending = this.queries.namesAwaitingIndex();
		if (pending > 0) {
			model.addAttribute("awaitingIndex", Pager.number(pending));
			model.addAttribute("latinQuery", SubjectName.isLatinQuery(SubjectName.normalize(query)));
		}
	}

	@GetMapping("/portal/subjects/{id}")
	@PreAuthorize("permitAll()")
	String subject(@PathVariable long id, @RequestParam(defaultValue = "jbxx") String tab,
			@RequestParam(defaultValue = "1") int page, Model model) {
		PortalTab selected = tab(tab);
		model.addAttribute("subject", this.queries.subject(id));
		file(id, selected, page, model);
		return "portal/subject";
	}

	@GetMapping("/portal/subjects/{id}/tabs/{tab}")
	@PreAuthorize("permitAll()")
	String tabPanel(@PathVariable long id, @PathVariable String tab, @RequestParam(defaultValue = "1") int page,
			Model model) {
		PortalTab selected = tab(tab);
		model.addAttribute("subject", this.queries.subject(id));
		file(id, selected, page, model);
		return "portal/fragments :: file";
	}

	/** The tabs with their counts and the selected tab's page of items. */
	private void file(long id, PortalTab selected, int page, Model model) {
		Map<PortalTab, Long> counts = this.queries.counts(id);
		model.addAttribute("tabs", PortalTab.values());
		model.addAttribute("counts", counts);
		model.addAttribute("tab", selected);
		List<io.gongxin.creditfile.PublicItem> items = List.of();
		if (selected.getCategory() != null) {
			long total = counts.getOrDefault(selected, 0L);
			int shown = Pager.clamp(page, total, Pager.CAP, TAB_PAGE);
			items = this.queries.tab(id, selected, (shown - 1) * TAB_PAGE, TAB_PAGE);
			model.addAttribute("pager", Pager.of(total, Pager.CAP, shown, TAB_PAGE,
					n -> Href.to("/portal/subjects/" + id).with("tab", selected.getSlug()).page(n).toString()));
		}
		model.addAttribute("items", items);
		listing(id, model);
	}

	/** The lists the subject is on today, per the public rules of each list. */
	private void listing(long id, Model model) {
		List<PublicListEntry> listing = this.lists.publicEntriesOf(new SubjectId(id));
		model.addAttribute("listing", listing);
		model.addAttribute("listingByCategory", listing.stream()
			.collect(java.util.stream.Collectors.groupingBy(entry -> String.valueOf(entry.kind().categoryCode()))));
	}

	private static PortalTab tab(String slug) {
		return PortalTab.of(slug)
			.orElseThrow(() -> new DomainException("GX-PRT-004", ProblemKind.NOT_FOUND, "No tab " + slug + "."));
	}

}
