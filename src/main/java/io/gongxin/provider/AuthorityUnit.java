package io.gongxin.provider;

import java.util.Objects;

import io.gongxin.identifier.Uscc;

/**
 * One authority a provider files for (管辖单位): the department itself or one of its
 * subordinate units, as the code that appears in 处罚机关/许可机关 and 数据来源单位 fields.
 *
 * @param uscc the unit's unified social credit code
 * @param name its Chinese name, for people reading the list (may be {@code null})
 */
public record AuthorityUnit(Uscc uscc, String name) {

	public AuthorityUnit {
		Objects.requireNonNull(uscc, "uscc");
		if (name != null && (name.isBlank() || name.length() > 100)) {
			throw new IllegalArgumentException("unit name must have 1-100 characters");
		}
	}

}
