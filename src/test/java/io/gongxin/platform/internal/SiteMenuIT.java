package io.gongxin.platform.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.gongxin.provider.Providers;
import io.gongxin.security.Accounts;
import io.gongxin.security.Role;
import io.gongxin.support.ApiKeys;
import io.gongxin.support.Departments;
import io.gongxin.support.GongxinIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The menu a role sees is the set of back-office pages it may open: every entry shown
 * opens, every entry hidden refuses, and each page's breadcrumbs name it as the menu
 * does.
 */
@GongxinIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteMenuIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	Providers providers;

	@Autowired
	SiteMenu menu;

	final Map<Role, String> keys = new HashMap<>();

	@BeforeAll
	void keys() {
		String department = "GZ-SCJGJ";
		Departments.register(this.providers, department);
		for (Role role : List.of(Role.PROVIDER, Role.OFFICER, Role.REVIEWER, Role.ADMIN, Role.BANK)) {
			this.keys.put(role, ApiKeys.issue(this.accounts, role, role.departmentBound() ? department : null));
		}
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(value = Role.class, names = { "PROVIDER", "OFFICER", "REVIEWER", "ADMIN", "BANK" })
	void aRoleIsShownExactlyThePagesItMayOpenAndEachPageIsNamedAsInTheMenu(Role role) throws Exception {
		List<String> wrong = new ArrayList<>();
		int shown = 0;
		for (SiteMenu.Group group : SiteMenu.GROUPS) {
			for (SiteMenu.Entry entry : group.entries()) {
				MockHttpServletResponse response = open(entry.path(), role);
				int status = response.getStatus();
				boolean visible = entry.roles().contains(role.name());
				if (visible) {
					shown++;
					String page = response.getContentAsString(StandardCharsets.UTF_8);
					if (status != 200) {
						wrong.add(entry.path() + " is in the menu but answers " + status);
					}
					else if (!page.contains("aria-current=\"page\">" + entry.label() + "<")
							&& !page.contains(">" + entry.label() + "</a>")) {
						wrong.add(entry.path() + " does not name itself " + entry.label() + " in its breadcrumbs");
					}
				}
				else if (status != 403) {
					wrong.add(entry.path() + " is hidden from the menu but answers " + status);
				}
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(shown).isEqualTo(
				this.menu.visibleTo(authenticated(role)).stream().mapToInt((group) -> group.entries().size()).sum());
		assertThat(this.menu.visibleTo(null)).isEmpty();
	}

	/**
	 * A page as the role gets it, following a redirect within the back office (a list's
	 * default filter).
	 */
	private MockHttpServletResponse open(String path, Role role) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).header("X-API-Key", this.keys.get(role)))
			.andReturn()
			.getResponse();
		String to = response.getRedirectedUrl();
		if (response.getStatus() / 100 == 3 && to != null && to.startsWith(path)) {
			return this.mvc.perform(get(to).header("X-API-Key", this.keys.get(role))).andReturn().getResponse();
		}
		return response;
	}

	private static Authentication authenticated(Role role) {
		return UsernamePasswordAuthenticationToken.authenticated("someone", null,
				List.of(new SimpleGrantedAuthority(role.authority())));
	}

}
