package io.gongxin.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.gongxin.catalog.CategoryDefinition;
import io.gongxin.catalog.ExclusionPolicy;
import io.gongxin.catalog.FieldDefinition;
import io.gongxin.catalog.RuleViolation;

/**
 * Sensitive personal data (宗教信仰, 基因, 指纹, 血型, 疾病和病史 ...) is never collected: a field
 * definition that names it is refused when a draft is edited, and a record whose text
 * mentions it is refused at ingestion. The violation carries only the matched term, never
 * the text, so the rejection store does not keep what it refuses.
 */
public final class SensitiveDataPolicy {

	private final TermMatcher recordPatterns;

	private final List<String> definitionTerms;

	private final String basis;

	SensitiveDataPolicy(TermMatcher recordPatterns, List<String> definitionTerms, String basis) {
		this.recordPatterns = recordPatterns;
		this.definitionTerms = List.copyOf(definitionTerms);
		this.basis = basis;
	}

	public ExclusionPolicy description() {
		return new ExclusionPolicy(RuleViolation.SENSITIVE_DATA, "禁止采集敏感个人信息", this.basis);
	}

	public String basis() {
		return this.basis;
	}

	/** A violation when the text of a field mentions sensitive personal data. */
	public Optional<RuleViolation> check(String fieldCode, String text) {
		return this.recordPatterns.firstTerm(text)
			.map(term -> new RuleViolation(fieldCode, RuleViolation.SENSITIVE_DATA,
					"数据项内容涉及敏感个人信息“" + term + "”，禁止采集。依据：" + this.basis, term));
	}

	/** Field definitions of a category that name sensitive data, as "code: term". */
	public List<String> offendingFields(CategoryDefinition category) {
		List<String> offending = new ArrayList<>();
		for (FieldDefinition field : category.fields()) {
			String text = field.name() + " " + String.join(" ", field.aliases());
			for (String term : this.definitionTerms) {
				if (text.contains(term)) {
					offending.add(field.code() + ": " + term);
					break;
				}
			}
		}
		return offending;
	}

}
