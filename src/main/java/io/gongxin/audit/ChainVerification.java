package io.gongxin.audit;

/**
 * The outcome of re-checking the whole audit chain.
 *
 * @param intact whether every link and every seal checked out
 * @param eventsChecked how many events were re-hashed
 * @param sealsChecked how many seals were checked
 * @param firstBrokenSeq the sequence number of the first broken link, or {@code null}
 * @param reason what is wrong with it, or {@code null}
 */
public record ChainVerification(boolean intact, long eventsChecked, int sealsChecked, Long firstBrokenSeq,
		String reason) {

	public static ChainVerification ok(long events, int seals) {
		return new ChainVerification(true, events, seals, null, null);
	}

	public static ChainVerification broken(long events, int seals, long seq, String reason) {
		return new ChainVerification(false, events, seals, seq, reason);
	}

}
