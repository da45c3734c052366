package io.gongxin.lists.internal;

import io.gongxin.platform.Sha256;

/** How a person's id is kept for lookups: a digest, so the table holds no id numbers. */
final class PersonDigest {

	private PersonDigest() {
	}

	static String of(String canonicalCitizenId) {
		return Sha256.hex("gongxin.lists.person:" + canonicalCitizenId);
	}

}
