package io.gongxin.quality;

import java.time.Instant;

/**
 * A published bulletin: the snapshot, the officer's commentary, who published it and the
 * SHA-256 of the stored snapshot.
 */
public record PublishedBulletin(long id, String label, String commentary, BulletinContent content, String contentSha256,
		String publishedBy, Instant publishedAt) {

}
