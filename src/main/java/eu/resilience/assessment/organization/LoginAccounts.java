package eu.resilience.assessment.organization;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts as the login reads them (security's authentication provider): before anyone is logged in, so without an
 * access check; it only answers with the hash the login compares against.
 */
@Service
public class LoginAccounts {

    private final UserAccountRepository users;

    LoginAccounts(UserAccountRepository users) {
        this.users = users;
    }

    /** The account of this username, active or not; empty for an unknown one. */
    @Transactional(readOnly = true)
    public Optional<LoginAccount> byUsername(String username) {
        return users.findByUsername(username)
                .map(user ->
                        new LoginAccount(user.getUsername(), user.getPasswordHash(), user.getRole(), user.isActive()));
    }
}
