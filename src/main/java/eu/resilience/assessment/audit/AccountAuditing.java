package eu.resilience.assessment.audit;

import eu.resilience.assessment.organization.AccountSettingsChanged;
import eu.resilience.assessment.organization.NamedResultsConsentChanged;
import eu.resilience.assessment.organization.OrganizationChanged;
import eu.resilience.assessment.organization.OrganizationCreated;
import eu.resilience.assessment.organization.OrganizationDeactivated;
import eu.resilience.assessment.organization.PasswordReset;
import eu.resilience.assessment.organization.PasswordSetByLink;
import eu.resilience.assessment.organization.ProfileChanged;
import eu.resilience.assessment.organization.ScreenLanguageChanged;
import eu.resilience.assessment.organization.UserCreated;
import eu.resilience.assessment.organization.UserDeactivated;
import eu.resilience.assessment.security.LoginLockedOut;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Organizations, user accounts and logins (organization and security events), recorded in the publisher's transaction. */
@Component
class AccountAuditing {

    private final AuditLog audit;

    AccountAuditing(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(OrganizationCreated e) {
        audit.record(
                "ORGANIZATION_CREATED",
                "organization",
                e.organizationId(),
                e.organizationId(),
                null,
                null,
                e.name() + ": " + e.profile());
    }

    @EventListener
    void on(OrganizationChanged e) {
        audit.record(
                "ORGANIZATION_CHANGED",
                "organization",
                e.organizationId(),
                e.organizationId(),
                null,
                e.before(),
                e.after());
    }

    @EventListener
    void on(OrganizationDeactivated e) {
        audit.record(
                "ORGANIZATION_DEACTIVATED",
                "organization",
                e.organizationId(),
                e.organizationId(),
                e.userAccounts() + " user account(s) deactivated",
                "active",
                "inactive");
    }

    @EventListener
    void on(ProfileChanged e) {
        audit.record(
                "PROFILE_CHANGED", "organization", e.organizationId(), e.organizationId(), null, e.before(), e.after());
    }

    @EventListener
    void on(NamedResultsConsentChanged e) {
        audit.record(
                "CONSENT_CHANGED",
                "organization",
                e.organizationId(),
                e.organizationId(),
                "share named results with partnership leads",
                String.valueOf(e.before()),
                String.valueOf(e.after()));
    }

    @EventListener
    void on(UserCreated e) {
        audit.record(
                "USER_CREATED",
                "user",
                e.username(),
                e.organizationId(),
                null,
                null,
                e.role().name() + (e.organizationName() == null ? "" : " of " + e.organizationName()));
    }

    @EventListener
    void on(UserDeactivated e) {
        audit.record("USER_DEACTIVATED", "user", e.username(), e.organizationId(), null, "active", "inactive");
    }

    @EventListener
    void on(PasswordReset e) {
        audit.record("PASSWORD_RESET", "user", e.username(), e.organizationId(), null, null, null);
    }

    @EventListener
    void on(PasswordSetByLink e) {
        audit.record("PASSWORD_SET_BY_LINK", "user", e.username(), e.organizationId(), null, null, null);
    }

    @EventListener
    void on(AccountSettingsChanged e) {
        audit.record("ACCOUNT_SETTINGS_CHANGED", "user", e.username(), e.organizationId(), null, e.before(), e.after());
    }

    @EventListener
    void on(ScreenLanguageChanged e) {
        audit.record(
                "SCREEN_LANGUAGE_CHANGED",
                "user",
                e.username(),
                e.organizationId(),
                null,
                e.before() == null ? "browser's language" : e.before().name(),
                e.after().name());
    }

    @EventListener
    void on(LoginLockedOut e) {
        audit.record(
                "LOGIN_LOCKED",
                "login",
                e.key().length() > 100 ? e.key().substring(0, 100) : e.key(),
                null,
                e.failedLogins() + " failed logins",
                null,
                "locked until " + e.lockedUntil());
    }
}
