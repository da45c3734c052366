package io.gongxin.commitment.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;

import org.springframework.stereotype.Component;

/**
 * Departments by name, as people read them: the code only when none is registered. Names
 * are kept for a minute, since every row of a list names its department (a warning list
 * for a thousand subjects would otherwise ask the register hundreds of times) and a
 * renamed department may show its old name that long.
 */
@Component
public class DepartmentNames {

	private static final long KEEP_NANOS = TimeUnit.MINUTES.toNanos(1);

	private record Known(String name, long at) {
	}

	private final Providers providers;

	private final Map<String, Known> known = new ConcurrentHashMap<>();

	DepartmentNames(Providers providers) {
		this.providers = providers;
	}

	public String of(String code) {
		if (code == null) {
			return null;
		}
		long now = System.nanoTime();
		Known cached = this.known.get(code);
		if (cached != null && now - cached.at() < KEEP_NANOS) {
			return cached.name();
		}
		String name = this.providers.find(code).map(Provider::name).orElse(code);
		this.known.put(code, new Known(name, now));
		return name;
	}

}
