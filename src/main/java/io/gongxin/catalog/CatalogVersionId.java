package io.gongxin.catalog;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identity of one catalog version. Every accepted credit record keeps the id of the
 * version it was validated against.
 */
public record CatalogVersionId(@JsonValue long value) {

	public CatalogVersionId {
		if (value <= 0) {
			throw new IllegalArgumentException("catalog version id must be positive");
		}
	}

	public static CatalogVersionId of(long value) {
		return new CatalogVersionId(value);
	}

	@Override
	public String toString() {
		return Long.toString(this.value);
	}

}
