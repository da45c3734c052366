package io.gongxin.portal.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.gongxin.creditfile.CreditFiles;
import io.gongxin.creditfile.PublicationStatistics;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The 双公示 figures of the home page. Counting every item in publicity by department takes
 * a moment at a million items, and the home page is the busiest page: the figures are
 * kept for a while ({@code gongxin.portal.statistics.refresh}, a minute) and, once stale,
 * shown one last time while a background task counts afresh, so no visitor waits for the
 * count except the very first.
 */
@Component
class PublicationFigures {

	private static final Logger log = LoggerFactory.getLogger(PublicationFigures.class);

	static final int TOP_DEPARTMENTS = 10;

	/** What the home page shows, with department names and when it was counted. */
	record Figures(long licenses, long penalties, long licensesThisMonth, long penaltiesThisMonth,
			List<Department> departments, Instant countedAt) {

		record Department(String name, long licenses, long penalties) {

			public long total() {
				return this.licenses + this.penalties;
			}

		}

		/** Whether anything is published at all (an empty platform shows no figures). */
		public boolean any() {
			return this.licenses + this.penalties > 0;
		}

	}

	private final CreditFiles creditFiles;

	private final PortalQueries queries;

	private final Clock clock;

	private final Duration freshFor;

	private final TaskExecutor executor;

	private final AtomicBoolean counting = new AtomicBoolean();

	private volatile Figures last;

	PublicationFigures(CreditFiles creditFiles, PortalQueries queries, Clock clock,
			@Value("${gongxin.portal.statistics.refresh:PT1M}") Duration freshFor,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor) {
		this.creditFiles = creditFiles;
		this.queries = queries;
		this.clock = clock;
		this.freshFor = freshFor;
		this.executor = executor;
	}

	Figures current() {
		Figures figures = this.last;
		if (figures == null || this.freshFor.isZero() || this.freshFor.isNegative()) {
			return count();
		}
		if (this.clock.instant().isAfter(figures.countedAt().plus(this.freshFor))
				&& this.counting.compareAndSet(false, true)) {
			this.executor.execute(() -> {
				try {
					count();
				}
				catch (RuntimeException ex) {
					// the stale figures stay until a count succeeds
					log.warn("Could not count the 双公示 figures: {}", ex.toString());
				}
				finally {
					this.counting.set(false);
				}
			});
		}
		return figures;
	}

	private Figures count() {
		Instant at = this.clock.instant();
		PublicationStatistics statistics = this.creditFiles.publicationStatistics(TOP_DEPARTMENTS);
		Map<String, String> names = this.queries.departments();
		Figures figures = new Figures(statistics.licenses(), statistics.penalties(), statistics.licensesThisMonth(),
				statistics.penaltiesThisMonth(),
				statistics.departments()
					.stream()
					.map(d -> new Figures.Department(names.getOrDefault(d.providerCode(), "其他单位"), d.licenses(),
							d.penalties()))
					.toList(),
				at);
		this.last = figures;
		return figures;
	}

}
