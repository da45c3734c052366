package io.gongxin.subject.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectHit;
import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.SubjectName;
import io.gongxin.subject.SubjectSearchPage;
import io.gongxin.subject.SubjectStatus;
import io.gongxin.subject.SubjectType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Name and code search. Every branch is index-backed: exact and prefix by B-tree,
 * substrings of two or more characters by the bigram GIN (then rechecked with LIKE),
 * fuzzy matches by pg_trgm, Latin queries by the pinyin columns. Broad queries (有限公司) are
 * capped before ranking so they cost no more than narrow ones.
 */
@Component
public class SubjectSearch {

	public static final int CANDIDATE_CAP = 500;

	private final JdbcClient jdbc;

	private final SubjectStore store;

	SubjectSearch(JdbcClient jdbc, SubjectStore store) {
		this.jdbc = jdbc;
		this.store = store;
	}

	public List<SubjectHit> search(String query, boolean includePersons, int limit) {
		return withDisplayKeys(ranked(query, includePersons, 0, limit, limit).hits());
	}

	/**
	 * One page of every match in rank order. The matches are ranked as a whole each time
	 * (at most {@value #CANDIDATE_CAP}, which ranking costs little more than a page), so
	 * a page number reaches the same hits on every request; fuzzy matches only fill a
	 * first page that exact, prefix and substring matches leave short, as they would
	 * otherwise make every query look as if it had hundreds of hits.
	 */
	public SubjectSearchPage page(String query, boolean includePersons, int offset, int size) {
		Ranked ranked = ranked(query, includePersons, offset, size, CANDIDATE_CAP + 1);
		return new SubjectSearchPage(withDisplayKeys(ranked.hits()), Math.min(ranked.total(), CANDIDATE_CAP),
				ranked.total() > CANDIDATE_CAP);
	}

	/** The hits of one page, and how many there are in all. */
	private record Ranked(List<SubjectHit> hits, int total) {

	}

	/**
	 * One page of the name matches, with their number and whether one is the name
	 * exactly.
	 */
	private record Slice(List<SubjectHit> hits, int total, boolean exact) {

	}

	/**
	 * Code matches first, then name matches in rank order; fuzzy matches are added only
	 * when everything else fits on one page. {@code window} bounds the exact and prefix
	 * candidates, hence what is counted.
	 */
	private Ranked ranked(String query, boolean includePersons, int offset, int size, int window) {
		String q = SubjectName.normalize(query);
		if (q.isEmpty()) {
			return new Ranked(List.of(), 0);
		}
		Map<Long, SubjectHit> codes = new LinkedHashMap<>();
		byCode(query, includePersons).forEach(hit -> codes.putIfAbsent(hit.id().value(), hit));
		List<String> grams = SubjectName.bigrams(q);
		// A very common fragment (有限公, 科技有) matches most of the register; ranking a
		// bounded sample of those candidates is as useful as ranking all of them and
		// costs a fraction (GIN's own soft limit). A prefix LIKE can use its B-tree only
		// when the planner sees the pattern: a generic plan, which the driver's
		// server-side statements invite after a few runs, would scan the whole register.
		// Chinese names are one long "word" to pg_trgm: a query that drops a few
		// characters (深圳腾飞科技 for 深圳市腾飞科技有限公司) is best found by word
		// similarity, at a threshold well below the 0.6 default.
		this.jdbc.sql("""
				SELECT set_config('gin_fuzzy_search_limit', :limit, true),
				       set_config('plan_cache_mode', 'force_custom_plan', true),
				       set_config('pg_trgm.word_similarity_threshold', '0.3', true)
				""").param("limit", Integer.toString(CANDIDATE_CAP * 5)).query((rs, n) -> n).list();
		boolean latin = SubjectName.isLatinQuery(q);
		int skip = Math.max(0, offset - codes.size());
		int codesOnPage = Math.max(0, Math.min(size, codes.size() - offset));
		Slice names = rank(q, grams, latin ? Extra.PINYIN : Extra.NONE, includePersons, codes.keySet(), skip,
				size - codesOnPage, window);
		int total = codes.size() + names.total();
		// Fuzzy matching is the expensive branch (a long name shares common trigrams with
		// much of the register): only when exact, prefix and substring matches leave
		// room, and not when the query is a registered name exactly, which is what was
		// sought.
		boolean exact = names.exact()
				|| codes.values().stream().anyMatch(hit -> q.equals(SubjectName.normalize(hit.name())));
		if (total < size && !exact && !latin && q.codePointCount(0, q.length()) >= 3) {
			Map<Long, SubjectHit> filled = new LinkedHashMap<>(codes);
			Slice first = (skip == 0) ? names
					: rank(q, grams, Extra.NONE, includePersons, codes.keySet(), 0, size, window);
			first.hits().forEach(hit -> filled.putIfAbsent(hit.id().value(), hit));
			for (SubjectHit hit : rank(q, grams, Extra.FUZZY, includePersons, codes.keySet(), 0, size, size).hits()) {
				if (filled.size() >= size) {
					break;
				}
				filled.putIfAbsent(hit.id().value(), hit);
			}
			List<SubjectHit> all = List.copyOf(filled.values());
			return new Ranked(slice(all, offset, size), all.size());
		}
		List<SubjectHit> page = new ArrayList<>(slice(List.copyOf(codes.values()), offset, size));
		page.addAll(slice(names.hits(), 0, size - page.size()));
		return new Ranked(page, total);
	}

