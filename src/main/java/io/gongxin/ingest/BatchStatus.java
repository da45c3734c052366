package io.gongxin.ingest;

/**
 * Where a batch is. RECEIVED and PROCESSING batches are resumed after a crash; nothing of
 * a batch is visible before COMPLETED.
 */
public enum BatchStatus {

	RECEIVED, PROCESSING, COMPLETED, FAILED

}
