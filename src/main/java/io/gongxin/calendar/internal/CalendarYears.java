package io.gongxin.calendar.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

import io.gongxin.calendar.HolidayYear;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The notices in force: the bundled files overlaid with the years administrators loaded
 * (stored in {@code calendar_year}, so they survive restarts). Readers get an immutable
 * snapshot.
 */
@Repository
public class CalendarYears {

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile SortedMap<Integer, HolidayYear> snapshot;

	/** Moves on at every {@link #reloadOnNextUse()}. */
	private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();

	CalendarYears(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public SortedMap<Integer, HolidayYear> current() {
		SortedMap<Integer, HolidayYear> years = this.snapshot;
		return (years != null) ? years : reload();
	}

	/**
	 * Stores a year's notice (replacing an earlier upload) and returns the parsed year.
	 */
	public HolidayYear store(int year, String json, String actor) {
		HolidayYear parsed = HolidayNotices.parse(year, json, actor);
		this.jdbc.sql("""
				INSERT INTO calendar_year (year, notice, loaded_by, loaded_at) VALUES (:year, :notice, :by, :at)
				ON CONFLICT (year) DO UPDATE SET notice = :notice, loaded_by = :by, loaded_at = :at
				""")
			.param("year", year)
			.param("notice", json)
			.param("by", actor)
			.param("at", Timestamp.from(Instant.now(this.clock)))
			.update();
		reload();
		return parsed;
	}

	/**
	 * Reads the loaded years from the database again on the next use (another instance
	 * loaded a year, or the database was replaced, as for each test class).
	 */
	public void reloadOnNextUse() {
		this.generation.incrementAndGet();
		this.snapshot = null;
	}

	synchronized SortedMap<Integer, HolidayYear> reload() {
		// a read under way when the years were dropped may have seen what they replaced
		// (another instance's load not yet there, or a test class's old database): its
		// caller gets what it read, but it is not kept for the next
		long started = this.generation.get();
		SortedMap<Integer, HolidayYear> years = new TreeMap<>(HolidayNotices.bundled());
		this.jdbc.sql("SELECT year, notice, loaded_by FROM calendar_year ORDER BY year")
			.query((rs, row) -> HolidayNotices.parse(rs.getInt(1), rs.getString(2), rs.getString(3)))
			.list()
			.forEach((notice) -> years.put(notice.year(), notice));
		SortedMap<Integer, HolidayYear> read = Collections.unmodifiableSortedMap(years);
		if (this.generation.get() == started) {
			this.snapshot = read;
		}
		return read;
	}

}