	private static List<SubjectHit> slice(List<SubjectHit> hits, int offset, int size) {
		return hits.subList(Math.min(offset, hits.size()), Math.min(hits.size(), offset + size));
	}

	/** The candidate branch added to exact, prefix and substring matches. */
	private enum Extra {

		NONE, PINYIN, FUZZY

	}

	/**
	 * One page of the name matches. Exact, prefix and substring matches rank in that
	 * order, the shorter name first within each (the query covers more of it); only fuzzy
	 * matches are ordered by trigram similarity, which for a broad query cost more than
	 * all the rest of the statement. Every candidate is counted, but the similarity
	 * reported is computed for the page's hits alone.
	 */
	private Slice rank(String q, List<String> grams, Extra extra, boolean includePersons, Set<Long> excluded,
			int offset, int size, int window) {
		// a fuzzy search looks for fuzzy candidates alone: it runs only when the exact,
		// prefix and substring matches all fit on one page, so they are in hand
		String sql = """
				WITH candidates AS (
				    (SELECT id, subject_type, name, status, name_normalized FROM subject
				     WHERE %s ORDER BY name_normalized COLLATE "C" LIMIT :window)
				    UNION
				    (SELECT id, subject_type, name, status, name_normalized FROM subject WHERE %s LIMIT :cap)
				    UNION
				    (SELECT id, subject_type, name, status, name_normalized FROM subject WHERE %s LIMIT :window)
				), tiered AS (
				    SELECT c.*,
				           CASE WHEN name_normalized = :q THEN 0
				                WHEN name_normalized LIKE :prefix ESCAPE '\\' THEN 1
				                WHEN name_normalized LIKE :contains ESCAPE '\\' THEN 2
				                ELSE 3 END AS tier
				    FROM candidates c
				    WHERE (:persons OR subject_type <> 'NATURAL_PERSON') %s
				), page AS (
				    SELECT id, subject_type, name, status, name_normalized,
				           count(*) OVER () AS total, count(*) FILTER (WHERE tier = 0) OVER () AS exact,
				           row_number() OVER (ORDER BY tier,
				               CASE WHEN tier = 3 THEN greatest(similarity(name_normalized, :q),
				                                                word_similarity(:q, name_normalized)) END DESC,
				               length(name_normalized), id) AS position
				    FROM tiered
				    ORDER BY position
				    OFFSET :offset LIMIT :size
				)
				SELECT id, subject_type, name, status, total, exact,
				       greatest(similarity(name_normalized, :q), word_similarity(:q, name_normalized)) AS score
				FROM page
				ORDER BY position
				""".formatted(
				(extra == Extra.FUZZY) ? "FALSE" : "name_normalized COLLATE \"C\" LIKE :prefix ESCAPE '\\'",
				(extra == Extra.FUZZY) ? "FALSE" : substringBranch(grams), switch (extra) {
					case PINYIN -> "name_pinyin LIKE :prefix ESCAPE '\\' OR name_initials LIKE :prefix ESCAPE '\\'";
					case FUZZY -> ":q <% name_search";
					case NONE -> "FALSE";
				}, excluded.isEmpty() ? "" : "AND id NOT IN (:excluded)");
		var statement = this.jdbc.sql(sql)
			.param("q", q)
			.param("prefix", escapeLike(q) + "%")
			.param("contains", "%" + escapeLike(q) + "%")
			.param("cap", CANDIDATE_CAP)
			.param("window", window)
			.param("offset", offset)
			.param("size", size)
			.param("persons", includePersons);
		if (grams.size() == 1) {
			statement = statement.param("grams", this.store.textArray(grams));
		}
		if (!excluded.isEmpty()) {
			statement = statement.param("excluded", List.copyOf(excluded));
		}
		int[] total = { 0 };
		boolean[] exact = { false };
		List<SubjectHit> hits = statement.query((rs, n) -> {
			total[0] = rs.getInt("total");
			exact[0] = rs.getInt("exact") > 0;
			return new SubjectHit(new SubjectId(rs.getLong("id")), SubjectType.valueOf(rs.getString("subject_type")),
					rs.getString("name"), null, SubjectStatus.valueOf(rs.getString("status")), rs.getDouble("score"));
		}).list();
		if (hits.isEmpty() && (offset > 0 || size == 0)) {
			// past the last page, or a page the code matches fill: the pager still
			// needs the count
			Slice first = rank(q, grams, extra, includePersons, excluded, 0, 1, window);
			return new Slice(List.of(), first.total(), first.exact());
		}
		return new Slice(hits, total[0], exact[0]);
	}

