package io.gongxin.exchange;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.gongxin.audit.AuditEntry;
import io.gongxin.audit.AuditLog;
import io.gongxin.creditfile.CreditFileItem;
import io.gongxin.creditfile.CreditFiles;
import io.gongxin.creditfile.PublicityStatus;
import io.gongxin.exchange.ShareAnswer.CodeOutcome;
import io.gongxin.exchange.ShareAnswer.CodeStatus;
import io.gongxin.exchange.ShareAnswer.SharedItem;
import io.gongxin.exchange.ShareAnswer.SharedSubject;
import io.gongxin.exchange.internal.ShareResolver;
import io.gongxin.exchange.internal.ShareResolver.Resolved;
import io.gongxin.exchange.internal.ShareStore;
import io.gongxin.identifier.Regions;
import io.gongxin.platform.ActingUser;
import io.gongxin.platform.DomainException;
import io.gongxin.platform.ProblemKind;
import io.gongxin.provider.Provider;
import io.gongxin.provider.Providers;
import io.gongxin.security.Actor;
import io.gongxin.security.CurrentActor;
import io.gongxin.security.DepartmentScope;
import io.gongxin.security.Role;
import io.gongxin.subject.Subject;
import io.gongxin.subscription.CreatedSubscription;
import io.gongxin.subscription.Delivery;
import io.gongxin.subscription.NewSubscription;
import io.gongxin.subscription.SubscriberKind;
import io.gongxin.subscription.SubscriptionFilter;
import io.gongxin.subscription.Subscriptions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sharing with departments (共享): a department pulls the credit files of the subjects on
 * its list that lie within its supervision scope (its division), and may save the list as
 * a supervision set that subscribes it to exactly those subjects' changes. A clerk acts
 * for its own department; the credit office for itself (every subject) or for a
 * department it names (that department's scope). Every pull is audited and counted.
 */
@Service
public class Sharing {

	/** The items a department receives: in force, whether in publicity or not. */
	static final Set<PublicityStatus> CURRENT = EnumSet.of(PublicityStatus.PUBLISHED, PublicityStatus.NOT_PUBLISHED);

	/** What a supervision set subscribes to: the changes of a subject's credit file. */
	public static final Set<String> SET_EVENTS = Set.of("creditfile.item-published", "creditfile.publicity-ended",
			"remedy.repair-approved");

	private final ShareResolver resolver;

	private final ShareStore store;

	private final CreditFiles creditFiles;

	private final Providers providers;

	private final Subscriptions subscriptions;

	private final AuditLog audit;

	private final Clock clock;

	private final DepartmentScope departmentScope;

	private final Regions regions;

	Sharing(ShareResolver resolver, ShareStore store, CreditFiles creditFiles, Providers providers,
			Subscriptions subscriptions, AuditLog audit, DepartmentScope departmentScope, Regions regions,
			Clock clock) {
		this.departmentScope = departmentScope;
		this.regions = regions;
		this.resolver = resolver;
		this.store = store;
		this.creditFiles = creditFiles;
		this.providers = providers;
		this.subscriptions = subscriptions;
		this.audit = audit;
		this.clock = clock;
	}

	/** The credit files of the listed subjects the caller may have. */
	@Transactional
	public ShareAnswer pull(ShareRequest request) {
		Scope scope = scope(request.department(), false);
		List<Resolved> resolved = this.resolver.resolve(request.codes(), scope.region(), scope.regionName(),
				scope.masked());
		List<SharedSubject> shared = new ArrayList<>();
		List<CodeOutcome> outcomes = new ArrayList<>();
		int items = 0;
		Map<String, String> providerNames = new HashMap<>();
		for (Resolved code : resolved) {
			if (code.outcome() != null) {
				outcomes.add(code.outcome());
				continue;
			}
			Subject subject = code.subject();
			List<SharedItem> file = this.creditFiles.fileOf(subject.id())
				.stream()
				.filter(item -> CURRENT.contains(item.publicity().status()))
				.map(item -> shared(item, providerNames.computeIfAbsent(item.providerCode(), this::name)))
				.toList();
			items += file.size();
			shared.add(new SharedSubject(code.line(), code.code(), subject.name(), subject.type().label(),
					subject.region(), file));
		}
		int refused = count(outcomes, CodeStatus.REFUSED);
		int notFound = count(outcomes, CodeStatus.NOT_FOUND);
		int invalid = count(outcomes, CodeStatus.INVALID);
		Instant now = this.clock.instant();
		long id = this.store.insertQuery(scope.department(), request.purpose(),
				new ShareStore.Counts(request.codes().size(), shared.size(), refused, notFound, invalid, items),
				ActingUser.currentName(), now);
		this.audit.record(AuditEntry.read("exchange.share.pull", "share-query", Long.toString(id))
			.details(((scope.department() != null) ? scope.department() : "信用办") + " " + request.purpose().label() + "："
					+ request.codes().size() + "个代码，提供" + shared.size() + "个主体的" + items + "条信息，不予提供" + refused
					+ "个，未找到" + notFound + "个，代码有误" + invalid + "个"));
		// a natural person's file is personal data: each one read is on the record by
		// itself (by subject id, never by citizen id)
		for (Resolved code : resolved) {
			if (code.subject() != null && code.subject().type().isPerson()) {
				this.audit.record(AuditEntry.read("exchange.share.person", "share-query", Long.toString(id))
					.subject(code.subject().id().toString()));
			}
		}
		return new ShareAnswer(id, request.purpose().name(), request.purpose().label(), scope.department(),
				scope.departmentName(), scope.region(), now, request.codes().size(), shared, outcomes);
	}

	/**
	 * Saves the list as a supervision set: a subscription of the department to the
	 * changes of the listed subjects within its scope (codes outside it are left out, and
	 * listed in the answer).
	 * @param webhookUrl where to POST the changes; {@code null} for a pull feed
	 */
	@Transactional
	public CreatedSupervisionSet saveSet(String name, ShareRequest request, URI webhookUrl) {
		String setName = (name == null) ? "" : name.strip();
		if (setName.isEmpty() || setName.length() > 100 || setName.chars().anyMatch(Character::isISOControl)) {
			throw new DomainException("GX-EXC-035", ProblemKind.BAD_REQUEST, "Name the set (1 to 100 characters).");
		}
		Scope scope = scope(request.department(), true);
		List<Resolved> resolved = this.resolver.resolve(request.codes(), scope.region(), scope.regionName(), true);
		Set<String> codes = new TreeSet<>();
		List<CodeOutcome> leftOut = new ArrayList<>();
		for (Resolved code : resolved) {
			if (code.subject() != null && code.subject().currentKey() != null) {
				codes.add(code.subject().currentKey().value());
			}
			else if (code.outcome() != null) {
				leftOut.add(code.outcome());
			}
		}
		if (codes.isEmpty()) {
			throw new DomainException("GX-EXC-034", ProblemKind.RULE_VIOLATION,
					"No subject of the list is within the department's scope.", Map.of("leftOut", leftOut.size()));
		}
		CreatedSubscription subscription = this.subscriptions
			.create(new NewSubscription(SubscriberKind.DEPARTMENT, scope.department(), scope.departmentName(),
					SET_EVENTS, new SubscriptionFilter(codes, null, null, Set.of()), request.purpose(),
					(webhookUrl != null) ? Delivery.WEBHOOK : Delivery.PULL, webhookUrl));
		Instant now = this.clock.instant();
		long id = this.store.insertSet(scope.department(), setName, request.purpose(), codes.size(), leftOut.size(),
				subscription.subscription().id(), ActingUser.currentName(), now);
		this.audit.record(AuditEntry.change("exchange.share.set", "share-set", Long.toString(id))
			.after(scope.department() + " " + codes.size() + " subjects, subscription "
					+ subscription.subscription().id())
			.details(setName));
		SupervisionSet set = this.store.sets(scope.department(), 1).get(0);
		return new CreatedSupervisionSet(set, subscription.signingSecret(), leftOut);
	}

	/** A department's supervision sets (a clerk's own; all for the credit office). */
	@Transactional(readOnly = true)
	public List<SupervisionSet> sets(String department) {
		return this.store.sets(listed(department), 200);
	}

	/**
	 * Pulls per department, month and purpose over the last {@code months} months (a
	 * clerk sees its own department's).
	 */
	@Transactional(readOnly = true)
	public List<ShareUsage> usage(String department, int months) {
		ZoneId zone = this.clock.getZone();
		int span = Math.max(1, Math.min(months, 36));
		Instant from = LocalDate.now(this.clock)
			.withDayOfMonth(1)
			.minusMonths(span - 1L)
			.atStartOfDay(zone)
			.toInstant();
		return this.store.usage(listed(department), from, zone)
			.stream()
			.map(row -> new ShareUsage(row.department(), name(row.department()), row.month(), row.purpose().name(),
					row.purpose().label(), row.queries(), row.subjects(), row.refused(), row.notFound(), row.invalid(),
					row.items()))
			.toList();
	}

	/** The department a list is for, as {@link DepartmentScope#listed} decides it. */
	private String listed(String asked) {
		String code = this.departmentScope.listed(asked);
		if (code != null && !DEPARTMENT.matcher(code).matches()) {
			throw new DomainException("GX-EXC-033", ProblemKind.NOT_FOUND, "No such department.");
		}
		return code;
	}

	/** A department's code as the provider register allows it. */
	private static final java.util.regex.Pattern DEPARTMENT = java.util.regex.Pattern
		.compile("[A-Z0-9][A-Z0-9-]{1,31}");

	private String name(String department) {
		if (department == null) {
			return "信用办";
		}
		return this.providers.find(department).map(Provider::name).orElse(department);
	}

	/**
	 * Whom the caller acts for: a clerk its own department; the credit office itself, or
	 * the department it names (required when {@code department} is).
	 */
	private Scope scope(String asked, boolean departmentRequired) {
		Actor actor = CurrentActor.get()
			.orElseThrow(() -> new DomainException("GX-SEC-001", ProblemKind.FORBIDDEN, "Sign in first."));
		String code = actor.is(Role.PROVIDER) ? actor.departmentCode() : asked;
		if (code != null && !DEPARTMENT.matcher(code).matches()) {
			throw new DomainException("GX-EXC-033", ProblemKind.NOT_FOUND, "No such department.");
		}
		if (code == null) {
			if (departmentRequired) {
				throw new DomainException("GX-EXC-032", ProblemKind.BAD_REQUEST,
						"Name the department the supervision set is for.");
			}
			return new Scope(null, "信用办", null, null, false);
		}
		Provider provider = this.providers.find(code)
			.orElseThrow(() -> new DomainException("GX-EXC-033", ProblemKind.NOT_FOUND, "No such department.",
					Map.of("department", code)));
		String region = region(provider.divisionCode());
		// a department without a registered division has no scope: everything is refused,
		// code by code, rather than everything granted
		return new Scope(provider.code(), provider.name(), (region != null) ? region : "-",
				(region != null) ? "辖区" + this.regions.text(provider.divisionCode()) : "本部门未登记辖区", true);
	}

	/**
	 * The division-code prefix a department's division covers: a province (440000) its
	 * first 2 digits, a city (440100) 4, a district all 6.
	 */
	static String region(String divisionCode) {
		if (divisionCode == null) {
			return null;
		}
		String prefix = divisionCode;
		while (prefix.length() > 2 && prefix.endsWith("00")) {
			prefix = prefix.substring(0, prefix.length() - 2);
		}
		return prefix;
	}

	private static SharedItem shared(CreditFileItem item, String providerName) {
		return new SharedItem(item.recordId(), item.categoryCode(), item.categoryName(), item.documentNumber(),
				item.decisionDate(), item.authority(), item.summary(), item.providerCode(), providerName,
				item.publicity().status().label(), item.publicity().until(), item.underObjection());
	}

	private static int count(List<CodeOutcome> outcomes, CodeStatus status) {
		return (int) outcomes.stream().filter(o -> o.status() == status).count();
	}

	private record Scope(String department, String departmentName, String region, String regionName, boolean masked) {
	}

}
