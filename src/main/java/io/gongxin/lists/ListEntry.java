package io.gongxin.lists;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import io.gongxin.subject.SubjectId;
import io.gongxin.subject.SubjectType;

/**
 * One subject's place on one list, as the platform learned it. Immutable in meaning: a
 * correction ends this entry and starts another, so every earlier answer can be replayed.
 *
 * @param listName the list as its designating authority names it (e.g. 市场监督管理严重违法失信名单,
 * A级纳税人)
 * @param subjectCode the organisation's USCC, or a person's id masked
 * @param recordId the credit record the entry comes from
 * @param authority the designating authority (认定部门 / 执行法院 / 授予单位)
 * @param basis the rule the listing rests on (认定依据)
 * @param reason why the subject was listed (认定事由 / 列入原因 / 失信情形 / 荣誉名称)
 * @param enteredOn the listing date
 * @param exitOn the exit date, when known (移出日期 / 有效期至)
 * @param recordedAt when the platform learned of it
 * @param endedAt when it stopped counting other than by its exit date, if it did
 * @param end how it stopped counting, if it did
 */
public record ListEntry(long id, ListKind kind, String listName, SubjectId subjectId, SubjectType subjectType,
		String subjectName, String subjectCode, long recordId, String categoryCode, String providerCode,
		String authority, String basis, String reason, String documentNumber, LocalDate enteredOn, LocalDate exitOn,
		Instant recordedAt, Instant endedAt, EntryEnd end, String endReason) {

	public ListEntry {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(subjectId, "subjectId");
		Objects.requireNonNull(enteredOn, "enteredOn");
		Objects.requireNonNull(recordedAt, "recordedAt");
	}

	/**
	 * Whether the entry counted at that instant, on that day: known by then, not ended by
	 * then, entered and not yet exited.
	 */
	public boolean inForce(Instant at, LocalDate day) {
		return !this.recordedAt.isAfter(at) && (this.endedAt == null || this.endedAt.isAfter(at))
				&& !this.enteredOn.isAfter(day) && (this.exitOn == null || this.exitOn.isAfter(day));
	}

	/** 在列, 已移出, or how it ended, as people read it on the given day. */
	public String statusLabel(LocalDate day) {
		if (this.end != null) {
			return this.end.label();
		}
		if (this.exitOn != null && !this.exitOn.isAfter(day)) {
			return this.kind.punitive() ? "已移出" : "已到期";
		}
		return this.kind.punitive() ? "在列" : "有效";
	}

}
