package io.gongxin.calendar.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.gongxin.calendar.HolidayYear;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads holiday notices in the NateScarlet/holiday-cn JSON schema ({@code year},
 * {@code papers}, and {@code days} with name, date and isOffDay).
 */
public final class HolidayNotices {

	/** First and last bundled year (calendar/holiday-cn, MIT). */
	static final int FIRST_BUNDLED = 2007;

	static final int LAST_BUNDLED = 2027;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private HolidayNotices() {
	}

	public static Map<Integer, HolidayYear> bundled() {
		Map<Integer, HolidayYear> years = new TreeMap<>();
		for (int year = FIRST_BUNDLED; year <= LAST_BUNDLED; year++) {
			try (InputStream in = HolidayNotices.class.getResourceAsStream("/calendar/holiday-cn/" + year + ".json")) {
				if (in != null) {
					years.put(year, parse(year, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
							"bundled"));
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return years;
	}

	/** Parses one notice; anything malformed is a {@code GX-CAL-003} bad request. */
	public static HolidayYear parse(int expectedYear, String json, String source) {
		try {
			JsonNode root = JSON.readTree(json);
			if (root == null || !root.isObject() || !root.path("year").isNumber() || !root.path("days").isArray()
					|| !root.path("papers").isArray()) {
				throw invalid("The notice needs year, papers and days.");
			}
			if (root.path("year").asInt() != expectedYear) {
				throw invalid("The notice is for " + root.path("year").asInt() + ", not " + expectedYear + ".");
			}
			List<String> papers = new ArrayList<>();
			root.path("papers").forEach((paper) -> papers.add(paper.asString()));
			Map<LocalDate, Boolean> days = new HashMap<>();
			for (JsonNode day : root.path("days")) {
				if (!day.path("date").isString() || !day.path("isOffDay").isBoolean()) {
					throw invalid("Every day needs a date and isOffDay.");
				}
				LocalDate date = LocalDate.parse(day.path("date").asString());
				if (days.put(date, day.path("isOffDay").asBoolean()) != null) {
					throw invalid("Date " + date + " is listed twice.");
				}
			}
			return new HolidayYear(expectedYear, papers, days, source);
		}
		catch (JacksonException | DateTimeParseException ex) {
			throw invalid("The notice is not valid JSON in the holiday-cn schema.");
		}
	}

	private static DomainException invalid(String message) {
		return new DomainException("GX-CAL-003", ProblemKind.BAD_REQUEST, message);
	}

}
