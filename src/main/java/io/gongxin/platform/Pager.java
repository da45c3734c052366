package io.gongxin.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Paging of a listing as a person reads it: "共 N 条，第 x/y 页", 上一页 and 下一页, and the page
 * numbers around the current one. Totals are exact up to a cap (10,000 for listings, the
 * ranking window for search); above it the listing says "N 条以上" and numbers only the
 * pages up to the cap.
 *
 * @param total the number of items, or the cap when there are more
 * @param more whether there are more items than {@code total}
 * @param previous link to the page before, or {@code null} on the first page
 * @param next link to the page after, or {@code null} on the last page reachable
 * @param links page numbers and gaps, in order
 */
public record Pager(long total, boolean more, int page, int pages, String previous, String next, List<Link> links) {

	/** Listings count exactly up to this many items. */
	public static final int CAP = 10_000;

	/** Page numbers shown on either side of the current page. */
	private static final int AROUND = 2;

	/**
	 * One entry of the page numbers: a link, the current page (no link), or a gap
	 * ({@code label} …, no link).
	 */
	public record Link(String label, String href, boolean current) {

		public boolean gap() {
			return this.href == null && !this.current;
		}

	}

	public Pager {
		links = List.copyOf(links);
	}

	/**
	 * The page a request asked for, within the pages the count allows (a page number past
	 * the end shows the last page).
	 */
	public static int clamp(int requested, long counted, int cap, int size) {
		return Math.max(1, Math.min(requested, lastNumbered(counted, cap, size)));
	}

	/**
	 * @param counted the count, taken up to {@code cap + 1}
	 * @param href the link to a page by its number
	 */
	public static Pager of(long counted, int cap, int page, int size, IntFunction<String> href) {
		long total = Math.min(counted, cap);
		int last = lastNumbered(counted, cap, size);
		List<Link> links = new ArrayList<>();
		int from = Math.max(1, page - AROUND);
		int to = Math.min(last, page + AROUND);
		if (from > 1) {
			links.add(new Link("1", href.apply(1), false));
			if (from > 2) {
				links.add(new Link("…", null, false));
			}
		}
		for (int n = from; n <= to; n++) {
			links.add(new Link(Integer.toString(n), (n == page) ? null : href.apply(n), n == page));
		}
		if (to < last) {
			if (to < last - 1 || counted > cap) {
				links.add(new Link("…", null, false));
			}
			if (counted <= cap) {
				links.add(new Link(Integer.toString(last), href.apply(last), false));
			}
		}
		String previous = (page > 1 && page - 1 <= last) ? href.apply(page - 1) : null;
		String next = (page < last) ? href.apply(page + 1) : null;
		return new Pager(total, counted > cap, page, last, previous, next, links);
	}

	/** A page of a short list held in memory. */
	public static Pager ofList(int size, int page, int pageSize, IntFunction<String> href) {
		return of(size, Integer.MAX_VALUE - 1, page, pageSize, href);
	}

	/** The same, with 上一页 led elsewhere (a cursor instead of a page number). */
	public Pager withPrevious(String href) {
		return new Pager(this.total, this.more, this.page, this.pages, href, this.next, this.links);
	}

	/** The same, with 下一页 led elsewhere (a cursor), or none. */
	public Pager withNext(String href) {
		return new Pager(this.total, this.more, this.page, this.pages, this.previous, href, this.links);
	}

	/** The offset of the first item of the page. */
	public int offset(int size) {
		return (this.page - 1) * size;
	}

	/** "共 128 条，第 2/7 页", or "共 10,000 条以上，第 3 页". */
	public String summary() {
		if (this.more) {
			return "共 " + number(this.total) + " 条以上，第 " + number(this.page) + " 页";
		}
		return "共 " + number(this.total) + " 条，第 " + number(this.page) + "/" + number(this.pages) + " 页";
	}

	private static int lastNumbered(long counted, int cap, int size) {
		long total = Math.min(counted, cap);
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public static String number(long n) {
		return String.format("%,d", n);
	}

}
