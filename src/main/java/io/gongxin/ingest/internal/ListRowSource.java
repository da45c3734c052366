package io.gongxin.ingest.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rows submitted as JSON objects through the API: the header is the union of their keys.
 */
final class ListRowSource implements RowSource {

	private final List<String> headers;

	private final Iterator<Map<String, String>> rows;

	private int index;

	ListRowSource(List<Map<String, String>> rows) {
		Set<String> keys = new LinkedHashSet<>();
		rows.forEach(row -> keys.addAll(row.keySet()));
		this.headers = List.copyOf(keys);
		this.rows = rows.iterator();
	}

	@Override
	public List<String> headers() {
		return this.headers;
	}

	@Override
	public SourceRow next() {
		if (!this.rows.hasNext()) {
			return null;
		}
		Map<String, String> row = this.rows.next();
		List<String> values = new ArrayList<>(this.headers.size());
		this.headers.forEach(header -> values.add(row.get(header)));
		return new SourceRow(++this.index, values, Set.of(), null);
	}

	@Override
	public String format() {
		return "JSON";
	}

	@Override
	public String encoding() {
		return "UTF-8";
	}

	@Override
	public void close() {
	}

}
