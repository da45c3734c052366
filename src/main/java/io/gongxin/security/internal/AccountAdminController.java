package io.gongxin.security.internal;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import io.gongxin.security.Accounts;
import io.gongxin.security.Accounts.Account;
import io.gongxin.security.Accounts.ApiKeyInfo;
import io.gongxin.security.IssuedApiKey;
import io.gongxin.security.Role;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Account and API key administration: admins only.
 */
@RestController
@RequestMapping("/api/admin")
@PreAuthorize("hasRole('ADMIN')")
class AccountAdminController {

	private final Accounts accounts;

	AccountAdminController(Accounts accounts) {
		this.accounts = accounts;
	}

	record NewUser(@NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{3,64}") String username,
			@NotBlank @Size(max = 100) String displayName, @NotBlank @Size(min = 12, max = 200) String password,
			@NotNull Role role, @Size(max = 64) String departmentCode, @Size(max = 18) String uscc) {

		@Override
		public String toString() {
			return "NewUser[" + this.username + ", " + this.role + "]";
		}

	}

	record NewApiKey(@NotBlank @Size(max = 100) String name, @NotNull Role role,
			@Size(max = 64) String departmentCode) {
	}

	record Enabled(boolean enabled) {
	}

	@GetMapping("/users")
	List<Account> users() {
		return this.accounts.users();
	}

	@PostMapping("/users")
	@ResponseStatus(HttpStatus.CREATED)
	Account createUser(@Valid @RequestBody NewUser user) {
		return this.accounts.createUser(user.username(), user.displayName(), user.password(), user.role(),
				user.departmentCode(), user.uscc());
	}

	@PutMapping("/users/{username}/enabled")
	void setEnabled(@PathVariable String username, @RequestBody Enabled enabled) {
		this.accounts.setEnabled(username, enabled.enabled());
	}

	@GetMapping("/api-keys")
	List<ApiKeyInfo> apiKeys() {
		return this.accounts.apiKeys();
	}

	@PostMapping("/api-keys")
	@ResponseStatus(HttpStatus.CREATED)
	IssuedApiKey issue(@Valid @RequestBody NewApiKey key) {
		return this.accounts.issueApiKeyByHand(key.name(), key.role(), key.departmentCode());
	}

	@DeleteMapping("/api-keys/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable UUID id) {
		this.accounts.revokeApiKey(id);
	}

}
