package io.gongxin.platform;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class ActingUserTests {

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void workWithNobodySignedInIsAttributedToAnUnknownSystemJob() {
		SecurityContextHolder.clearContext();
		assertThat(ActingUser.current()).isEmpty();
		assertThat(ActingUser.currentName()).isEqualTo("system:unknown");
	}

	@Test
	void aSystemJobActsUnderItsOwnName() {
		ActingUser acting = SystemActor.callAs("demo", () -> ActingUser.current().orElseThrow());
		assertThat(acting.name()).isEqualTo("system:demo");
		assertThat(acting.label()).isEqualTo("系统（demo）");
		assertThat(acting.system()).isTrue();
	}

	@Test
	void theSecurityModulesPrincipalSaysWhoActsAndForWhichDepartment() {
		ActingUser clerk = new ActingUser("apikey:gz-scjgj-upload", null, "GZ-SCJGJ", null);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated((ActingUser.Source) () -> clerk, null,
					List.of(new SimpleGrantedAuthority("ROLE_PROVIDER"))));
		assertThat(ActingUser.current()).contains(clerk);
		assertThat(ActingUser.currentLabel()).isEqualTo("API密钥 gz-scjgj-upload");
	}

	@Test
	void thePublicIsNobodyInParticular() {
		SecurityContextHolder.getContext()
			.setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
					List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
		assertThat(ActingUser.current()).isEmpty();
		assertThat(ActingUser.currentName()).isEqualTo("anonymous");
	}

}
