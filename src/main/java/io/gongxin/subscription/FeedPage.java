package io.gongxin.subscription;

import java.util.List;

/**
 * A page of a pull feed, oldest first.
 *
 * @param nextCursor pass it to read on; it moves past entries the filter skipped too
 * @param more whether entries may follow right away
 */
public record FeedPage(List<FeedEntry> entries, String nextCursor, boolean more) {

}
