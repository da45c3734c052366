package io.gongxin.exchange;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.subscription.Purpose;

/**
 * A department's list of subjects whose credit files it asks for, and why.
 *
 * @param purpose 信用监管, 联合奖惩 or 信用核查: the purposes a department may state for credit
 * information about subjects it supervises
 * @param codes unified social credit codes or citizen ids, in the order given; blanks
 * dropped, repeats kept once
 * @param department the department the credit office pulls for; ignored for a clerk, who
 * pulls for its own
 */
public record ShareRequest(Purpose purpose, List<String> codes, String department) {

	/** At most this many codes in one list. */
	public static final int MAX_CODES = 10_000;

	/** The purposes a department may pull credit files for. */
	public static final Set<Purpose> PURPOSES = Set.of(Purpose.SUPERVISION, Purpose.JOINT_MEASURES,
			Purpose.CREDIT_CHECK);

	public ShareRequest {
		if (purpose == null || !PURPOSES.contains(purpose)) {
			throw new DomainException("GX-EXC-031", ProblemKind.BAD_REQUEST,
					"State the purpose: SUPERVISION, JOINT_MEASURES or CREDIT_CHECK.");
		}
		Set<String> distinct = new LinkedHashSet<>();
		if (codes != null) {
			for (String code : codes) {
				if (code != null && !code.isBlank()) {
					distinct.add(code.strip().toUpperCase(Locale.ROOT));
				}
			}
		}
		if (distinct.isEmpty() || distinct.size() > MAX_CODES) {
			throw new DomainException("GX-EXC-030", ProblemKind.BAD_REQUEST,
					"A list holds 1 to " + MAX_CODES + " codes.", Map.of("codes", distinct.size()));
		}
		codes = List.copyOf(new ArrayList<>(distinct));
		department = (department == null || department.isBlank()) ? null : department.strip();
	}

}
