package io.gongxin.subject.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
		return withDisplayKeys(ranked(query, includePersons, limit, limit));
	}

	/**
	 * One page of every match in rank order. The matches are ranked as a whole each time
	 * (at most {@value #CANDIDATE_CAP}, which ranking costs little more than a page), so
	 * a page number reaches the same hits on every request; fuzzy matches only fill a
	 * first page that exact, prefix and substring matches leave short, as they would
	 * otherwise make every query look as if it had hundreds of hits.
	 */
	public SubjectSearchPage page(String query, boolean includePersons, int offset, int size) {
		List<SubjectHit> ranked = ranked(query, includePersons, CANDIDATE_CAP + 1, size);
		int total = Math.min(ranked.size(), CANDIDATE_CAP);
		int from = Math.max(0, Math.min(offset, total));
		int to = Math.min(total, from + size);
		return new SubjectSearchPage(withDisplayKeys(ranked.subList(from, to)), total, ranked.size() > CANDIDATE_CAP);
	}

	/**
	 * Up to {@code window} hits in rank order, without display keys; fuzzy matches are
	 * added only up to {@code fuzzyUpTo} hits in all.
	 */
	private List<SubjectHit> ranked(String query, boolean includePersons, int window, int fuzzyUpTo) {
		String q = SubjectName.normalize(query);
		if (q.isEmpty()) {
			return List.of();
		}
		Map<Long, SubjectHit> hits = new LinkedHashMap<>();
		byCode(query, includePersons).forEach(hit -> hits.putIfAbsent(hit.id().value(), hit));
		List<String> grams = SubjectName.bigrams(q);
		// A very common fragment (有限公, 科技有) matches most of the register; ranking a
		// bounded sample of those candidates is as useful as ranking all of them and
		// costs a fraction (GIN's own soft limit). A prefix LIKE can use its B-tree only
		// when the planner sees the pattern: a generic plan, which the driver's
		// server-side statements invite after a few runs, would scan the whole register.
		this.jdbc.sql("""
				SELECT set_config('gin_fuzzy_search_limit', :limit, true),
				       set_config('plan_cache_mode', 'force_custom_plan', true)
				""").param("limit", Integer.toString(CANDIDATE_CAP * 5)).query((rs, n) -> n).list();
		boolean latin = SubjectName.isLatinQuery(q);
		rank(q, grams, latin ? Extra.PINYIN : Extra.NONE, includePersons, window)
			.forEach(hit -> hits.putIfAbsent(hit.id().value(), hit));
		// Fuzzy matching is the expensive branch (a long name shares common trigrams with
		// much of the register): only when exact, prefix and substring matches leave
		// room,
		// and not when the query is a registered name exactly, which is what was sought.
		boolean exact = hits.values().stream().anyMatch(hit -> q.equals(SubjectName.normalize(hit.name())));
		if (hits.size() < fuzzyUpTo && !exact && !latin && q.codePointCount(0, q.length()) >= 3) {
			for (SubjectHit hit : rank(q, grams, Extra.FUZZY, includePersons, fuzzyUpTo)) {
				if (hits.size() >= fuzzyUpTo) {
					break;
				}
				hits.putIfAbsent(hit.id().value(), hit);
			}
		}
		List<SubjectHit> all = new ArrayList<>(hits.values());
		return all.subList(0, Math.min(window, all.size()));
	}

	/** The candidate branch added to exact, prefix and substring matches. */
	private enum Extra {

		NONE, PINYIN, FUZZY

	}

	private List<SubjectHit> rank(String q, List<String> grams, Extra extra, boolean includePersons, int limit) {
		if (extra == Extra.FUZZY) {
			// Chinese names are one long "word" to pg_trgm: a query that drops a few
			// characters (深圳腾飞科技 for
			// 深圳市腾飞科技有限公司) is best found by word similarity, at a threshold well below
			// the 0.6 default.
			this.jdbc.sql("SELECT set_config('pg_trgm.word_similarity_threshold', '0.3', true)")
				.query(String.class)
				.single();
		}
		String sql = """
				WITH candidates AS (
				    (SELECT id FROM subject WHERE name_normalized COLLATE "C" LIKE :prefix ESCAPE '\\'
				     ORDER BY name_normalized COLLATE "C" LIMIT :limit)
				    UNION
				    (SELECT id FROM subject WHERE %s LIMIT :cap)
				    UNION
				    (SELECT id FROM subject WHERE %s LIMIT :limit)
				)
				SELECT s.id, s.subject_type, s.name, s.status,
				       CASE WHEN s.name_normalized = :q THEN 0
				            WHEN s.name_normalized LIKE :prefix ESCAPE '\\' THEN 1
				            WHEN s.name_normalized LIKE :contains ESCAPE '\\' THEN 2
				            ELSE 3 END AS rank,
				       greatest(similarity(s.name_normalized, :q), word_similarity(:q, s.name_normalized)) AS score
				FROM subject s JOIN candidates c ON c.id = s.id
				WHERE (:persons OR s.subject_type <> 'NATURAL_PERSON')
				ORDER BY rank, score DESC, length(s.name_normalized), s.id
				LIMIT :limit
				""".formatted(substringBranch(grams), switch (extra) {
			case PINYIN -> "name_pinyin LIKE :prefix ESCAPE '\\' OR name_initials LIKE :prefix ESCAPE '\\'";
			case FUZZY -> ":q <% name_search";
			case NONE -> "FALSE";
		});
		var statement = this.jdbc.sql(sql)
			.param("q", q)
			.param("prefix", escapeLike(q) + "%")
			.param("contains", "%" + escapeLike(q) + "%")
			.param("cap", CANDIDATE_CAP)
			.param("limit", limit)
			.param("persons", includePersons);
		if (grams.size() == 1) {
			statement = statement.param("grams", this.store.textArray(grams));
		}
		return statement
			.query((rs, n) -> new SubjectHit(new SubjectId(rs.getLong("id")),
					SubjectType.valueOf(rs.getString("subject_type")), rs.getString("name"), null,
					SubjectStatus.valueOf(rs.getString("status")), rs.getDouble("score")))
			.list();
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
