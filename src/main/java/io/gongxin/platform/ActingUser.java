package io.gongxin.platform;

import java.util.Objects;
import java.util.Optional;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting: the one place where a capability learns the person, machine or system
 * job behind the current work, without depending on the security module. Security fills
 * it: its principals are {@link Source}s; {@link SystemActor} names system jobs.
 *
 * @param name the stable account name: a user name, {@code apikey:<name>} for a machine,
 * {@code system:<job>} for a system job; what the audit log and stored "by" columns hold
 * @param label the name as shown to people, in Chinese where it is not a person's name:
 * {@code 张三（zhangsan）}, {@code API密钥 <name>}, {@code 系统（<job>）}
 * @param departmentCode the provider department (or bank) the account acts for;
 * {@code null} for credit office staff and system jobs
 * @param organisationUscc the unified social credit code of the organisation an
 * enterprise user acts for; {@code null} for everyone else
 */
public record ActingUser(String name, String label, String departmentCode, String organisationUscc) {

	/** Name of the work done with nobody signed in and outside {@link SystemActor}. */
	public static final String UNKNOWN = SystemActor.PREFIX + "unknown";

	/** Name of a request of the public, signed in as nobody. */
	public static final String ANONYMOUS = "anonymous";

	private static final String API_KEY = "apikey:";

	public ActingUser {
		Objects.requireNonNull(name, "name");
		label = (label == null || label.isBlank()) ? labelOf(name) : label;
	}

	/**
	 * The signed-in person, machine or system job; empty for the public and for no one.
	 */
	public static Optional<ActingUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		if (authentication.getPrincipal() instanceof Source source) {
			return Optional.of(source.actingUser());
		}
		String name = authentication.getName();
		return (name == null || name.isBlank()) ? Optional.empty()
				: Optional.of(new ActingUser(name, null, null, null));
	}

	/**
	 * The acting name; never null, so work that nobody signed in for can still be
	 * attributed.
	 */
	public static String currentName() {
		return current().map(ActingUser::name).orElseGet(ActingUser::nobody);
	}

	/** The acting name as shown to people (receipts, pages). */
	public static String currentLabel() {
		return current().map(ActingUser::label).orElseGet(() -> labelOf(nobody()));
	}

	/** Whether a system job rather than a person or machine acts. */
	public boolean system() {
		return this.name.startsWith(SystemActor.PREFIX);
	}

	private static String nobody() {
		return (SecurityContextHolder.getContext().getAuthentication() instanceof AnonymousAuthenticationToken)
				? ANONYMOUS : UNKNOWN;
	}

	private static String labelOf(String name) {
		if (name.startsWith(API_KEY)) {
			return "API密钥 " + name.substring(API_KEY.length());
		}
		if (name.startsWith(SystemActor.PREFIX)) {
			return "系统（" + name.substring(SystemActor.PREFIX.length()) + "）";
		}
		return name.equals(ANONYMOUS) ? "公众（未登录）" : name;
	}

	/** A principal that knows who acts: filled in by the security module. */
	public interface Source {

		ActingUser actingUser();

	}

}
