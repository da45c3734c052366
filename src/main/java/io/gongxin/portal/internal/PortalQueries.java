package io.gongxin.portal.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.gongxin.creditfile.BasicData;
import io.gongxin.creditfile.BasicData.Fact;
import io.gongxin.creditfile.BasicData.Kind;
import io.gongxin.creditfile.CreditFiles;
import io.gongxin.creditfile.PublicItem;
import io.gongxin.creditfile.PublicText;
import io.gongxin.creditfile.PublicationFilter;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.Pager;
import io.gongxin.platform.ProblemKind;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectHit;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectSearchPage;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reads behind the portal's pages and its public API. */
@Service
class PortalQueries {

	static final int PAGE = 20;

	private final Subjects subjects;

	private final CreditFiles creditFiles;

	private final Providers providers;

	PortalQueries(Subjects subjects, CreditFiles creditFiles, Providers providers) {
		this.subjects = subjects;
		this.creditFiles = creditFiles;
		this.providers = providers;
	}

	List<SubjectHit> search(String query) {
		if (query == null || query.isBlank()) {
			return List.of();
		}
		checkLength(query);
		return this.subjects.search(query.strip(), Subjects.Audience.PUBLIC, PAGE)
			.stream()
			.filter(hit -> !hit.type().isPerson())
			.toList();
	}

	/**
	 * One page of the public search (natural persons are never found: the public audience
	 * leaves them out).
	 */
	SubjectSearchPage search(String query, int offset) {
		if (query == null || query.isBlank()) {
			return SubjectSearchPage.EMPTY;
		}
		checkLength(query);
		return this.subjects.searchPage(query.strip(), Subjects.Audience.PUBLIC, offset, PAGE);
	}

	/** Subjects the background name indexer has not reached yet. */
	long namesAwaitingIndex() {
		return this.subjects.namesAwaitingIndex();
	}

	private static void checkLength(String query) {
		if (query.length() > 100) {
			throw new DomainException("GX-PRT-003", ProblemKind.BAD_REQUEST, "A search has at most 100 characters.");
		}
	}

	/**
	 * @throws DomainException {@code GX-PRT-002} for an unknown subject or a person
	 */
	@Transactional(readOnly = true)
	PublicSubject subject(long id) {
		Subject subject = (id > 0) ? this.subjects.find(new SubjectId(id)).orElse(null) : null;
		if (subject == null || subject.type().isPerson()) {
			throw new DomainException("GX-PRT-002", ProblemKind.NOT_FOUND, "No public credit file " + id + ".");
		}
		SubjectKey key = subject.currentKey();
		List<String> former = this.subjects.nameHistory(subject.id())
			.stream()
			.filter(name -> !name.equals(subject.name()))
			.map(PublicText::mask)
			.toList();
		BasicData basic = this.creditFiles.basicData(subject.id());
		Optional<Fact> status = basic.fact(Kind.STATUS);
		Optional<Fact> representative = basic.fact(Kind.LEGAL_REPRESENTATIVE);
		Optional<Fact> registered = basic.fact(Kind.REGISTRATION_DATE);
		Optional<Fact> address = basic.fact(Kind.ADDRESS);
		return new PublicSubject(id, PublicText.mask(subject.name()), subject.type().label(),
				status.map(Fact::value)
					.map(PublicText::mask)
					.orElse((subject.status() != null) ? subject.status().label() : null),
				(key != null) ? PublicText.mask(key.value()) : null, (key != null) ? kindLabel(key.kind()) : null,
				PublicText.mask(representative.map(Fact::value).orElse(subject.legalRepresentative())),
				subject.registeringAuthority(), basic.registeredOn().orElse(subject.registeredOn()),
				subject.divisionCode(), former,
				(subject.type() == SubjectType.INDIVIDUAL_BUSINESS) ? "经营者" : "法定代表人（负责人）",
				address.map(Fact::value).map(PublicText::mask).orElse(null), provenance(status),
				provenance(representative), provenance(registered), provenance(address));
	}

	private static PublicSubject.Provenance provenance(Optional<Fact> fact) {
		return fact
			.map(f -> new PublicSubject.Provenance(f.source().categoryName(), f.source().providerName(),
					PublicText.mask(f.source().documentNumber()), f.asOf()))
			.orElse(null);
	}

	List<PublicItem> tab(long id, PortalTab tab) {
		subject(id);
		if (tab.getCategory() == null) {
			return List.of();
		}
		return this.creditFiles.publicItems(new SubjectId(id), tab.getCategory(), 200);
	}

	/** A page of the subject's items of the tab's category. */
	List<PublicItem> tab(long id, PortalTab tab, int offset, int limit) {
		if (tab.getCategory() == null) {
			return List.of();
		}
		return this.creditFiles.publicItems(new SubjectId(id), tab.getCategory(), offset, limit);
	}

	/** The number of items in publicity on each tab that lists a category. */
	Map<PortalTab, Long> counts(long id) {
		Map<String, Long> byCategory = this.creditFiles.publicCounts(new SubjectId(id));
		Map<PortalTab, Long> counts = new java.util.EnumMap<>(PortalTab.class);
		for (PortalTab tab : PortalTab.values()) {
			if (tab.getCategory() != null) {
				counts.put(tab, byCategory.getOrDefault(tab.getCategory(), 0L));
			}
		}
		return counts;
	}

	List<PublicItem> publications(PublicationFilter filter, LocalDate beforeDate, Long beforeId, int limit) {
		return this.creditFiles.publications(filter, beforeDate, beforeId, limit);
	}

	List<PublicItem> publicationsAt(PublicationFilter filter, int offset, int limit) {
		return this.creditFiles.publicationsAt(filter, offset, limit);
	}

	List<PublicItem> publicationsNewerThan(PublicationFilter filter, LocalDate afterDate, long afterId, int limit) {
		return this.creditFiles.publicationsNewerThan(filter, afterDate, afterId, limit);
	}

	/** The listing's size, counted up to {@link Pager#CAP} + 1. */
	long countPublications(PublicationFilter filter) {
		return this.creditFiles.countPublications(filter, Pager.CAP);
	}

	Map<String, String> departments() {
		return this.providers.list(null, 500)
			.stream()
			.collect(Collectors.toMap(Provider::code, Provider::name, (a, b) -> a, java.util.TreeMap::new));
	}

	private static String kindLabel(SubjectKey.Kind kind) {
		return switch (kind) {
			case USCC -> "统一社会信用代码";
			case REGISTRATION_NUMBER -> "注册号";
			case ORG_CODE -> "组织机构代码";
			case CITIZEN_ID -> "身份证件号码";
		};
	}

}
