package eu.resilience.assessment.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import eu.resilience.assessment.As;
import eu.resilience.assessment.H2Test;
import eu.resilience.assessment.assessment.AnswerChanged;
import eu.resilience.assessment.assessment.AssessmentReopened;
import eu.resilience.assessment.assessment.AssessmentReturned;
import eu.resilience.assessment.assessment.AssessmentSubmitted;
import eu.resilience.assessment.assessment.CampaignCreated;
import eu.resilience.assessment.assessment.DeadlineExtended;
import eu.resilience.assessment.authoring.AuthoringTemplateExported;
import eu.resilience.assessment.authoring.QuestionnaireDraftImported;
import eu.resilience.assessment.benchmark.BenchmarkReleased;
import eu.resilience.assessment.exchange.AnsweringWorkbookExported;
import eu.resilience.assessment.notification.NotificationKind;
import eu.resilience.assessment.notification.NotificationResent;
import eu.resilience.assessment.organization.AccountSettingsChanged;
import eu.resilience.assessment.organization.Language;
import eu.resilience.assessment.organization.NamedResultsConsentChanged;
import eu.resilience.assessment.organization.OrganizationAdministration;
import eu.resilience.assessment.organization.OrganizationChanged;
import eu.resilience.assessment.organization.OrganizationCreated;
import eu.resilience.assessment.organization.OrganizationDeactivated;
import eu.resilience.assessment.organization.OrganizationForm;
import eu.resilience.assessment.organization.PasswordReset;
import eu.resilience.assessment.organization.PasswordSetByLink;
import eu.resilience.assessment.organization.ProfileChanged;
import eu.resilience.assessment.organization.ProfileForm;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.ScreenLanguageChanged;
import eu.resilience.assessment.organization.Sector;
import eu.resilience.assessment.organization.SizeClass;
import eu.resilience.assessment.organization.UserCreated;
import eu.resilience.assessment.organization.UserDeactivated;
import eu.resilience.assessment.plan.Outcome;
import eu.resilience.assessment.plan.PlanItemAdded;
import eu.resilience.assessment.plan.PlanItemChanged;
import eu.resilience.assessment.plan.PlanItemFollowed;
import eu.resilience.assessment.plan.PlanNoteAdded;
import eu.resilience.assessment.plan.PlanReleasePublished;
import eu.resilience.assessment.plan.TargetCreated;
import eu.resilience.assessment.report.ReportExported;
import eu.resilience.assessment.scoring.Rating;
import eu.resilience.assessment.security.LoginLockedOut;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The other modules' events become audit rows with today's content (action, subject, organization, who, detail, old and
 * new value), in the publisher's transaction: a rolled-back change leaves no row, a failed row rolls the change back.
 */
@H2Test
class AuditEventsTest {

    /** Subject ids far from the ones the other tests create, one fresh per use. */
    private static final AtomicLong IDS = new AtomicLong(9_000_000_000L + System.nanoTime() % 1_000_000_000L);

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    AuditLog audit;

    @Autowired
    OrganizationAdministration organizations;

    @Autowired
    JdbcTemplate jdbc;

    private void publishAs(String username, Object... published) {
        As.user(
                username,
                Role.ADMIN,
                () -> transaction.executeWithoutResult(status -> {
                    for (Object event : published) {
                        events.publishEvent(event);
                    }
                }));
    }

    private List<AuditEvent> rowsOf(String type, Object id) {
        return As.user("admin", Role.ADMIN, () -> audit.eventsOf(type, id));
    }

