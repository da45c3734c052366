package io.gongxin.portal.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import io.gongxin.creditfile.PublicItem;
import io.gongxin.creditfile.PublicationFilter;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.Pager;
import io.gongxin.platform.ProblemKind;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The 双公示 listing and its download. Pages are numbered up to {@value Pager#CAP} items;
 * 上一页 and 下一页 go by cursor (the decision date and record id of the first or last item
 * shown), so paging on costs the same at any depth and past the numbered pages.
 */
@Controller
class PublicationPageController {

	private final PortalQueries queries;

	PublicationPageController(PortalQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/portal/publications")
	@PreAuthorize("permitAll()")
	String publications(@RequestParam(defaultValue = "XZCF") String category,
			@RequestParam(required = false) String department,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "1") int page,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate before,
			@RequestParam(required = false) Long beforeId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate after,
			@RequestParam(required = false) Long afterId, Model model) {
		PublicationFilter filter = new PublicationFilter(category, department, from, to);
		int size = PortalQueries.PAGE;
		long counted = this.queries.countPublications(filter);
		boolean backwards = after != null || afterId != null;
		if (backwards && (after == null || afterId == null)) {
			throw new DomainException("GX-CF-004", ProblemKind.BAD_REQUEST,
					"A page cursor needs both the decision date and the record id.");
		}
		int shown;
		List<PublicItem> items;
		boolean older;
		boolean newer;
		if (backwards) {
			shown = Math.max(1, page);
			items = this.queries.publicationsNewerThan(filter, after, afterId, size + 1);
			newer = items.size() > size;
			// the page ends just before the cursor: keep the items nearest to it
			items = newer ? items.subList(1, items.size()) : items;
			older = true;
			// nothing newer: this is the first page, whatever the link said
			shown = newer ? shown : 1;
		}
		else {
			boolean cursor = before != null || beforeId != null;
			shown = cursor ? Math.max(1, page) : Pager.clamp(page, counted, Pager.CAP, size);
			items = cursor ? this.queries.publications(filter, before, beforeId, size + 1)
					: this.queries.publicationsAt(filter, (shown - 1) * size, size + 1);
			older = items.size() > size;
			items = older ? items.subList(0, size) : items;
			newer = shown > 1;
		}
		int current = shown;
		Pager pager = Pager.of(counted, Pager.CAP, current, size, n -> link(filter).page(n).toString());
		PublicItem first = items.isEmpty() ? null : items.get(0);
		PublicItem last = items.isEmpty() ? null : items.get(items.size() - 1);
		pager = pager.withNext((older && last != null) ? link(filter).page(current + 1)
			.with("before", last.decisionDate())
			.with("beforeId", last.recordId())
			.toString() : null);
		if (!newer || first == null) {
			pager = pager.withPrevious(null);
		}
		else if (current > 2) {
			pager = pager.withPrevious(link(filter).page(current - 1)
				.with("after", first.decisionDate())
				.with("afterId", first.recordId())
				.toString());
		}
		model.addAttribute("filter", filter);
		model.addAttribute("items", items);
		model.addAttribute("pager", pager);
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

	private static Href link(PublicationFilter filter) {
		return Href.to("/portal/publications")
			.with("category", filter.category())
			.with("department", filter.department())
			.with("from", filter.from())
			.with("to", filter.to());
	}

}
