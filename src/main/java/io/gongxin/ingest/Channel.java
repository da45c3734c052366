package io.gongxin.ingest;

/**
 * How a batch arrived.
 */
public enum Channel {

	FILE, API, DEMO

}
