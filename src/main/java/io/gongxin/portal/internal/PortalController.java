package io.gongxin.portal.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import io.gongxin.creditfile.PublicItem;
import io.gongxin.creditfile.PublicText;
import io.gongxin.lists.Lists;
import io.gongxin.lists.PublicListEntry;
import io.gongxin.subject.SubjectId;
import io.gongxin.creditfile.PublicationFilter;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

import org.springframework.format.annotation.DateTimeFormat;
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

	private final PortalQueries queries;

	private final Lists lists;

	PortalController(PortalQueries queries, Lists lists) {
		this.queries = queries;
		this.lists = lists;
	}

	@GetMapping("/")
	@PreAuthorize("permitAll()")
	String home() {
		return "portal/home";
	}

	@GetMapping("/portal/search")
	@PreAuthorize("permitAll()")
	String search(@RequestParam(defaultValue = "") String q,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
		String query = q.strip();
		// one character matches too much to mean anything (and no name index holds it)
		boolean tooShort = query.codePointCount(0, query.length()) == 1;
		var hits = tooShort ? java.util.List.<io.gongxin.subject.SubjectHit>of() : this.queries.search(query);
		model.addAttribute("hits", hits);
		model.addAttribute("tooShort", tooShort);
		model.addAttribute("shownAtMost", PortalQueries.PAGE);
		model.addAttribute("more", hits.size() >= PortalQueries.PAGE);
		// the query is echoed back: a citizen id typed into it must not come back in
		// clear
		model.addAttribute("q", PublicText.mask(q));
		return (htmx != null) ? "portal/fragments :: results" : "portal/search";
	}

	@GetMapping("/portal/subjects/{id}")
	@PreAuthorize("permitAll()")
	String subject(@PathVariable long id, @RequestParam(defaultValue = "jbxx") String tab, Model model) {
		PortalTab selected = tab(tab);
		model.addAttribute("subject", this.queries.subject(id));
		model.addAttribute("tabs", PortalTab.values());
		model.addAttribute("tab", selected);
		model.addAttribute("items", this.queries.tab(id, selected));
		listing(id, model);
		return "portal/subject";
	}

	@GetMapping("/portal/subjects/{id}/tabs/{tab}")
	@PreAuthorize("permitAll()")
	String tabPanel(@PathVariable long id, @PathVariable String tab, Model model) {
		PortalTab selected = tab(tab);
		model.addAttribute("subject", this.queries.subject(id));
		model.addAttribute("tab", selected);
		model.addAttribute("items", this.queries.tab(id, selected));
		model.addAttribute("tabs", PortalTab.values());
		listing(id, model);
		return "portal/fragments :: file";
	}

	@GetMapping("/portal/publications")
	@PreAuthorize("permitAll()")
	String publications(@RequestParam(defaultValue = "XZCF") String category,
			@RequestParam(required = false) String department,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate before,
			@RequestParam(required = false) Long beforeId, Model model) {
		PublicationFilter filter = new PublicationFilter(category, department, from, to);
		List<PublicItem> items = this.queries.publications(filter, before, beforeId, PortalQueries.PAGE + 1);
		boolean more = items.size() > PortalQueries.PAGE;
		items = more ? items.subList(0, PortalQueries.PAGE) : items;
		model.addAttribute("filter", filter);
		model.addAttribute("items", items);
		model.addAttribute("next", more ? items.get(items.size() - 1) : null);
		model.addAttribute("departments", this.queries.departments());
		return "portal/publications";
	}

	@GetMapping("/portal/publications.csv")
	@PreAuthorize("permitAll()")
	void download(@RequestParam(defaultValue = "XZCF") String category,
			@RequestParam(required = false) String department,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		PublicationCsv.write(this.queries, new PublicationFilter(category, department, from, to), response);
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
