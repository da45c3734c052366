package io.gongxin.report.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.gongxin.platform.PublicAddress;
import io.gongxin.catalog.CatalogVersionId;
import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.Catalogs;
import io.gongxin.catalog.PublicityRule;
import io.gongxin.creditfile.BasicData;
import io.gongxin.creditfile.BasicData.Fact;
import io.gongxin.creditfile.BasicData.Kind;
import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.CreditFiles;
import io.gongxin.creditfile.PublicText;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.report.CheckDomain;
import io.gongxin.report.ReportRequest;
import io.gongxin.report.ReportType;
import io.gongxin.report.internal.ReportContent.Entry;
import io.gongxin.report.internal.ReportContent.FactSource;
import io.gongxin.report.internal.ReportContent.Section;
import io.gongxin.report.internal.ReportContent.SubjectInfo;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectType;
import io.gongxin.subject.Subjects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Gathers what a report shows from the subject register and the credit file. */
@Component
public class ReportAssembler {

	/** The content plus what the verification record keeps. */
	public record Assembled(ReportContent content, Subject subject, String publicDigest, List<String> domainCodes) {
	}

	private final Subjects subjects;

	private final CreditFiles creditFiles;

	private final Catalogs catalogs;

	private final DomainList domainList;

	private final ZoneId zone;

	private final PublicAddress address;

	private final Providers providers;

	/**
	 * The category list of each published version: published versions never change (the
	 * catalog's triggers refuse it), so it is read once per version.
	 */
	private final Map<CatalogVersionId, List<CategoryDefinition>> categoriesByVersion = new ConcurrentHashMap<>();

	ReportAssembler(Subjects subjects, CreditFiles creditFiles, Catalogs catalogs, DomainList domainList,
			@Value("${gongxin.time-zone:Asia/Shanghai}") ZoneId zone, PublicAddress address, Providers providers) {
		this.providers = providers;
		this.subjects = subjects;
		this.creditFiles = creditFiles;
		this.catalogs = catalogs;
		this.domainList = domainList;
		this.zone = zone;
		this.address = address;
	}

	public String verifyUrl(String number) {
		return this.address.link("/verify/" + number);
	}

	/** The digest of what a report of this type would read of the subject now. */
	public String currentDigest(SubjectId subject, ReportType type, Instant at) {
		return PublicAtCutoff.digest(read(type, this.creditFiles.fileOf(subject), day(at)));
	}

	/**
	 * Which items a report reads, by its purpose: a 无违法违规证明版 every decision that still
	 * stands, the standard reports what is in publicity.
	 */
	static List<CreditFileItem> read(ReportType type, List<CreditFileItem> file, LocalDate cutoffDay) {
		return (type == ReportType.NO_VIOLATION) ? DecidedAtCutoff.select(file, cutoffDay)
				: PublicAtCutoff.select(file, cutoffDay);
	}

	public Assembled assemble(ReportRequest request, String number, Instant issuedAt, boolean withQr) {
		Subject subject = this.subjects.find(request.subjectId())
			.orElseThrow(() -> new DomainException("GX-RPT-007", ProblemKind.NOT_FOUND, "No such subject."));
		if (!request.type().fits(subject.type())) {
			throw new DomainException("GX-RPT-008", ProblemKind.RULE_VIOLATION,
					"A " + request.type().label() + " cannot be issued for a " + subject.type().label() + ".");
		}
		LocalDate cutoffDay = day(issuedAt);
		List<CreditFileItem> shown = read(request.type(), this.creditFiles.fileOf(subject.id()), cutoffDay);
		String digest = PublicAtCutoff.digest(shown);
		List<Section> sections = new ArrayList<>();
		List<ReportContent.DomainFinding> findings = List.of();
		LocalDate from = null;
		LocalDate to = null;
		List<String> domainCodes = List.of();
		if (request.type() == ReportType.NO_VIOLATION) {
			to = (request.to() != null) ? request.to() : cutoffDay;
			from = (request.from() != null) ? request.from() : to.minusYears(3).plusDays(1);
			if (to.isAfter(cutoffDay)) {
				throw new DomainException("GX-RPT-009", ProblemKind.BAD_REQUEST,
						"The period cannot end in the future.");
			}
			List<CheckDomain> domains = request.domains().stream().map(this.domainList::get).toList();
			domainCodes = domains.stream().map(CheckDomain::code).toList();
			findings = DomainFindings.of(domains, this.domainList.checks(), shown, from, to);
		}
		else {
			sections = (request.type() == ReportType.PUBLIC) ? publicSections(shown, cutoffDay, subject.type())
					: sections(shown, cutoffDay);
		}
		String verifyUrl = verifyUrl(number);
		ReportContent content = new ReportContent(number, request.type(), info(subject), issuedAt, issuedAt,
				request.channel(), verifyUrl, withQr ? QrCodes.pngDataUri(verifyUrl) : null, sections, from, to,
				findings);
		return new Assembled(content, subject, digest, domainCodes);
	}

