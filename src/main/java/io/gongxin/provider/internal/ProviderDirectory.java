package io.gongxin.provider.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.security.DepartmentDirectory;

import org.springframework.stereotype.Component;

/** The providers as the departments accounts and API keys are bound to. */
@Component
class ProviderDirectory implements DepartmentDirectory {

	private final Providers providers;

	ProviderDirectory(Providers providers) {
		this.providers = providers;
	}

	@Override
	public Map<String, String> names() {
		Map<String, String> names = new LinkedHashMap<>();
		String after = null;
		while (true) {
			List<Provider> page = this.providers.list(after, 500);
			page.forEach(provider -> names.put(provider.code(), provider.name()));
			if (page.size() < 500) {
				return names;
			}
			after = page.get(page.size() - 1).code();
		}
	}

}
