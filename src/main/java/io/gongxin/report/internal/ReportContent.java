package io.gongxin.report.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.gongxin.report.ReportType;

/**
 * Everything a report shows, resolved before rendering so the renderer touches no data.
 */
public record ReportContent(String number, ReportType type, SubjectInfo subject, Instant issuedAt, Instant cutoffAt,
		String channel, String verifyUrl, String qrDataUri, List<Section> sections, LocalDate periodFrom,
		LocalDate periodTo, List<DomainFinding> findings) {

	public ReportContent {
		sections = List.copyOf(sections);
		findings = List.copyOf(findings);
	}

	/**
	 * Basic information (基础信息): as the newest records in publicity state it, each with
	 * its source, or as registered where no record states it (source {@code null}).
	 *
	 * @param representativeTitle 法定代表人/负责人, or 经营者 for an individual business
	 */
	public record SubjectInfo(String name, String key, String typeLabel, String legalRepresentative, String status,
			LocalDate registeredOn, String registeringAuthority, String representativeTitle, String address,
			FactSource representativeSource, FactSource statusSource, FactSource registeredOnSource,
			FactSource addressSource) {

		/** Basic information as registered, no record stating any of it. */
		public SubjectInfo(String name, String key, String typeLabel, String legalRepresentative, String status,
				LocalDate registeredOn, String registeringAuthority) {
			this(name, key, typeLabel, legalRepresentative, status, registeredOn, registeringAuthority, "法定代表人/负责人",
					null, null, null, null, null);
		}

	}

	/** The record a basic fact was read from. */
	public record FactSource(String category, String provider, String documentNumber, LocalDate asOf) {
	}

	/** One catalog category with the subject's items in publicity. */
	public record Section(String categoryCode, String name, List<Entry> entries) {

		public Section {
			entries = List.copyOf(entries);
		}

	}

	/**
	 * One item with its provenance.
	 *
	 * @param underObjection whether an objection to the item was being handled when the
	 * report was issued ({@code null} in reports issued before objections were marked)
	 * @param providerName the providing department's name, where the report names it
	 * (公示版); {@code null} where it shows the code with the batch
	 */
	public record Entry(String documentNumber, LocalDate decisionDate, String authority, String summary,
			String providerCode, String batch, long catalogVersion, LocalDate publicUntil, Boolean underObjection,
			String providerName) {

		public Entry(String documentNumber, LocalDate decisionDate, String authority, String summary,
				String providerCode, String batch, long catalogVersion, LocalDate publicUntil, Boolean underObjection) {
			this(documentNumber, decisionDate, authority, summary, providerCode, batch, catalogVersion, publicUntil,
					underObjection, null);
		}

		public boolean objected() {
			return Boolean.TRUE.equals(this.underObjection);
		}

	}

	/** What was found in one chosen domain. */
	public record DomainFinding(String domainCode, String domainName, List<CheckFinding> checks) {

		public DomainFinding {
			checks = List.copyOf(checks);
		}

		public boolean clean() {
			return this.checks.stream().allMatch(c -> c.documents().isEmpty());
		}

	}

	/** One check in one domain: the documents found, or none. */
	public record CheckFinding(String checkName, boolean collected, List<String> documents) {

		public CheckFinding {
			documents = List.copyOf(documents);
		}

	}

}
