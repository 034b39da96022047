package eu.resilience.assessment.organization;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who can be written to, for the notification module's server-side jobs and listeners (no screen calls this): the
 * active accounts with an e-mail address.
 */
@Service
public class Contacts {

    private final UserAccountRepository users;

    Contacts(UserAccountRepository users) {
        this.users = users;
    }

    /** The coordinators and respondents of these organizations who have an address. */
    @Transactional(readOnly = true)
    public List<Contact> ofOrganizations(Collection<Long> organizationIds) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        return users.findContactsOf(organizationIds).stream().map(Contact::of).toList();
    }

    /** The active partnership leads with an address (they get the weekly participation digest). */
    @Transactional(readOnly = true)
    public List<Contact> leads() {
        return users.findByRoleAndActiveTrueAndEmailIsNotNullOrderByUsername(Role.LEAD).stream()
                .map(Contact::of)
                .toList();
    }

    /** One user, if active and with an address. */
    @Transactional(readOnly = true)
    public Optional<Contact> byUsername(String username) {
        return users.findByUsername(username)
                .filter(UserAccount::isActive)
                .filter(u -> u.getEmail() != null)
                .map(Contact::of);
    }
}
