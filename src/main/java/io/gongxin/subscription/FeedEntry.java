package io.gongxin.subscription;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * One event in a subscriber's feed.
 *
 * @param id stable id ({@code feed-<seq>}); the same id a webhook delivery carries
 * @param data the event's payload, as JSON
 */
public record FeedEntry(String id, String type, Instant occurredAt, @JsonRawValue String data) {

}
