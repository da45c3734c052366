package io.gongxin.identifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.gongxin.identifier.internal.Checksums;

/**
 * The registration department (position 1) and category (position 2) codes of GB 32100 as
 * updatable reference data. CODS adds codes over time, so an unknown pair is a warning,
 * never a rejection. Immutable: a change produces a new snapshot.
 */
public final class RegistrationCategories {

	private static final int N = Checksums.USCC_ALPHABET.length();

	private final boolean[] known = new boolean[N * N];

	private final Map<Character, String> departments = new HashMap<>();

	private final Map<String, String> categories = new HashMap<>();

	private final List<Entry> entries;

	/**
	 * One pair.
	 *
	 * @param department position-1 character
	 * @param category position-2 character
	 * @param departmentName name of the registration department
	 * @param categoryName name of the category
	 */
	public record Entry(char department, char category, String departmentName, String categoryName) {

		public Entry {
			if (Checksums.usccValue(department) < 0 || Checksums.usccValue(category) < 0) {
				throw new IllegalArgumentException("department and category must be USCC characters");
			}
			Objects.requireNonNull(departmentName, "departmentName");
			Objects.requireNonNull(categoryName, "categoryName");
		}

	}

	private RegistrationCategories(List<Entry> entries) {
		this.entries = List.copyOf(entries);
		for (Entry entry : this.entries) {
			this.known[index(entry.department(), entry.category())] = true;
			this.departments.put(entry.department(), entry.departmentName());
			this.categories.put("" + entry.department() + entry.category(), entry.categoryName());
		}
	}

	public static RegistrationCategories of(List<Entry> entries) {
		return new RegistrationCategories(entries);
	}

	/**
	 * The table shipped with the platform
	 * ({@code identifier/registration-categories.csv}).
	 */
	public static RegistrationCategories builtIn() {
		return BuiltIn.TABLE;
	}

	/** Read from the jar once, on first use. */
	private static final class BuiltIn {

		static final RegistrationCategories TABLE = new RegistrationCategories(builtInEntries());

	}

	public static List<Entry> builtInEntries() {
		try (InputStream in = RegistrationCategories.class
			.getResourceAsStream("/identifier/registration-categories.csv");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			List<Entry> entries = new ArrayList<>();
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split(",", 4);
				entries.add(new Entry(cells[0].charAt(0), cells[1].charAt(0), cells[2], cells[3]));
			}
			return entries;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A new snapshot with the given pairs added (or renamed). */
	public RegistrationCategories with(List<Entry> more) {
		Map<String, Entry> merged = new java.util.LinkedHashMap<>();
		for (Entry entry : this.entries) {
			merged.put("" + entry.department() + entry.category(), entry);
		}
		for (Entry entry : more) {
			merged.put("" + entry.department() + entry.category(), entry);
		}
		return new RegistrationCategories(new ArrayList<>(merged.values()));
	}

	/** Allocation-free look-up; characters outside the USCC alphabet are unknown. */
	public boolean isKnown(char department, char category) {
		int d = Checksums.usccValue(department);
		int c = Checksums.usccValue(category);
		return d >= 0 && c >= 0 && this.known[d * N + c];
	}

	public String departmentName(char department) {
		return this.departments.get(department);
	}

	public String categoryName(char department, char category) {
		return this.categories.get("" + department + category);
	}

	public List<Entry> entries() {
		return this.entries;
	}

	private static int index(char department, char category) {
		return Checksums.usccValue(department) * N + Checksums.usccValue(category);
	}

}