	/**
	 * Substrings: a 2-character query by the bigram GIN (pg_trgm needs 3 characters);
	 * longer ones by the trigram GIN, whose posting lists for 3-character grams are far
	 * shorter than those of common bigrams (有限, 科技).
	 */
	private static String substringBranch(List<String> grams) {
		if (grams.isEmpty()) {
			return "FALSE";
		}
		if (grams.size() == 1) {
			return "name_bigrams @> CAST(:grams AS text[]) AND name_normalized LIKE :contains ESCAPE '\\'";
		}
		return "name_search LIKE :contains ESCAPE '\\'";
	}

	/**
	 * Exact look-up of a query shaped like a code, among current keys and aliases (codes
	 * corrected away still find their subject).
	 */
	private List<SubjectHit> byCode(String query, boolean includePersons) {
		List<SubjectHit> hits = new ArrayList<>();
		for (SubjectKey key : CodeQuery.candidates(query, includePersons)) {
			for (SubjectId id : this.store.findByKey(key)) {
				this.store.find(id)
					.filter(subject -> includePersons || !subject.type().isPerson())
					.ifPresent(subject -> hits.add(
							new SubjectHit(subject.id(), subject.type(), subject.name(), null, subject.status(), 1.0)));
			}
		}
		return hits;
	}

	private List<SubjectHit> withDisplayKeys(List<SubjectHit> hits) {
		Map<Long, List<Subject.KeyEntry>> keys = this.store.keysOf(hits.stream().map(SubjectHit::id).toList());
		return hits.stream().map(hit -> {
			SubjectKey current = keys.getOrDefault(hit.id().value(), List.of())
				.stream()
				.filter(Subject.KeyEntry::current)
				.map(Subject.KeyEntry::key)
				.findFirst()
				.orElse(null);
			return new SubjectHit(hit.id(), hit.type(), hit.name(), KeyMasking.display(current), hit.status(),
					hit.score());
		}).toList();
	}

	static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
