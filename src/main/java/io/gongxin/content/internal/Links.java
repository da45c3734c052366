package io.gongxin.content.internal;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A link to a listing with its filters, for pages to put in {@code @{…}}: filters without
 * a value are left out, the first page has no number, so that each page has one address.
 */
final class Links {

	private final UriComponentsBuilder builder;

	private Links(String path) {
		this.builder = UriComponentsBuilder.fromPath(path);
	}

	static Links to(String path) {
		return new Links(path);
	}

	/** Enum filters are sent by their name. */
	Links with(String name, Object value) {
		Object sent = (value instanceof Enum<?> code) ? code.name() : value;
		if (sent != null && !sent.toString().isBlank()) {
			this.builder.queryParam(name, sent);
		}
		return this;
	}

	String page(int page) {
		if (page > 1) {
			this.builder.queryParam("page", page);
		}
		return this.builder.encode().build().toUriString();
	}

}