	private List<Section> sections(List<CreditFileItem> shown, LocalDate cutoffDay) {
		Map<String, List<Entry>> byCategory = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		this.catalogs.findVersionInForce(cutoffDay).ifPresent(version -> {
			for (CategoryDefinition category : this.categoriesByVersion.computeIfAbsent(version.id(),
					this.catalogs::categories)) {
				byCategory.put(category.code(), new ArrayList<>());
				names.put(category.code(), category.name());
			}
		});
		for (CreditFileItem item : shown) {
			byCategory.computeIfAbsent(item.categoryCode(), code -> new ArrayList<>())
				.add(new Entry(item.documentNumber(), item.decisionDate(), item.authority(), item.summary(),
						item.providerCode(), item.batchId().toString(), item.catalogVersion(), item.publicity().until(),
						item.underObjection()));
			names.putIfAbsent(item.categoryCode(), item.categoryName());
		}
		List<Section> sections = new ArrayList<>();
		byCategory.forEach((code, entries) -> sections.add(new Section(code, names.get(code), entries)));
		return sections;
	}

	/**
	 * The 公示版's sections: the categories the catalog makes public (主动公开) for such a
	 * subject, each item as the portal shows it (masked, with the providing department's
	 * name instead of the batch).
	 */
	private List<Section> publicSections(List<CreditFileItem> shown, LocalDate cutoffDay, SubjectType subjectType) {
		Map<String, List<Entry>> byCategory = new LinkedHashMap<>();
		Map<String, String> names = new LinkedHashMap<>();
		List<String> notPublic = new ArrayList<>();
		this.catalogs.findVersionInForce(cutoffDay).ifPresent(version -> {
			for (CategoryDefinition category : this.categoriesByVersion.computeIfAbsent(version.id(),
					this.catalogs::categories)) {
				if (category.publicity().disclosure() != PublicityRule.Disclosure.PUBLIC) {
					notPublic.add(category.code());
				}
				else if (category.allows(subjectType)) {
					byCategory.put(category.code(), new ArrayList<>());
					names.put(category.code(), category.name());
				}
			}
		});
		Map<String, String> providerNames = new LinkedHashMap<>();
		for (CreditFileItem item : shown) {
			if (notPublic.contains(item.categoryCode())) {
				continue;
			}
			String provider = providerNames.computeIfAbsent(item.providerCode(),
					code -> this.providers.find(code).map(Provider::name).orElse(code));
			byCategory.computeIfAbsent(item.categoryCode(), code -> new ArrayList<>())
				.add(new Entry(PublicText.mask(item.documentNumber()), item.decisionDate(),
						PublicText.mask(item.authority()), PublicText.mask(item.summary()), item.providerCode(),
						item.batchId().toString(), item.catalogVersion(), item.publicity().until(),
						item.underObjection(), provider));
			names.putIfAbsent(item.categoryCode(), item.categoryName());
		}
		List<Section> sections = new ArrayList<>();
		byCategory.forEach((code, entries) -> sections.add(new Section(code, names.get(code), entries)));
		return sections;
	}

	private SubjectInfo info(Subject subject) {
		SubjectKey key = subject.currentKey();
		String shownKey = (key == null) ? null : (subject.type().isPerson() ? mask(key.value()) : key.value());
		BasicData basic = subject.type().isPerson() ? BasicData.NONE : this.creditFiles.basicData(subject.id());
		Optional<Fact> representative = basic.fact(Kind.LEGAL_REPRESENTATIVE);
		Optional<Fact> status = basic.fact(Kind.STATUS);
		Optional<Fact> address = basic.fact(Kind.ADDRESS);
		return new SubjectInfo(subject.name(), shownKey, subject.type().label(),
				PublicText.mask(representative.map(Fact::value).orElse(subject.legalRepresentative())),
				status.map(Fact::value)
					.map(PublicText::mask)
					.orElse((subject.status() != null) ? subject.status().label() : null),
				basic.registeredOn().orElse(subject.registeredOn()), subject.registeringAuthority(),
				(subject.type() == SubjectType.INDIVIDUAL_BUSINESS) ? "经营者" : "法定代表人/负责人",
				address.map(Fact::value).map(PublicText::mask).orElse(null), source(representative), source(status),
				source(basic.fact(Kind.REGISTRATION_DATE)), source(address));
	}

	private static FactSource source(Optional<Fact> fact) {
		return fact
			.map(f -> new FactSource(f.source().categoryName(), f.source().providerName(),
					PublicText.mask(f.source().documentNumber()), f.asOf()))
			.orElse(null);
	}

	/** A printed citizen id shows only its first six and last four characters. */
	static String mask(String id) {
		if (id.length() <= 10) {
			return "*".repeat(id.length());
		}
		return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
	}

	private LocalDate day(Instant instant) {
		return instant.atZone(this.zone).toLocalDate();
	}

}
