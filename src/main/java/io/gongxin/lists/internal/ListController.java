package io.gongxin.lists.internal;

import java.time.Instant;
import java.util.List;

import io.gongxin.lists.ListEntry;
import io.gongxin.lists.ListKind;
import io.gongxin.lists.Lists;
import io.gongxin.lists.PublicListEntry;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.subject.SubjectId;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The lists as JSON: public list pages, and a subject's entries for officers. */
@RestController
class ListController {

	static final String OFFICE = "hasAnyRole('OFFICER', 'REVIEWER', 'ADMIN')";

	private final Lists lists;

	ListController(Lists lists) {
		this.lists = lists;
	}

	/** A page of one public list. */
	record Page(String list, String listName, long total, List<PublicListEntry> entries, Long next) {
	}

	@GetMapping("/api/public/lists/{kind}")
	@PreAuthorize("permitAll()")
	Page publicList(@PathVariable String kind, @RequestParam(required = false) String q,
			@RequestParam(required = false) Long before, @RequestParam(defaultValue = "20") int limit) {
		ListKind list = kind(kind);
		int size = Math.max(1, Math.min(limit, 100));
		List<PublicListEntry> entries = this.lists.publicPage(list, q, before, size + 1);
		boolean more = entries.size() > size;
		entries = more ? entries.subList(0, size) : entries;
		return new Page(list.slug(), list.label(), this.lists.publicCount(list), entries,
				more ? entries.get(entries.size() - 1).id() : null);
	}

	/** Every entry of a subject (ended ones too), or those counting at an instant. */
	@GetMapping("/api/lists/subjects/{subjectId}")
	@PreAuthorize(OFFICE)
	List<ListEntry> ofSubject(@PathVariable long subjectId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asOf) {
		SubjectId id = new SubjectId(subjectId);
		return (asOf == null) ? this.lists.history(id) : this.lists.inForce(id, asOf);
	}

	static ListKind kind(String text) {
		return ListKind.parse(text)
			.orElseThrow(() -> new DomainException("GX-LST-004", ProblemKind.NOT_FOUND, "No such list.",
					java.util.Map.of("list", String.valueOf(text))));
	}

}
