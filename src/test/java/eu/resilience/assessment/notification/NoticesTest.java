package eu.resilience.assessment.notification;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.As;
import eu.resilience.assessment.H2Test;
import eu.resilience.assessment.assessment.AnswerInput;
import eu.resilience.assessment.assessment.AnswerState;
import eu.resilience.assessment.assessment.AssessmentRework;
import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.AssessmentWork;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.assessment.Participation;
import eu.resilience.assessment.organization.AccountSettings;
import eu.resilience.assessment.organization.Language;
import eu.resilience.assessment.organization.MyAccount;
import eu.resilience.assessment.organization.OrganizationAdministration;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.UserAdministration;
import eu.resilience.assessment.questionnaire.Practice;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * What is sent when: reminders before the closing day to organizations that have not submitted (unless a user turned
 * them off), the return notice with the lead's message, the submission confirmation, the leads' weekly digest.
 */
@H2Test
class NoticesTest {

    @Autowired
    CampaignService campaigns;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentRework rework;

    @Autowired
    OrganizationAdministration organizations;

    @Autowired
    UserAdministration users;

    @Autowired
    AccountSettings settings;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    CampaignReminders reminders;

    @Autowired
    OutboxSender sender;

    @Autowired
    JavaMailSender mailSender;

    private final LocalDate today = LocalDate.now();

    @BeforeEach
    void emptyOutboxAndMailbox() {
        TestMailServer.start(mailSender);
        notifications.deleteAll();
    }

    private long assessmentOf(long campaign, MailFixture.Operator operator) {
        return As.user("lead", Role.LEAD, () -> campaigns.participation(campaign)).stream()
                .filter(p -> p.organizationId() == operator.id())
                .map(Participation::assessmentId)
                .findFirst()
                .orElseThrow();
    }

    private void submit(long assessment, MailFixture.Operator operator) {
        As.user(operator.respondent(), Role.RESPONDENT, () -> {
            AssessmentWork work = assessments.open(assessment);
            for (Practice practice : work.questionnaire().practices()) {
                if (assessments.open(assessment).hiddenPractices().contains(practice.id())) {
                    continue;
                }
                AnswerState existing = assessments.open(assessment).answers().get(practice.id());
                assessments.saveAnswer(
                        assessment,
                        practice.id(),
                        AnswerInput.empty()
                                .withOption(practice.scale().options().get(2).id()),
                        existing == null ? -1 : existing.revision());
            }
            assessments.submit(assessment);
        });
    }

    private List<Notification> queued(NotificationKind kind) {
        return notifications.findAll().stream().filter(n -> n.getKind() == kind).toList();
    }

    /** The reminders to these operators' users (other tests' and the demo's open campaigns get theirs too). */
    private List<String> remindersTo(MailFixture.Operator... operators) {
        List<String> addresses = java.util.Arrays.stream(operators)
                .flatMap(o -> java.util.stream.Stream.of(o.coordinatorEmail(), o.respondentEmail()))
                .toList();
        return queued(NotificationKind.REMINDER).stream()
                .map(Notification::getRecipient)
                .filter(addresses::contains)
                .toList();
    }

    private String nameOf(long campaign) {
        return As.user("lead", Role.LEAD, () -> campaigns.campaigns()).stream()
                .filter(c -> c.id() == campaign)
                .findFirst()
                .orElseThrow()
                .name();
    }

    @Test
    void remindersGoOutAtFourteenAndThreeDaysToOrganizationsThatHaveNotSubmittedOnceEach() throws Exception {
        MailFixture.Operator late = MailFixture.operator(organizations, users, settings, Language.FR);
        MailFixture.Operator done = MailFixture.operator(organizations, users, settings, Language.EN);
        MailFixture.Operator quiet = MailFixture.operator(organizations, users, settings, Language.EN);
        As.user(
                quiet.respondent(),
                Role.RESPONDENT,
                () -> settings.update(
                        new MyAccount(quiet.respondent(), null, quiet.respondentEmail(), Language.EN, false)));
        LocalDate closes = today.plusDays(20);
        long campaign = MailFixture.campaign(campaigns, today, closes, late, done, quiet);
        submit(assessmentOf(campaign, done), done);
        notifications.deleteAll();

        reminders.run(closes.minusDays(15));
        assertThat(remindersTo(late, done, quiet))
                .as("before the first threshold")
                .isEmpty();
        reminders.run(closes.minusDays(14));
        assertThat(remindersTo(late, done, quiet))
                .containsExactlyInAnyOrder(late.coordinatorEmail(), late.respondentEmail(), quiet.coordinatorEmail());
        reminders.run(closes.minusDays(14));
        reminders.run(closes.minusDays(10));
        assertThat(remindersTo(late, done, quiet))
                .as("again the same day, between the thresholds")
                .hasSize(3);
        reminders.run(closes.minusDays(3));
        reminders.run(closes);
        assertThat(remindersTo(late, done, quiet))
                .hasSize(6)
                .containsOnly(late.coordinatorEmail(), late.respondentEmail(), quiet.coordinatorEmail());

        sender.sendDue();
        MimeMessage french = MailFixture.to(TestMailServer.received(mailSender), late.coordinatorEmail())
                .get(0);
        assertThat(french.getSubject()).startsWith("Rappel : « Mail ");
        assertThat(MailFixture.part(french, "text/plain"))
                .contains(late.name() + " n'a pas encore soumis", "dans 14 jours", "/assessments/");
    }

