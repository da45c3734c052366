package io.gongxin.portal.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import io.gongxin.creditfile.PublicItem;
import io.gongxin.creditfile.PublicationFilter;
import io.gongxin.subject.SubjectHit;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The portal as JSON, for 信用中国-style aggregators and the demo. */
@RestController
class PublicApiController {

	private final PortalQueries queries;

	PublicApiController(PortalQueries queries) {
		this.queries = queries;
	}

	record Hit(long id, String name, String type, String status, String code) {

		static Hit of(SubjectHit hit) {
			return new Hit(hit.id().value(), hit.name(), hit.type().label(),
					(hit.status() != null) ? hit.status().label() : null, hit.displayKey());
		}

	}

	record Page(List<PublicItem> items, String next) {
	}

	@GetMapping("/api/public/search")
	@PreAuthorize("permitAll()")
	List<Hit> search(@RequestParam String q) {
		return this.queries.search(q).stream().map(Hit::of).toList();
	}

	@GetMapping("/api/public/credit-files/{id}")
	@PreAuthorize("permitAll()")
	CreditFile creditFile(@PathVariable long id) {
		PublicSubject subject = this.queries.subject(id);
		Map<String, List<PublicItem>> tabs = new LinkedHashMap<>();
		for (PortalTab tab : PortalTab.values()) {
			if (tab.getCategory() != null) {
				tabs.put(tab.getCategory(), this.queries.tab(id, tab));
			}
		}
		return new CreditFile(subject, tabs);
	}

	/** A public credit file: the subject and its public items by category. */
	record CreditFile(PublicSubject subject, Map<String, List<PublicItem>> items) {
	}

	@GetMapping("/api/public/publications")
	@PreAuthorize("permitAll()")
	Page publications(@RequestParam(defaultValue = "XZCF") String category,
			@RequestParam(required = false) String department,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate before,
			@RequestParam(required = false) Long beforeId, @RequestParam(defaultValue = "50") int limit) {
		int size = Math.max(1, Math.min(limit, 500));
		List<PublicItem> items = this.queries.publications(new PublicationFilter(category, department, from, to),
				before, beforeId, size + 1);
		String next = null;
		if (items.size() > size) {
			items = items.subList(0, size);
			PublicItem last = items.get(size - 1);
			next = "before=" + last.decisionDate() + "&beforeId=" + last.recordId();
		}
		return new Page(items, next);
	}

	@GetMapping("/api/public/publications.csv")
	@PreAuthorize("permitAll()")
	void download(@RequestParam(defaultValue = "XZCF") String category,
			@RequestParam(required = false) String department,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		PublicationCsv.write(this.queries, new PublicationFilter(category, department, from, to), response);
	}

}