    @Test
    void organizationUserAndLoginEventsBecomeRows() {
        long organization = IDS.incrementAndGet();
        publishAs(
                "admin-a",
                new OrganizationCreated(organization, "Acme Grid", "energy, medium, FR"),
                new OrganizationChanged(organization, "Acme Grid: energy", "Acme Grid SA: transport"),
                new ProfileChanged(organization, "transport", "rail"),
                new NamedResultsConsentChanged(organization, false, true),
                new OrganizationDeactivated(organization, 3));
        assertThat(rowsOf("organization", organization))
                .extracting(
                        AuditEvent::getAction,
                        AuditEvent::getUsername,
                        AuditEvent::getOrganizationId,
                        AuditEvent::getDetail,
                        AuditEvent::getOldValue,
                        AuditEvent::getNewValue)
                .containsExactly(
                        tuple(
                                "ORGANIZATION_CREATED",
                                "admin-a",
                                organization,
                                null,
                                null,
                                "Acme Grid: energy, medium, FR"),
                        tuple(
                                "ORGANIZATION_CHANGED",
                                "admin-a",
                                organization,
                                null,
                                "Acme Grid: energy",
                                "Acme Grid SA: transport"),
                        tuple("PROFILE_CHANGED", "admin-a", organization, null, "transport", "rail"),
                        tuple(
                                "CONSENT_CHANGED",
                                "admin-a",
                                organization,
                                "share named results with partnership leads",
                                "false",
                                "true"),
                        tuple(
                                "ORGANIZATION_DEACTIVATED",
                                "admin-a",
                                organization,
                                "3 user account(s) deactivated",
                                "active",
                                "inactive"));

        String user = "user-" + UUID.randomUUID();
        String lead = "lead-" + UUID.randomUUID();
        publishAs(
                "admin-a",
                new UserCreated(user, Role.RESPONDENT, organization, "Acme Grid"),
                new UserCreated(lead, Role.LEAD, null, null),
                new PasswordReset(user, organization),
                new PasswordSetByLink(user, organization),
                new AccountSettingsChanged(user, organization, "a@x.eu EN", "b@x.eu FR"),
                new ScreenLanguageChanged(user, organization, null, Language.FR),
                new ScreenLanguageChanged(user, organization, Language.FR, Language.DE),
                new UserDeactivated(user, organization));
        assertThat(rowsOf("user", user))
                .extracting(
                        AuditEvent::getAction,
                        AuditEvent::getOrganizationId,
                        AuditEvent::getOldValue,
                        AuditEvent::getNewValue)
                .containsExactly(
                        tuple("USER_CREATED", organization, null, "RESPONDENT of Acme Grid"),
                        tuple("PASSWORD_RESET", organization, null, null),
                        tuple("PASSWORD_SET_BY_LINK", organization, null, null),
                        tuple("ACCOUNT_SETTINGS_CHANGED", organization, "a@x.eu EN", "b@x.eu FR"),
                        tuple("SCREEN_LANGUAGE_CHANGED", organization, "browser's language", "FR"),
                        tuple("SCREEN_LANGUAGE_CHANGED", organization, "FR", "DE"),
                        tuple("USER_DEACTIVATED", organization, "active", "inactive"));
        assertThat(rowsOf("user", lead))
                .extracting(AuditEvent::getOrganizationId, AuditEvent::getNewValue)
                .containsExactly(tuple(null, "LEAD"));

        String key = "account:" + "x".repeat(120) + UUID.randomUUID();
        Instant until = Instant.parse("2026-12-01T10:15:00Z");
        transaction.executeWithoutResult(status -> events.publishEvent(new LoginLockedOut(key, 5, until)));
        AuditEvent locked = rowsOf("login", key.substring(0, 100)).get(0);
        assertThat(locked.getAction()).isEqualTo("LOGIN_LOCKED");
        assertThat(locked.getUsername()).isEqualTo("system");
        assertThat(locked.getDetail()).isEqualTo("5 failed logins");
        assertThat(locked.getNewValue()).isEqualTo("locked until 2026-12-01T10:15:00Z");
    }

