package io.gongxin.commitment.internal;

import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;

import org.springframework.stereotype.Component;

/** Departments by name, as people read them: the code only when none is registered. */
@Component
public class DepartmentNames {

	private final Providers providers;

	DepartmentNames(Providers providers) {
		this.providers = providers;
	}

	public String of(String code) {
		if (code == null) {
			return null;
		}
		return this.providers.find(code).map(Provider::name).orElse(code);
	}

}
