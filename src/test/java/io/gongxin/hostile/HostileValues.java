package io.gongxin.hostile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The values a tester or an attacker sends instead of the expected ones: control
 * characters, numbers outside every range, text far longer than any column, broken
 * encodings, injection attempts and wrong types.
 */
final class HostileValues {

	/** Path segments, already percent-encoded. */
	static final List<String> PATH_SEGMENTS = List.of("0", "-1", "9223372036854775808", "%20", "%00", "a%00b", "abc",
			"00000000-0000-0000-0000-000000000000", "%E4%B8%AD%E6%96%87", "..%2F..%2Fetc%2Fpasswd", "%ED%A0%80",
			"%C0%AE", "x".repeat(5000), "%27%20OR%201%3D1--", "1.5", "NaN", "%E2%80%AE", "%F0%9F%98%80",
			"1;jsessionid=x", "%EF%BC%91%EF%BC%92");

	/** Query parameter values, before encoding. */
	static final List<String> TEXTS = List.of("\u0000", "a\u0000b", "-1", "-9223372036854775809",
			"99999999999999999999", "", "   ", "x".repeat(3000), "'; DROP TABLE subject; --",
			"<script>alert(1)</script>", "2026-13-45", "NaN", "中文\u200b名称", "\uFEFF1", "1e309", "true", "0x7fffffff",
			"../../etc/passwd", "${jndi:ldap://x/a}", "%");

	/**
	 * Query parameter values that must stay as they are on the wire (broken encodings).
	 */
	static final List<String> RAW_QUERY_VALUES = List.of("%ED%A0%80", "%C0%AE", "%00", "%FF%FE");

	/** JSON strings (already escaped) that values inside bodies take. */
	static final List<String> JSON_STRINGS = List.of("\"\\u0000\"", "\"a\\u0000b\"", "\"\"", "\"   \"",
			"\"" + "长".repeat(200_000) + "\"", "\"<img src=x onerror=alert(1)>\"", "\"\\ud800\"", "null", "-1", "1e400",
			"99999999999999999999999", "[null]", "{}", "true", "\"2026-02-30\"", "\"9999-12-31T25:61\"");

	/** Whole request bodies that are not what any endpoint expects. */
	static final List<String> BODIES = bodies();

	private HostileValues() {
	}

	static String query(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static List<String> bodies() {
		List<String> bodies = new ArrayList<>(List.of("null", "[null]", "[]", "{}", "", "{", "[{", "\"text\"", "123",
				"[{\"a\":\"\\u0000\"}]", "{\"x\":\"\\u0000\"}", "[[]]", "[{}]", "{\"id\":-1}", "{\"\\u0000\":1}",
				"{\"subjects\":[null],\"scenario\":null}", "{\"a\":1,\"a\":2}", "\uFEFF{}", "{\"x\":1e99999}"));
		bodies.add("[".repeat(5000) + "]".repeat(5000));
		bodies.add("{\"x\":\"" + "x".repeat(3_000_000) + "\"}");
		bodies.add("[" + "{},".repeat(20_000) + "{}]");
		return List.copyOf(bodies);
	}

}
