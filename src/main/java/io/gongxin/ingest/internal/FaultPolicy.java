package io.gongxin.ingest.internal;

import io.gongxin.platform.Sha256;

/**
 * What an unexpected fault in processing a batch means. A fault of the moment (a lost
 * connection, a deadlock) is retried; a fault that comes back the same way is the batch's
 * own and would come back at every start, so the batch is quarantined with its reason and
 * the provider is told. Faults of the file's content that the intake recognises are not
 * faults here: they fail the batch at once with their own code.
 */
final class FaultPolicy {

	/** The quarantine code: a batch that cannot be processed and is no longer retried. */
	static final String QUARANTINED = "GX-ING-013";

	private FaultPolicy() {
	}

	sealed interface Decision permits Retry, Quarantine {

		/** What the provider reads on the receipt. */
		String reason();

	}

	record Retry(String reason) implements Decision {
	}

	record Quarantine(String reason) implements Decision {
	}

	/**
	 * @param previousFault the signature of the fault that ended the previous attempt, or
	 * null
	 * @param fault this attempt's fault
	 * @param attempts attempts made so far, this one included
	 */
	static Decision decide(String previousFault, Fault fault, int attempts, int maxAttempts) {
		if (fault.signature().equals(previousFault)) {
			return new Quarantine("批次两次处理均因同一故障中断，已隔离，数据未入库。请联系信用办处理（故障编号 " + fault.reference() + "）");
		}
		if (attempts >= maxAttempts) {
			return new Quarantine("批次已处理" + attempts + "次均未完成，已隔离，数据未入库。请联系信用办处理（故障编号 " + fault.reference() + "）");
		}
		return new Retry("处理中断，正在自动重试（故障编号 " + fault.reference() + "）");
	}

	/** A batch whose attempts were all used up by crashes before any of them ended. */
	static Quarantine interruptedTooOften(int attempts) {
		return new Quarantine("批次已处理" + attempts + "次，每次都因平台中断而未完成，已隔离，数据未入库。请联系信用办处理");
	}

	/**
	 * A fault as recognised across attempts: its type and the first line of its message.
	 * The reference is what the log and the receipt share, so the office can find the
	 * stack trace without the provider seeing it.
	 */
	record Fault(String signature, String reference) {

		static Fault of(Throwable ex) {
			Throwable root = ex;
			while (root.getCause() != null && root.getCause() != root) {
				root = root.getCause();
			}
			String message = (root.getMessage() != null) ? root.getMessage().lines().findFirst().orElse("") : "";
			String signature = root.getClass().getName() + ": " + message;
			if (signature.length() > 500) {
				signature = signature.substring(0, 500);
			}
			String reference = Sha256.hex(signature).substring(0, 8).toUpperCase(java.util.Locale.ROOT);
			return new Fault(signature, reference);
		}

	}

}
