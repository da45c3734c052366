package io.gongxin.exchange.internal;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One page of a target's receipts, as its receipt URL answers
 * {@code GET …?after=<cursor>} (docs/exchange.md): which items of which package it took
 * or refused, repairs it decided, and the cursor to ask from next.
 */
record ReceiptPage(List<Receipt> receipts, List<Repair> repairs, String next) {

	ReceiptPage {
		receipts = (receipts == null) ? List.of() : receipts;
		repairs = (repairs == null) ? List.of() : repairs;
	}

	boolean empty() {
		return this.receipts.isEmpty() && this.repairs.isEmpty();
	}

	record Receipt(@JsonProperty("package") String packageKey, List<String> accepted, List<Refusal> rejected) {

		Receipt {
			accepted = (accepted == null) ? List.of() : accepted;
			rejected = (rejected == null) ? List.of() : rejected;
		}

	}

	record Refusal(String key, String field, String reason) {

	}

	/** A repair the target decided (信用中国 is the national intake for repairs). */
	record Repair(String reference, String subjectCode, String categoryCode, String documentNumber,
			LocalDate approvedOn) {

	}

}
