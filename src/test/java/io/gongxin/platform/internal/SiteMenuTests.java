package io.gongxin.platform.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.gongxin.security.Role;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import static org.assertj.core.api.Assertions.assertThat;

/** What the layout shows whom, decided once a page. */
class SiteMenuTests {

	final SiteMenu menu = new SiteMenu();

	@Test
	void aVisitorSeesThePublicLinksAndNoStaffMenuAndIsNotSignedIn() {
		Authentication visitor = new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
		for (Authentication nobody : new Authentication[] { visitor, null }) {
			SiteMenu.Viewer viewer = this.menu.viewer(nobody);
			assertThat(viewer.signedIn()).isFalse();
			assertThat(viewer.publicLinks()).isTrue();
			assertThat(viewer.staff()).isFalse();
			assertThat(viewer.enterprise()).isFalse();
			assertThat(viewer.person()).isFalse();
			assertThat(viewer.office()).isFalse();
		}
	}

	@Test
	void enterprisesAndPersonsSeeThePublicLinksAndTheirOwnPagesOnly() {
		SiteMenu.Viewer enterprise = this.menu.viewer(signedIn(Role.ENTERPRISE));
		assertThat(enterprise.signedIn()).isTrue();
		assertThat(enterprise.publicLinks()).isTrue();
		assertThat(enterprise.enterprise()).isTrue();
		assertThat(enterprise.person()).isFalse();
		assertThat(enterprise.staff()).isFalse();

		SiteMenu.Viewer person = this.menu.viewer(signedIn(Role.PERSON));
		assertThat(person.publicLinks()).isTrue();
		assertThat(person.person()).isTrue();
		assertThat(person.enterprise()).isFalse();
		assertThat(person.staff()).isFalse();
	}

	@Test
	void staffWorkInTheMenusAndOnlyOfficersAndAdministratorsAreTheOffice() {
		for (Role role : List.of(Role.PROVIDER, Role.OFFICER, Role.REVIEWER, Role.ADMIN, Role.BANK)) {
			SiteMenu.Viewer viewer = this.menu.viewer(signedIn(role));
			assertThat(viewer.signedIn()).as(role.name()).isTrue();
			assertThat(viewer.staff()).as(role.name()).isTrue();
			assertThat(viewer.publicLinks()).as(role.name()).isFalse();
			assertThat(viewer.office()).as(role.name()).isEqualTo(role == Role.OFFICER || role == Role.ADMIN);
		}
	}

	private static Authentication signedIn(Role role) {
		return UsernamePasswordAuthenticationToken.authenticated("someone", null,
				List.of(new SimpleGrantedAuthority(role.authority())));
	}

}
