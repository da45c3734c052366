package io.gongxin.platform.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The back office's menu, once: the layout draws each role's menus from it and the
 * breadcrumbs find a page's place in it, so a page renamed or moved changes in one place.
 * Roles are the security module's role names; a menu shows an entry only to the roles the
 * entry's pages allow, so nobody is offered a page that refuses them.
 */
@Component("siteMenu")
class SiteMenu {

	/** A page of the menu and every page under its address. */
	record Entry(String path, String label, Set<String> roles) {
	}

	record Group(String label, List<Entry> entries) {
	}

	private static final Set<String> WORK = Set.of("PROVIDER", "OFFICER", "REVIEWER", "ADMIN");

	private static final Set<String> CREDIT_STAFF = Set.of("OFFICER", "REVIEWER", "ADMIN");

	private static final Set<String> OFFICE = Set.of("OFFICER", "ADMIN");

	private static final Set<String> STAFF = Set.of("PROVIDER", "OFFICER", "REVIEWER", "ADMIN", "BANK");

	static final List<Group> GROUPS = List.of(
			group("数据归集", entry("/ingest", "报送与回执", WORK), entry("/ingest/problem-data", "问题数据", WORK),
					entry("/quality", "数据质量", CREDIT_STAFF), entry("/catalog", "信用目录", CREDIT_STAFF),
					entry("/console/name-discrepancies", "名称差异", OFFICE)),
			group("信用应用", entry("/console/credit-files", "信用档案", CREDIT_STAFF),
					entry("/checks", "信用核查", Set.of("PROVIDER", "OFFICER", "ADMIN")),
					entry("/measures", "措施管理", CREDIT_STAFF), entry("/evaluation", "综合评价", WORK)),
			group("业务办理", entry("/inbox", "待办事项", WORK), entry("/remedies", "异议与修复", WORK),
					entry("/commitments", "承诺管理", WORK), entry("/content", "政策与公告发布", OFFICE)),
			group("交换共享", entry("/subscriptions", "信息订阅", Set.of("PROVIDER", "BANK", "OFFICER", "ADMIN")),
					entry("/exchange/shares", "信用共享", Set.of("PROVIDER", "OFFICER", "ADMIN")),
					entry("/exchange/agencies", "信用服务机构", CREDIT_STAFF)),
			group("运行监控", entry("/ops/outbox", "消息投递", OFFICE), entry("/ops/exchange", "上报监控", OFFICE)),
			group("系统管理", entry("/admin/users", "用户管理", Set.of("ADMIN")),
					entry("/admin/api-keys", "API 密钥", Set.of("ADMIN")),
					entry("/admin/calendar", "节假日安排", Set.of("ADMIN")),
					entry("/admin/known-irregular", "不规范代码", Set.of("ADMIN")),
					entry("/admin/audit", "审计日志", Set.of("ADMIN"))));

	/**
	 * The groups with the entries this person may open; groups left empty are dropped.
	 */
	public List<Group> visibleTo(Authentication authentication) {
		Set<String> roles = roles(authentication);
		return GROUPS.stream()
			.map((group) -> new Group(group.label(),
					group.entries()
						.stream()
						.filter((entry) -> entry.roles().stream().anyMatch(roles::contains))
						.toList()))
			.filter((group) -> !group.entries().isEmpty())
			.toList();
	}

	/**
	 * Who is looking at a page, as the layout needs it: computed once a page instead of a
	 * security expression parsed and evaluated for every link (a tenth of a portal page's
	 * time under load).
	 */
	public Viewer viewer(Authentication authentication) {
		Set<String> roles = roles(authentication);
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		return new Viewer(signedIn, signedIn && roles.stream().anyMatch(STAFF::contains), roles.contains("ENTERPRISE"),
				roles.contains("PERSON"), roles.stream().anyMatch(OFFICE::contains));
	}

	/** What the layout shows: the public links, the staff's menus, the own pages. */
	record Viewer(boolean signedIn, boolean staff, boolean enterprise, boolean person, boolean office) {

		/** Visitors, enterprises and persons see the portal's links flat. */
		public boolean publicLinks() {
			return !this.signedIn || this.enterprise || this.person;
		}

	}

	/**
	 * The group and entry a page sits under: the entry with the longest address that is
	 * the page's or above it.
	 */
	static Optional<Place> placeOf(String path) {
		Place best = null;
		for (Group group : GROUPS) {
			for (Entry entry : group.entries()) {
				boolean under = path.equals(entry.path()) || path.startsWith(entry.path() + "/");
				if (under && (best == null || entry.path().length() > best.entry().path().length())) {
					best = new Place(group, entry);
				}
			}
		}
		return Optional.ofNullable(best);
	}

	record Place(Group group, Entry entry) {
	}

	private static Set<String> roles(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return Set.of();
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith("ROLE_"))
			.map((authority) -> authority.substring("ROLE_".length()))
			.collect(Collectors.toSet());
	}

	private static Group group(String label, Entry... entries) {
		return new Group(label, Arrays.asList(entries));
	}

	private static Entry entry(String path, String label, Set<String> roles) {
		return new Entry(path, label, roles);
	}

}
