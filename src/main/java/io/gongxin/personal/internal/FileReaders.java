package io.gongxin.personal.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.gongxin.audit.AuditRecord;
import io.gongxin.platform.SystemActor;
import io.gongxin.security.Accounts;
import io.gongxin.security.DepartmentDirectory;
import io.gongxin.security.Role;

import org.springframework.stereotype.Component;

/**
 * Who read a person's file, as the person reads it: the audit log's reads of their
 * personal data (and the reports issued about them), each with the reader's department
 * and role rather than a member of staff's account, and the purpose in Chinese.
 */
@Component
class FileReaders {

	/**
	 * @param who the reading department and role, or 本人
	 * @param purpose what the reading was for
	 */
	record Reader(Instant at, String who, String purpose, boolean own) {
	}

	/** The audited actions that read a person's data, by what they were for. */
	private static final Map<String, String> PURPOSES = Map.ofEntries(Map.entry("personal.file.read", "本人查阅信用档案"),
			Map.entry("personal.readers.read", "本人查看查阅记录"), Map.entry("creditfile.read.person", "查阅信用档案"),
			Map.entry("subject.read.person", "查看主体登记信息"), Map.entry("subject.search.person", "检索信用主体"),
			Map.entry("report.preview", "预览个人信用报告"), Map.entry("report.issue", "出具个人信用报告"),
			Map.entry("exchange.share.person", "信用信息共享查询"), Map.entry("ingest.record.read.person", "查阅归集的原始记录"),
			Map.entry("evaluation.read", "查阅公共信用综合评价"));

	private static final String OFFICE = "信用办";

	private final Accounts accounts;

	private final DepartmentDirectory departments;

	FileReaders(Accounts accounts, DepartmentDirectory departments) {
		this.accounts = accounts;
		this.departments = departments;
	}

	/**
	 * The readings among a subject's audit events, newest first.
	 * @param self the person's own account name: their own readings say 本人
	 */
	List<Reader> of(List<AuditRecord> events, String self) {
		List<AuditRecord> reads = events.stream()
			.filter(event -> "READ".equals(event.kind()) || "report.issue".equals(event.action()))
			.toList();
		if (reads.isEmpty()) {
			return List.of();
		}
		Map<String, String> departmentOf = departmentsByActor();
		Map<String, String> names = this.departments.names();
		return reads.stream()
			.map(event -> new Reader(event.occurredAt(), who(event, self, departmentOf, names),
					PURPOSES.getOrDefault(event.action(), "查阅个人信用信息"), event.actor().equals(self)))
			.toList();
	}

	private static String who(AuditRecord event, String self, Map<String, String> departmentOf,
			Map<String, String> names) {
		if (event.actor().equals(self)) {
			return "本人";
		}
		if (event.actor().startsWith(SystemActor.PREFIX)) {
			return "平台自动处理";
		}
		Optional<Role> role = role(event.actorRoles());
		String department = Optional.ofNullable(departmentOf.get(event.actor()))
			.map(code -> names.getOrDefault(code, code))
			.orElse(role.filter(r -> !r.departmentBound()).map(r -> OFFICE).orElse(null));
		String roleLabel = role.map(Role::label).orElse(null);
		if (department == null) {
			return (roleLabel == null) ? "其他用户" : roleLabel;
		}
		return (roleLabel == null) ? department : department + " · " + roleLabel;
	}

	/**
	 * The role among the authorities recorded with the event ({@code ROLE_OFFICER,…}).
	 */
	private static Optional<Role> role(String authorities) {
		if (authorities == null) {
			return Optional.empty();
		}
		for (String authority : authorities.split(",")) {
			String name = authority.strip();
			if (name.startsWith("ROLE_")) {
				try {
					return Optional.of(Role.valueOf(name.substring("ROLE_".length())));
				}
				catch (IllegalArgumentException unknown) {
					// a role the platform no longer has: said without it
				}
			}
		}
		return Optional.empty();
	}

	/** The department each staff account and API key acts for (few: read whole). */
	private Map<String, String> departmentsByActor() {
		Map<String, String> departmentOf = new HashMap<>();
		this.accounts.users()
			.stream()
			.filter(account -> account.departmentCode() != null)
			.forEach(account -> departmentOf.put(account.username(), account.departmentCode()));
		this.accounts.apiKeys()
			.stream()
			.filter(key -> key.departmentCode() != null)
			.forEach(key -> departmentOf.put("apikey:" + key.name(), key.departmentCode()));
		return departmentOf;
	}

}
