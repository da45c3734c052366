package io.gongxin.catalog;

import java.util.List;
import java.util.Objects;

/**
 * What the public may see of a category and for how long.
 *
 * @param disclosure 主动公开, 依申请公开 or 授权查询
 * @param summary Chinese description of the rule
 * @param basis the document that sets the periods
 * @param tiers periods per severity tier, where the category has tiers
 */
public record PublicityRule(Disclosure disclosure, String summary, String basis, List<TierPublicity> tiers) {

	public enum Disclosure {

		PUBLIC("主动公开"), ON_REQUEST("依申请公开"), AUTHORISED("授权查询"), NOT_PUBLISHED("不予公示");

		private final String label;

		Disclosure(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	public PublicityRule {
		Objects.requireNonNull(disclosure, "disclosure");
		tiers = (tiers == null) ? List.of() : List.copyOf(tiers);
	}

}
