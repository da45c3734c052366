package io.gongxin.ingest;

/** What a batch carries: new or corrected records, or revocations of filed ones. */
public enum BatchKind {

	RECORDS, REVOCATIONS

}
