package io.gongxin.exchange;

import io.gongxin.outbox.OutgoingMessage;

/**
 * Renders a package the way one kind of target takes it. The platform ships two:
 * {@code FILE} (a file in the national layout, CSV, XLSX or JSON, UTF-8 or GBK, in a
 * signed envelope) and {@code API} (the records as JSON objects). A deployment adds
 * another target protocol as a Spring bean implementing this; everything else (queue,
 * schedule, outbox, receipts, reconciliation) stays the same.
 */
public interface TargetAdapter {

	/** The code a target names in its configuration, e.g. {@code FILE}. */
	String code();

	/** What officers see, e.g. 文件报送（全国标准格式）. */
	String label();

	/**
	 * The message for one package. Its idempotency key must be
	 * {@link ReportPackage#key()} so that the target applies a package once however often
	 * it arrives.
	 */
	OutgoingMessage render(ReportPackage reportPackage);

}
