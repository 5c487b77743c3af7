package org.draftline.platform.security;

import org.draftline.api.actor.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * The accounts that may sign in, from configuration: {@code draftline.accounts[0].username=...},
 * {@code .password} (with Spring's {@code {bcrypt}} or {@code {noop}} prefix), {@code .role}, for a
 * delegate {@code .delegation}, and {@code .name}, the person the account is (several persons may act
 * for one delegation).
 */
@ConfigurationProperties("draftline")
public record AccountProperties(List<Account> accounts) {

    public AccountProperties {
        accounts = accounts == null ? List.of() : List.copyOf(accounts);
    }

    public record Account(String username, String password, Role role, String delegation, String name) {
    }
}
