package io.gongxin.exchange;

import java.net.URI;
import java.time.Instant;
import java.util.Set;

/**
 * A platform this one reports to, as configured by the credit office.
 *
 * @param adapter the code of the {@link TargetAdapter} that renders its packages
 * @param categories the catalog categories it takes
 * @param packageSize the most items one package carries
 * @param intervalMinutes how often packages are sent (the schedule)
 * @param url where packages are POSTed (through the outbox)
 * @param receiptUrl where the target's receipts are read, {@code null} when it sends none
 */
public record Target(String code, String name, TargetLevel level, String adapter, FileFormat format, String encoding,
		Set<String> categories, int packageSize, int intervalMinutes, URI url, URI receiptUrl, boolean active,
		long endpointId, Instant createdAt) {

	public Target {
		categories = Set.copyOf(categories);
	}

}
