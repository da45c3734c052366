package io.gongxin.identifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Names of administrative divisions (GB/T 2260), so that pages, charts and files show
 * 广州市天河区 rather than 440106. The names ship in {@code identifier/divisions.csv}: every
 * provincial-level division and all of Guangdong. A code not listed (a district of
 * another province, or one created or abolished since) is named by its prefecture, else
 * its province, which is still right, only coarser. Pages call it as
 * {@code ${@regions.text(code)}}.
 */
@Component("regions")
public class Regions {

	static final String FILE = "identifier/divisions.csv";

	private static final Map<String, String> NAMES = load();

	/**
	 * The division's name: a province or prefecture as listed, a county-level division
	 * with its prefecture in front (广州市天河区), since many district names repeat across
	 * cities; empty for a code that is not six digits or whose province is unknown.
	 */
	public Optional<String> name(String code) {
		if (code == null || !code.matches("\\d{6}")) {
			return Optional.empty();
		}
		String province = code.substring(0, 2) + "0000";
		String prefecture = code.substring(0, 4) + "00";
		String own = NAMES.get(code);
		if (own != null) {
			boolean county = !code.endsWith("00");
			String city = NAMES.get(prefecture);
			return Optional.of((county && city != null) ? city + own : own);
		}
		return Optional.ofNullable(NAMES.get(prefecture)).or(() -> Optional.ofNullable(NAMES.get(province)));
	}

	/** The name where known, else the code itself; empty text for no code. */
	public String text(String code) {
		if (code == null || code.isBlank()) {
			return "";
		}
		return name(code).orElse(code);
	}

	/**
	 * The name of the area a division-code prefix covers (4401 → 广州市, 44 → 广东省), as
	 * filters on subjects' regions are written; the prefix itself where unknown.
	 */
	public String prefixText(String prefix) {
		if (prefix == null || !prefix.matches("\\d{2,6}")) {
			return (prefix == null) ? "" : prefix;
		}
		return name((prefix + "0000").substring(0, 6)).orElse(prefix);
	}

	/** How many divisions the register names (not counting the fallbacks). */
	public int size() {
		return NAMES.size();
	}

	private static Map<String, String> load() {
		Map<String, String> names = new HashMap<>();
		try (InputStream in = Regions.class.getClassLoader().getResourceAsStream(FILE)) {
			if (in == null) {
				throw new IllegalStateException(FILE + " is missing from the classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				int comma = line.indexOf(',');
				if (line.startsWith("#") || comma != 6 || !Character.isDigit(line.charAt(0))) {
					continue;
				}
				names.put(line.substring(0, comma), line.substring(comma + 1).strip());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(names);
	}

}
