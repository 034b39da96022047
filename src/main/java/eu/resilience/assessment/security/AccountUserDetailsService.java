package eu.resilience.assessment.security;

import eu.resilience.assessment.organization.LoginAccount;
import eu.resilience.assessment.organization.LoginAccounts;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Logs users in from their accounts; the role becomes the authority {@code ROLE_<role>}. Used only by the login's
 * authentication provider (see {@link SecurityConfiguration}), so it is not a bean of its own.
 */
class AccountUserDetailsService implements UserDetailsService {

    private final LoginAccounts accounts;

    AccountUserDetailsService(LoginAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        LoginAccount account =
                accounts.byUsername(username).orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(account.username())
                .password(account.passwordHash())
                .disabled(!account.active())
                .authorities(List.of(
                        new SimpleGrantedAuthority("ROLE_" + account.role().name())))
                .build();
    }
}
