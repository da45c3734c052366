package io.gongxin.quality.internal;

import io.gongxin.identifier.IdentifierRegistry;
import io.gongxin.identifier.QualityFigures;
import io.gongxin.quality.CodeDefects;

import org.springframework.stereotype.Component;

/**
 * Code defects from the identifier module's 重错码 governance, a read model of the subject
 * register's events, which every registered organisation's code reaches. Uses its total
 * row across authorities and divisions.
 */
@Component
class IdentifierRegisterDefects implements IdentifierGovernance {

	private final IdentifierRegistry registry;

	IdentifierRegisterDefects(IdentifierRegistry registry) {
		this.registry = registry;
	}

	@Override
	public CodeDefects defects() {
		QualityFigures total = this.registry.quality()
			.stream()
			.filter(row -> "*".equals(row.authority()))
			.findFirst()
			.orElse(new QualityFigures("*", "*", 0, 0, 0, 0, 0));
		return new CodeDefects(total.total(), total.duplicate(), total.invalid(), total.corrected(),
				"identifier register (重错码治理)");
	}

}