    @Test
    void assessmentEventsBecomeRows() {
        long assessment = IDS.incrementAndGet();
        long organization = IDS.incrementAndGet();
        Rating applicable = new Rating(2, null, null, 61.5, 1.0, 10, 0, 10);
        Rating nothingApplicable = new Rating(0, null, null, null, 1.0, 4, 4, 0);
        publishAs(
                "resp-b",
                new AnswerChanged(assessment, organization, "GV.1", null, null, "LARGELY"),
                new AnswerChanged(assessment, organization, "GV.2", "via workbook upload", "NOT", "FULLY"),
                new AssessmentSubmitted(assessment, organization, "Baseline", "resp-b", applicable),
                new AssessmentReopened(assessment, organization, "a typo"),
                new AssessmentSubmitted(assessment, organization, "Baseline", "resp-b", nothingApplicable),
                new AssessmentReturned(assessment, organization, "Baseline", LocalDate.of(2026, 12, 31), "see GV.2"),
                new DeadlineExtended(
                        assessment, organization, "flood", LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 31)));
        assertThat(rowsOf("assessment", assessment))
                .allSatisfy(e -> {
                    assertThat(e.getUsername()).isEqualTo("resp-b");
                    assertThat(e.getOrganizationId()).isEqualTo(organization);
                })
                .extracting(
                        AuditEvent::getAction, AuditEvent::getDetail, AuditEvent::getOldValue, AuditEvent::getNewValue)
                .containsExactly(
                        tuple("ANSWER_CHANGED", "GV.1", null, "LARGELY"),
                        tuple("ANSWER_CHANGED", "GV.2 via workbook upload", "NOT", "FULLY"),
                        tuple("SUBMITTED", null, null, "level 2, score 61.5"),
                        tuple("REOPENED", "a typo", "SUBMITTED", "IN_PROGRESS"),
                        tuple("SUBMITTED", null, null, "not applicable: no level, no score"),
                        tuple("RETURNED", "see GV.2", "SUBMITTED", "RETURNED"),
                        tuple("DEADLINE_EXTENDED", "flood", "2026-12-31", "2027-01-31"));
    }

    @Test
    void campaignBenchmarkTargetAndPlanEventsBecomeRows() {
        long campaign = IDS.incrementAndGet();
        long organization = IDS.incrementAndGet();
        publishAs(
                "lead-c",
                new CampaignCreated(
                        campaign,
                        "Baseline 2027",
                        "baseline@1.0",
                        LocalDate.of(2027, 1, 1),
                        LocalDate.of(2027, 3, 31),
                        List.of()),
                new BenchmarkReleased(campaign, "Baseline 2027", 2, 14));
        assertThat(rowsOf("campaign", campaign))
                .extracting(
                        AuditEvent::getAction,
                        AuditEvent::getUsername,
                        AuditEvent::getOrganizationId,
                        AuditEvent::getDetail,
                        AuditEvent::getNewValue)
                .containsExactly(
                        tuple(
                                "CAMPAIGN_CREATED",
                                "lead-c",
                                null,
                                "Baseline 2027 (baseline@1.0, 2027-01-01 - 2027-03-31)",
                                "0 organizations"),
                        tuple(
                                "BENCHMARK_RELEASED",
                                "lead-c",
                                null,
                                "release 2 of Baseline 2027, 14 submissions",
                                null));

        long target = IDS.incrementAndGet();
        long allSizes = IDS.incrementAndGet();
        long release = IDS.incrementAndGet();
        publishAs(
                "lead-c",
                new TargetCreated(target, "Energy 2027", "baseline@1.0", "energy", "medium", "GV: 2"),
                new TargetCreated(allSizes, "Everyone", "baseline@1.0", null, null, "GV: 1"),
                new PlanReleasePublished(release, 3, 7, 12));
        assertThat(rowsOf("target", target))
                .extracting(AuditEvent::getAction, AuditEvent::getDetail, AuditEvent::getNewValue)
                .containsExactly(tuple("TARGET_CREATED", "Energy 2027 (baseline@1.0, energy, medium)", "GV: 2"));
        assertThat(rowsOf("target", allSizes))
                .extracting(AuditEvent::getDetail)
                .containsExactly("Everyone (baseline@1.0, all sectors, all sizes)");
        assertThat(rowsOf("plan-release", release))
                .extracting(AuditEvent::getAction, AuditEvent::getDetail, AuditEvent::getNewValue)
                .containsExactly(tuple("PLAN_RELEASE_PUBLISHED", "release 3", "7 of 12 cells shown"));

        long item = IDS.incrementAndGet();
        publishAs(
                "coord-d",
                new PlanItemAdded(item, organization, "GV.1", "MFA for all"),
                new PlanItemChanged(item, organization, "GV.1", "MFA for all", "MFA for all, done"),
                new PlanNoteAdded(item, organization, "ordered tokens"),
                new PlanItemFollowed(item, organization, "GV.1", "NOT", Outcome.IMPROVED, "FULLY", 42));
        assertThat(rowsOf("plan-item", item))
                .allSatisfy(e -> assertThat(e.getOrganizationId()).isEqualTo(organization))
                .extracting(
                        AuditEvent::getAction, AuditEvent::getDetail, AuditEvent::getOldValue, AuditEvent::getNewValue)
                .containsExactly(
                        tuple("PLAN_ITEM_ADDED", "GV.1", null, "MFA for all"),
                        tuple("PLAN_ITEM_CHANGED", "GV.1", "MFA for all", "MFA for all, done"),
                        tuple("PLAN_NOTE_ADDED", null, null, "ordered tokens"),
                        tuple("PLAN_ITEM_FOLLOWED", "GV.1", "NOT", "IMPROVED (FULLY, assessment 42)"));
    }

    @Test
    void exportDraftAndOutboxEventsBecomeRows() {
        long assessment = IDS.incrementAndGet();
        long campaign = IDS.incrementAndGet();
        long organization = IDS.incrementAndGet();
        long notification = IDS.incrementAndGet();
        String questionnaire = "q-" + UUID.randomUUID() + "@1.0";
        publishAs(
                "user-e",
                new ReportExported(
                        ReportExported.Subject.ASSESSMENT, assessment, organization, "pdf", "AMBER Baseline"),
                new AnsweringWorkbookExported(assessment, organization, "Baseline"),
                new ReportExported(ReportExported.Subject.CAMPAIGN, campaign, null, "data-xlsx", "9 rows, release 1"),
                new ReportExported(
                        ReportExported.Subject.PLAN, organization, organization, "plan-pdf", "GREEN 3 items"),
                new AuthoringTemplateExported(questionnaire),
                new QuestionnaireDraftImported(questionnaire, "draft.yaml", "upload.xlsx"),
                new NotificationResent(notification, NotificationKind.INVITATION, "a@x.eu"));
        assertThat(rowsOf("assessment", assessment))
                .extracting(AuditEvent::getAction, AuditEvent::getOrganizationId, AuditEvent::getDetail)
                .containsExactly(
                        tuple("EXPORT", organization, "pdf AMBER Baseline"),
                        tuple("EXPORT", organization, "answering-xlsx Baseline"));
        assertThat(rowsOf("campaign", campaign))
                .extracting(AuditEvent::getAction, AuditEvent::getOrganizationId, AuditEvent::getDetail)
                .containsExactly(tuple("EXPORT", null, "data-xlsx 9 rows, release 1"));
        assertThat(rowsOf("plan", organization))
                .extracting(AuditEvent::getAction, AuditEvent::getOrganizationId, AuditEvent::getDetail)
                .containsExactly(tuple("EXPORT", organization, "plan-pdf GREEN 3 items"));
        assertThat(rowsOf("questionnaire", questionnaire))
                .extracting(AuditEvent::getAction, AuditEvent::getDetail)
                .containsExactly(
                        tuple("EXPORT", "authoring template"),
                        tuple("QUESTIONNAIRE_DRAFT_IMPORTED", "draft.yaml from upload.xlsx"));
        assertThat(rowsOf("notification", notification))
                .extracting(
                        AuditEvent::getAction,
                        AuditEvent::getUsername,
                        AuditEvent::getDetail,
                        AuditEvent::getOldValue,
                        AuditEvent::getNewValue)
                .containsExactly(tuple("NOTIFICATION_RESENT", "user-e", "INVITATION to a@x.eu", "FAILED", "QUEUED"));
    }

    @Test
    void anEventOutsideATransactionIsRefusedAndLeavesNoRow() {
        long organization = IDS.incrementAndGet();
        assertThatThrownBy(() -> events.publishEvent(new OrganizationDeactivated(organization, 0)))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(rowsOf("organization", organization)).isEmpty();
    }

    @Test
    void aRolledBackChangeLeavesNoAuditRow() {
        String name = "Rolled back " + UUID.randomUUID();
        long id = As.user(
                "admin",
                Role.ADMIN,
                () -> transaction.execute(status -> {
                    long created = organizations.create(form(name)).id();
                    status.setRollbackOnly();
                    return created;
                }));
        assertThat(rowsOf("organization", id)).isEmpty();
        assertThat(As.user("admin", Role.ADMIN, () -> organizations.organizations()))
                .noneMatch(o -> o.name().equals(name));
    }

    @Test
    void aFailedAuditRowRollsTheChangeBack() {
        String name = "AUDIT-REFUSED " + UUID.randomUUID();
        jdbc.execute("alter table audit_event add constraint audit_test_refuses"
                + " check (new_value is null or new_value not like 'AUDIT-REFUSED %')");
        try {
            assertThatThrownBy(() -> As.user("admin", Role.ADMIN, () -> organizations.create(form(name))))
                    .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        } finally {
            jdbc.execute("alter table audit_event drop constraint audit_test_refuses");
        }
        assertThat(As.user("admin", Role.ADMIN, () -> organizations.organizations()))
                .noneMatch(o -> o.name().equals(name));
        // the same change with a row the database takes commits both
        As.user("admin", Role.ADMIN, () -> organizations.create(form(name)));
        assertThat(As.user("admin", Role.ADMIN, () -> organizations.organizations()))
                .anyMatch(o -> o.name().equals(name));
    }

    private static OrganizationForm form(String name) {
        return new OrganizationForm(name, new ProfileForm(Sector.SPACE, null, SizeClass.MICRO, "FR"));
    }
}
