package io.gongxin.subject;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A credit subject as registered.
 *
 * @param id the platform's identity
 * @param type the kind of subject
 * @param name the current registered name
 * @param keys identifiers, the current one first; earlier ones stay as aliases after
 * corrections
 * @param legalRepresentative 法定代表人 / 负责人 / 经营者, if known
 * @param status registration status
 * @param divisionCode 6-digit division of registration, if known
 * @param registeringAuthority 登记机关, if known
 * @param registeredOn 成立日期, if known
 * @param version optimistic-locking version
 */
public record Subject(SubjectId id, SubjectType type, String name, List<KeyEntry> keys, String legalRepresentative,
		SubjectStatus status, String divisionCode, String registeringAuthority, LocalDate registeredOn, int version) {

	public record KeyEntry(SubjectKey key, boolean current, String note) {
	}

	public Subject {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(name, "name");
		keys = List.copyOf(keys);
	}

	/** The identifier currently in force, if any. */
	public SubjectKey currentKey() {
		return this.keys.stream().filter(KeyEntry::current).map(KeyEntry::key).findFirst().orElse(null);
	}

	/**
	 * The 6-digit division of an organisation: its register entry, else characters 3-8 of
	 * its USCC (GB 32100); {@code null} when neither is known.
	 */
	public String region() {
		if (this.divisionCode != null) {
			return this.divisionCode;
		}
		SubjectKey key = currentKey();
		String code = (key == null) ? null : key.value();
		return (!this.type.isPerson() && code != null && code.length() == 18) ? code.substring(2, 8) : null;
	}

}
