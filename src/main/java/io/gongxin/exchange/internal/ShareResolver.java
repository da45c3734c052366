package io.gongxin.exchange.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.gongxin.exchange.ShareAnswer.CodeOutcome;
import io.gongxin.exchange.ShareAnswer.CodeStatus;
import io.gongxin.identifier.CitizenId;
import io.gongxin.identifier.Uscc;
import io.gongxin.platform.DomainException;
import io.gongxin.subject.Subject;
import io.gongxin.subject.SubjectKey;
import io.gongxin.subject.Subjects;

import org.springframework.stereotype.Component;

/**
 * Turns a code list into subjects, one lookup for the whole list, and decides per code
 * whether the department may have it: a subject is within a department's scope when its
 * region (the division of its register entry, else of its USCC) lies in the department's
 * division. A subject whose region is unknown is refused rather than guessed.
 */
@Component
public class ShareResolver {

	private final Subjects subjects;

	ShareResolver(Subjects subjects) {
		this.subjects = subjects;
	}

	/**
	 * @param region the division-code prefix of the department's scope; {@code null} for
	 * the credit office, which sees every subject
	 * @param masked whether citizen ids are masked in what is returned (departments)
	 */
	public List<Resolved> resolve(List<String> codes, String region, String regionName, boolean masked) {
		Map<Integer, SubjectKey> keys = new LinkedHashMap<>();
		List<Resolved> resolved = new ArrayList<>(codes.size());
		for (int i = 0; i < codes.size(); i++) {
			SubjectKey key = key(codes.get(i));
			if (key != null) {
				keys.put(i, key);
			}
		}
		Map<SubjectKey, Subject> found = this.subjects.findAllByKeys(List.copyOf(keys.values()));
		for (int i = 0; i < codes.size(); i++) {
			int line = i + 1;
			SubjectKey key = keys.get(i);
			if (key == null) {
				resolved.add(Resolved.outcome(new CodeOutcome(line, shown(codes.get(i), masked), CodeStatus.INVALID,
						"不是有效的统一社会信用代码或公民身份号码")));
				continue;
			}
			String shownCode = (key.kind() == SubjectKey.Kind.CITIZEN_ID && masked) ? CitizenId.mask(key.value())
					: key.value();
			Subject subject = found.get(key);
			if (subject == null) {
				resolved.add(Resolved.outcome(new CodeOutcome(line, shownCode, CodeStatus.NOT_FOUND, "未找到")));
			}
			else if (region != null && subject.region() == null) {
				resolved.add(Resolved
					.outcome(new CodeOutcome(line, shownCode, CodeStatus.REFUSED, "主体所在地区不明，无法确认属于本部门监管范围，请向信用办申请")));
			}
			else if (region != null && !subject.region().startsWith(region)) {
				resolved.add(Resolved
					.outcome(new CodeOutcome(line, shownCode, CodeStatus.REFUSED, "不属于本部门监管范围（" + regionName + "）")));
			}
			else {
				resolved.add(new Resolved(line, shownCode, subject, null));
			}
		}
		return resolved;
	}

	/** The key a code stands for, or {@code null} when it is no valid code. */
	static SubjectKey key(String code) {
		if (code.length() > 40) {
			return null;
		}
		try {
			return SubjectKey.uscc(Uscc.parse(code).value());
		}
		catch (DomainException | IllegalArgumentException ex) {
			// not a USCC: perhaps a citizen id
		}
		try {
			return SubjectKey.citizenId(CitizenId.parse(code).value());
		}
		catch (DomainException | IllegalArgumentException ex) {
			return null;
		}
	}

	/** An invalid code as the answer repeats it: short, and never a readable id. */
	private static String shown(String code, boolean masked) {
		String cut = (code.length() > 40) ? code.substring(0, 40) + "…" : code;
		return (masked && (CitizenId.looksLike(cut) || cut.matches("\\d{14,}.*"))) ? CitizenId.mask(cut) : cut;
	}

	/** A code's subject within scope, or its outcome. */
	public record Resolved(int line, String code, Subject subject, CodeOutcome outcome) {

		static Resolved outcome(CodeOutcome outcome) {
			return new Resolved(outcome.line(), outcome.code(), null, outcome);
		}

	}

}
