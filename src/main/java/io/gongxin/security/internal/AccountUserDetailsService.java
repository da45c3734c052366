package io.gongxin.security.internal;

import io.gongxin.security.Actor;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {

	private final AccountStore accounts;

	AccountUserDetailsService(AccountStore accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		return this.accounts.find(username)
			.map(stored -> new AccountUserDetails(
					new Actor(stored.account().username(), stored.account().role(), stored.account().departmentCode(),
							stored.account().uscc()),
					stored.account().displayName(), stored.passwordHash(), stored.account().enabled()))
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
	}

}
