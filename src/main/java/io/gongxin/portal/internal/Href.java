package io.gongxin.portal.internal;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A link within the portal with its query, for pages to put in {@code @{…}}: parameters
 * without a value are left out, the rest encoded.
 */
final class Href {

	private final UriComponentsBuilder builder;

	private Href(String path) {
		this.builder = UriComponentsBuilder.fromPath(path);
	}

	static Href to(String path) {
		return new Href(path);
	}

	Href with(String name, Object value) {
		if (value != null && !value.toString().isBlank()) {
			this.builder.queryParam(name, value);
		}
		return this;
	}

	/** The page number, left out for the first page so that it has one address. */
	Href page(int page) {
		return (page > 1) ? with("page", page) : this;
	}

	@Override
	public String toString() {
		return this.builder.encode().build().toUriString();
	}

}
