package io.gongxin.portal.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * What the public sees of an organisation's registration: never a person (persons have no
 * public page). Basic data stated by records comes with its source; where no record
 * states it, the register's value is shown without one.
 *
 * @param representativeTitle 法定代表人（负责人）, or 经营者 for an individual business
 */
record PublicSubject(long id, String name, String type, String status, String code, String codeKind,
		String legalRepresentative, String registeringAuthority, LocalDate registeredOn, String divisionCode,
		List<String> formerNames, String representativeTitle, String address, Provenance statusSource,
		Provenance representativeSource, Provenance registeredOnSource, Provenance addressSource) {

	/** The record a fact was read from, as the public may see it. */
	record Provenance(String category, String provider, String documentNumber, LocalDate asOf) {

		private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年MM月dd日");

		/** e.g. 来源：行政许可信息，广州市市场监督管理局，文书号 …，2026年03月08日. */
		public String text() {
			return "来源：" + this.category + "，" + this.provider
					+ ((this.documentNumber != null) ? "，文书号 " + this.documentNumber : "") + "，信息日期 "
					+ DAY.format(this.asOf);
		}

	}

}
