package io.gongxin.catalog.internal;

import java.util.List;
import java.util.Optional;

import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.ExclusionPolicy;
import io.gongxin.catalog.RuleViolation;
import io.gongxin.subject.SubjectType;

/**
 * Minor misconduct (信访, 拆迁, 闯红灯, 不文明养犬, 欠缴物业费 ...) stays out of a natural person's credit
 * record unless legislation cited by the category expressly brings that conduct in. A
 * general basis such as the 行政处罚法 is not enough: it empowers the penalty, not its entry
 * into a credit record.
 */
public final class MinorMisconductPolicy {

	private final TermMatcher terms;

	private final String basis;

	MinorMisconductPolicy(TermMatcher terms, String basis) {
		this.terms = terms;
		this.basis = basis;
	}

	public ExclusionPolicy description() {
		return new ExclusionPolicy(RuleViolation.MINOR_MISCONDUCT, "未经立法不得将轻微失范行为纳入自然人信用记录", this.basis);
	}

	public List<String> terms() {
		return this.terms.terms();
	}

	/**
	 * @param conductTexts field code and text of each field describing the conduct
	 */
	public Optional<RuleViolation> check(CategoryDefinition category, SubjectType subjectType,
			List<String[]> conductTexts) {
		if (subjectType != SubjectType.NATURAL_PERSON) {
			return Optional.empty();
		}
		for (String[] field : conductTexts) {
			Optional<String> term = this.terms.firstTerm(field[1]);
			if (term.isPresent() && !category.legalBasis().covers(term.get())) {
				return Optional.of(
						new RuleViolation(
								field[0], RuleViolation.MINOR_MISCONDUCT, "“" + term.get() + "”属于轻微失范行为，信息类别“"
										+ category.name() + "”所引法律、法规未规定将其纳入自然人信用记录，不得归集。依据：" + this.basis,
								term.get()));
			}
		}
		return Optional.empty();
	}

}
