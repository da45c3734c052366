package io.gongxin.exchange.internal;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.gongxin.exchange.TargetAdapter;

import org.springframework.stereotype.Component;

/** The target adapters the deployment has, by code. */
@Component
class Adapters {

	private final Map<String, TargetAdapter> byCode = new TreeMap<>();

	Adapters(List<TargetAdapter> adapters) {
		adapters.forEach(adapter -> this.byCode.put(adapter.code(), adapter));
	}

	boolean knows(String code) {
		return this.byCode.containsKey(code);
	}

	TargetAdapter get(String code) {
		TargetAdapter adapter = this.byCode.get(code);
		if (adapter == null) {
			throw new IllegalStateException("no target adapter " + code);
		}
		return adapter;
	}

	Map<String, String> labels() {
		Map<String, String> labels = new TreeMap<>();
		this.byCode.forEach((code, adapter) -> labels.put(code, adapter.label()));
		return labels;
	}

}
