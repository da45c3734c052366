package io.gongxin.exchange;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A reporting target to register or to change.
 *
 * @param encoding {@code UTF-8} or {@code GBK} (what the target's file import reads)
 */
public record NewTarget(String code, String name, TargetLevel level, String adapter, FileFormat format, String encoding,
		Set<String> categories, Integer packageSize, Integer intervalMinutes, URI url, URI receiptUrl) {

	public NewTarget {
		code = (code == null) ? null : code.strip().toUpperCase(Locale.ROOT);
		name = (name == null) ? null : name.strip();
		level = (level == null) ? TargetLevel.PROVINCE : level;
		adapter = (adapter == null || adapter.isBlank()) ? "FILE" : adapter.strip().toUpperCase(Locale.ROOT);
		format = (format == null) ? FileFormat.CSV : format;
		encoding = (encoding == null || encoding.isBlank()) ? "UTF-8" : encoding.strip().toUpperCase(Locale.ROOT);
		categories = (categories == null) ? Set.of()
				: categories.stream()
					.filter(java.util.Objects::nonNull)
					.map(category -> category.strip().toUpperCase(Locale.ROOT))
					.collect(Collectors.toUnmodifiableSet());
		packageSize = (packageSize == null) ? 1000 : packageSize;
		intervalMinutes = (intervalMinutes == null) ? 60 : intervalMinutes;
	}

}
