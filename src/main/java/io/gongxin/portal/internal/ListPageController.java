package io.gongxin.portal.internal;

import java.util.Arrays;
import java.util.List;

import io.gongxin.creditfile.PublicText;
import io.gongxin.lists.ListKind;
import io.gongxin.lists.Lists;
import io.gongxin.lists.PublicListEntry;
import io.gongxin.measures.Measure;
import io.gongxin.measures.Measures;
import io.gongxin.platform.DomainException;
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

	@GetMapping("/portal/lists/{slug}")
	@PreAuthorize("permitAll()")
	String list(@PathVariable String slug, @RequestParam(defaultValue = "") String q,
			@RequestParam(required = false) Long before, Model model) {
		ListKind kind = ListKind.parse(slug)
			.orElseThrow(() -> new DomainException("GX-LST-004", ProblemKind.NOT_FOUND, "No such list."));
		List<PublicListEntry> entries = this.lists.publicPage(kind, q, before, PAGE + 1);
		boolean more = entries.size() > PAGE;
		entries = more ? entries.subList(0, PAGE) : entries;
		model.addAttribute("kind", kind);
		model.addAttribute("kinds", Arrays.asList(ListKind.values()));
		model.addAttribute("q", PublicText.mask(q));
		model.addAttribute("entries", entries);
		model.addAttribute("total", this.lists.publicCount(kind));
		model.addAttribute("next", more ? entries.get(entries.size() - 1).id() : null);
		return "portal/lists";
	}

	@GetMapping("/portal/measures")
	@PreAuthorize("permitAll()")
	String measures(Model model) {
		List<Measure> inForce = this.measures.inForceNow();
		model.addAttribute("sanctions", inForce.stream().filter(m -> m.kind().punitive()).toList());
		model.addAttribute("incentives", inForce.stream().filter(m -> !m.kind().punitive()).toList());
		return "portal/measures";
	}

}
