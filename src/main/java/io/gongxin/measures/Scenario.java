package io.gongxin.measures;

import java.util.Arrays;
import java.util.Optional;

import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;

/** The department work in which a check is made and a measure may apply (应用场景). */
public enum Scenario {

	GOVERNMENT_PROCUREMENT("政府采购"), BIDDING("招标投标"), FISCAL_SUBSIDY("财政资金补贴"), HONORS("评先评优"),
	ADMINISTRATIVE_APPROVAL("行政审批"), CIVIL_SERVICE_RECRUITMENT("公务员录用"), STATE_LAND_TRANSFER("国有土地出让"),
	QUALIFICATION_FILING("资质备案"), DAILY_SUPERVISION("日常监管"), PUBLIC_RESOURCE_TRADING("公共资源交易"), FINANCING("融资信贷"),
	HIGH_CONSUMPTION("高消费及非生活和工作必需的消费");

	private final String label;

	Scenario(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** By code (any case) or by its Chinese name; GX-MEA-001 otherwise. */
	public static Scenario parse(String text) {
		return find(text).orElseThrow(() -> new DomainException("GX-MEA-001", ProblemKind.BAD_REQUEST,
				"Unknown scenario: use one of the codes at /api/public/measures/scenarios.",
				java.util.Map.of("scenario", String.valueOf(text))));
	}

	public static Optional<Scenario> find(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String wanted = text.strip();
		return Arrays.stream(values())
			.filter(s -> s.name().equalsIgnoreCase(wanted.replace('-', '_')) || s.label.equals(wanted))
			.findFirst();
	}

}
