package eu.resilience.assessment.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person who logs in, with one role; respondents and coordinators belong to one organization. */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @Column(nullable = false)
    private boolean active = true;

    /** Lower case; unique; null for accounts without one. */
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Language language = Language.EN;

    /** The language chosen for the screens; null while the user never chose, so the browser's language applies. */
    @Enumerated(EnumType.STRING)
    @Column(name = "screen_language")
    private Language screenLanguage;

    /** Whether the user wants reminders before a campaign's closing day (invitations are always sent). */
    @Column(nullable = false)
    private boolean reminders = true;

    @Version
    private long version;

    protected UserAccount() {}

    public UserAccount(String username, String displayName, String passwordHash, Role role, Organization organization) {
        if (role.belongsToOrganization() != (organization != null)) {
            throw new IllegalArgumentException(role
                    + (organization == null
                            ? " users must belong to an organization"
                            : " users do not belong to an organization"));
        }
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.organization = organization;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Organization getOrganization() {
        return organization;
    }

    public boolean isActive() {
        return active;
    }

    public String getEmail() {
        return email;
    }

    public Language getLanguage() {
        return language;
    }

    /** The language chosen for the screens, or null while the user never chose one. */
    public Language getScreenLanguage() {
        return screenLanguage;
    }

    /** The language the screens are shown in from now on, for this user wherever they log in. */
    public void chooseScreenLanguage(Language screenLanguage) {
        this.screenLanguage = screenLanguage;
    }

    public boolean wantsReminders() {
        return reminders;
    }

    /** Sets the address (already checked and lower-cased by the caller), or removes it with null. */
    public void changeEmail(String email) {
        this.email = email;
    }

    /** The user's mail preferences: language of the e-mails and whether reminders are wanted. */
    public void changeMailPreferences(Language language, boolean reminders) {
        this.language = language;
        this.reminders = reminders;
    }

    /** Replaces the password by a new hash (the caller has checked the password policy). */
    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    /** The user can no longer log in; the audit log keeps their name. */
    public void deactivate() {
        this.active = false;
    }
}
