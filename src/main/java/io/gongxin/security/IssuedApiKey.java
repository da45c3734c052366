package io.gongxin.security;

import java.util.UUID;

/**
 * A freshly issued API key. The secret is shown once; only its hash is stored.
 */
public record IssuedApiKey(UUID id, String name, Role role, String departmentCode, String secret) {

	@Override
	public String toString() {
		return "IssuedApiKey[id=" + this.id + ", name=" + this.name + ", role=" + this.role + ", secret=***]";
	}

}