    @Test
    void aThresholdPassedBeforeTheCampaignWasCreatedIsNotSent() {
        MailFixture.Operator operator = MailFixture.operator(organizations, users, settings, Language.EN);
        LocalDate closes = today.plusDays(10); // the 14-day threshold was four days ago
        MailFixture.campaign(campaigns, today, closes, operator);
        notifications.deleteAll();

        reminders.run(today);
        assertThat(remindersTo(operator)).isEmpty();
        reminders.run(closes.minusDays(3));
        assertThat(remindersTo(operator)).hasSize(2);
    }

    @Test
    void aSubmissionIsConfirmedToTheCoordinatorAndAReturnTellsEveryUserTheLeadsMessage() throws Exception {
        MailFixture.Operator operator = MailFixture.operator(organizations, users, settings, Language.EN);
        long campaign = MailFixture.campaign(campaigns, today, today.plusDays(30), operator);
        long assessment = assessmentOf(campaign, operator);
        notifications.deleteAll();

        submit(assessment, operator);
        assertThat(queued(NotificationKind.SUBMITTED))
                .extracting(Notification::getRecipient)
                .containsExactly(operator.coordinatorEmail());

        As.user("lead", Role.LEAD, () -> rework.returnForRework(assessment, "Domain GOV: <b>evidence</b> missing"));
        assertThat(queued(NotificationKind.RETURNED))
                .extracting(Notification::getRecipient)
                .containsExactlyInAnyOrder(operator.coordinatorEmail(), operator.respondentEmail());

        assertThat(sender.sendDue()).isEqualTo(3);
        MimeMessage returned = MailFixture.to(TestMailServer.received(mailSender), operator.respondentEmail())
                .get(0);
        assertThat(returned.getSubject()).startsWith("Returned for rework: Mail ");
        assertThat(MailFixture.part(returned, "text/plain"))
                .contains("Domain GOV: <b>evidence</b> missing", "/assessments/" + assessment);
        assertThat(MailFixture.part(returned, "text/html"))
                .as("the lead's message is text, never markup")
                .contains("Domain GOV: &lt;b&gt;evidence&lt;/b&gt; missing");
        MimeMessage confirmation =
                MailFixture.to(TestMailServer.received(mailSender), operator.coordinatorEmail()).stream()
                        .filter(m -> {
                            try {
                                return m.getSubject().startsWith("Submitted:");
                            } catch (jakarta.mail.MessagingException e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .findFirst()
                        .orElseThrow();
        assertThat(MailFixture.part(confirmation, "text/plain"))
                .contains(operator.respondent() + " submitted", "/assessments/" + assessment + "/results");
    }

    @Test
    void theLeadsGetAWeeklyDigestOfParticipationFromAWeekAfterTheOpening() {
        MailFixture.Operator operator = MailFixture.operator(organizations, users, settings, Language.EN);
        LocalDate closes = today.plusDays(60);
        String name = nameOf(MailFixture.campaign(campaigns, today, closes, operator));
        notifications.deleteAll();
        java.util.function.Supplier<List<Notification>> digests = () -> queued(NotificationKind.DIGEST).stream()
                .filter(n -> n.getSubject().endsWith(name))
                .toList();

        reminders.run(today.plusDays(6));
        assertThat(digests.get()).isEmpty();
        reminders.run(today.plusDays(7));
        reminders.run(today.plusDays(8));
        reminders.run(today.plusDays(14));
        // every lead with an address gets it (other tests create leads too); the demo lead once a week
        assertThat(digests.get())
                .extracting(Notification::getRecipient)
                .filteredOn("lead@resilience.example"::equals)
                .hasSize(2);

        sender.sendDue();
        MimeMessage digest = MailFixture.to(TestMailServer.received(mailSender), "lead@resilience.example").stream()
                .filter(m -> {
                    try {
                        return m.getSubject().endsWith(name);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .findFirst()
                .orElseThrow();
        assertThat(MailFixture.part(digest, "text/plain"))
                .contains("0 of 1 organizations have submitted", "- " + operator.name(), "/campaigns");
    }
}
