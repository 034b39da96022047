package eu.resilience.assessment.organization;

import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every user's own account: e-mail address, language of the e-mails and of the screens, reminders on or off. */
@Service
public class AccountSettings {

    private final UserAccountRepository users;
    private final ApplicationEventPublisher events;

    AccountSettings(UserAccountRepository users, ApplicationEventPublisher events) {
        this.users = users;
        this.events = events;
    }

    /** The logged-in user's settings. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MyAccount mine() {
        UserAccount user = me();
        return new MyAccount(
                user.getUsername(), user.getDisplayName(), user.getEmail(), user.getLanguage(), user.wantsReminders());
    }

    /** Changes the logged-in user's settings; an invalid or taken address changes nothing. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public MyAccount update(MyAccount changed) {
        UserAccount user = me();
        String email = EmailAddresses.normalizeOrNull(changed.email());
        if (email == null) {
            throw new OrganizationException("email.required");
        }
        if (users.findByEmail(email)
                .filter(other -> !other.getId().equals(user.getId()))
                .isPresent()) {
            throw new OrganizationException("user.email-taken", email);
        }
        if (changed.language() == null) {
            throw new OrganizationException("language.required");
        }
        String before = describe(user);
        user.changeEmail(email);
        user.changeMailPreferences(changed.language(), changed.reminders());
        String after = describe(user);
        if (!before.equals(after)) {
            events.publishEvent(new AccountSettingsChanged(
                    user.getUsername(),
                    user.getOrganization() == null
                            ? null
                            : user.getOrganization().getId(),
                    before,
                    after));
        }
        return mine();
    }

    /** The language the logged-in user chose for the screens; empty while they never chose (the browser's applies). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Language> screenLanguage() {
        return users.findByUsername(Caller.username())
                .filter(UserAccount::isActive)
                .map(UserAccount::getScreenLanguage);
    }

    /** Remembers the language of the screens for the logged-in user; without a language nothing changes. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void chooseScreenLanguage(Language language) {
        if (language == null) {
            throw new OrganizationException("language.screen-required");
        }
        UserAccount user = me();
        Language before = user.getScreenLanguage();
        if (before == language) {
            return;
        }
        user.chooseScreenLanguage(language);
        events.publishEvent(new ScreenLanguageChanged(
                user.getUsername(),
                user.getOrganization() == null ? null : user.getOrganization().getId(),
                before,
                language));
    }

    private UserAccount me() {
        return users.findByUsername(Caller.username())
                .filter(UserAccount::isActive)
                .orElseThrow(OrganizationException.NotFound::new);
    }

    private static String describe(UserAccount user) {
        return user.getEmail() + ", " + user.getLanguage() + ", reminders " + (user.wantsReminders() ? "on" : "off");
    }
}
