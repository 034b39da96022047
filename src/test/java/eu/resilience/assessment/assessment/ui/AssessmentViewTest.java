package eu.resilience.assessment.assessment.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;
import eu.resilience.assessment.As;
import eu.resilience.assessment.KaribuTest;
import eu.resilience.assessment.assessment.AnswerInput;
import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.assessment.TestCampaigns;
import eu.resilience.assessment.base.ui.NotFoundView;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.TestOrganizations;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The questionnaire screen and the review page, browserless, on a fresh baseline assessment of Nordgrid Energy. */
class AssessmentViewTest extends KaribuTest {

    @Autowired
    CampaignService campaigns;

    @Autowired
    AssessmentService assessments;

    @Autowired
    TestOrganizations organizations;

    long assessment;

    @BeforeEach
    void freshAssessment() {
        assessment =
                TestCampaigns.openAssessment(campaigns, organizations, "Nordgrid Energy", "cyber-resilience-baseline");
    }

    private void openAs(String user, Role role, String domain) {
        login(user, role);
        UI.getCurrent()
                .navigate(
                        "assessments/" + assessment,
                        domain.isEmpty() ? QueryParameters.empty() : QueryParameters.of("domain", domain));
    }

    private static PracticeCard options(String practiceId) {
        return _get(PracticeCard.class, spec -> spec.withId("practice-" + practiceId));
    }

    private static String status(String practiceId) {
        return options(practiceId).statusText();
    }

    @Test
    void choosingAnOptionSavesItAtOnceAndMovesTheProgress() {
        openAs("respondent", Role.RESPONDENT, "");

        Choices.choose(options("GOV.1.1"), "fully");

        assertThat(status("GOV.1.1")).startsWith("Saved by respondent");
        assertThat(_get(Span.class, spec -> spec.withId("overall-progress-text"))
                        .getText())
                .startsWith("1 of ");
        assertThat(_get(DomainNav.class).label("GOV")).contains("1/");
        assertThat(As.user("respondent", Role.RESPONDENT, () -> assessments.open(assessment))
                        .answers()
                        .get("GOV.1.1")
                        .optionId())
                .isEqualTo("fully");
    }

    @Test
    void optionsPassedOverWithTheArrowKeysAreNotSavedOnlyTheSettledChoiceIsOnceAndAuditedOnce() {
        openAs("respondent", Role.RESPONDENT, "");
        PracticeCard options = options("GOV.1.1");

        // the arrow keys pass over three options: the group reports each one
        Choices.moveTo(options, "fully");
        Choices.moveTo(options, "largely");
        Choices.moveTo(options, "partially");

        assertThat(status("GOV.1.1")).isEqualTo("Not answered yet");
        assertThat(storedAnswer("GOV.1.1")).isNull();
        assertThat(answerAudits()).isZero();

        // the focus leaves the group (or the selection rests): the choice has settled
        Choices.settle(options);

        assertThat(status("GOV.1.1")).startsWith("Saved by respondent");
        assertThat(storedAnswer("GOV.1.1").optionId()).isEqualTo("partially");
        assertThat(storedAnswer("GOV.1.1").revision()).isZero();
        assertThat(answerAudits()).isOne();

        // leaving the group again without a new choice saves nothing
        Choices.settle(options);
        assertThat(answerAudits()).isOne();
    }

    @Test
    void theShortcutsGoToTheNextUnansweredPracticeInAnotherDomainToTheNextDomainAndToTheReview() {
        openAs("respondent", Role.RESPONDENT, "");
        AssessmentView view = _get(AssessmentView.class);
        Choices.choose(options("GOV.1.1"), "fully");

        // Alt+Shift+N on the last practice of the first domain: the first unanswered one of the next domain
        view.nextUnanswered("GOV.4.4");
        assertThat(view.currentDomain()).isEqualTo("ASSET");
        assertThat(_get(DomainNav.class).ariaCurrent("ASSET")).isEqualTo("step");

        // Alt+Shift+D: the domain after it
        view.nextDomain();
        assertThat(view.currentDomain()).isEqualTo("ACCESS");

        // Alt+Shift+R: the review
        view.review();
        _get(ReviewView.class);
    }

    private eu.resilience.assessment.assessment.AnswerState storedAnswer(String practiceId) {
        return As.user("respondent", Role.RESPONDENT, () -> assessments.open(assessment))
                .answers()
                .get(practiceId);
    }

    private int answerAudits() {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'ANSWER_CHANGED' and subject_id = ?",
                Integer.class,
                String.valueOf(assessment));
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void anEditFromAStaleScreenShowsTheConflictAndLetsTheUserKeepTheirAnswer() {
        openAs("respondent", Role.RESPONDENT, "");
        Choices.choose(options("GOV.1.1"), "partially");
        var shown = As.user("respondent", Role.RESPONDENT, () -> assessments.open(assessment))
                .answers()
                .get("GOV.1.1");
        // a colleague changes the same answer meanwhile
        As.user(
                "respondent2",
                Role.RESPONDENT,
                () -> assessments.saveAnswer(
                        assessment, "GOV.1.1", shown.input().withOption("fully"), shown.revision()));

        Choices.choose(options("GOV.1.1"), "not-implemented");

        assertThat(status("GOV.1.1")).startsWith("Conflict");
        assertThat(_get(PracticeCard.class, spec -> spec.withId("practice-GOV.1.1"))
                        .getElement()
                        .getTextRecursively())
                .contains("respondent2 changed this answer")
                .contains("Fully implemented");
        _click(_get(Button.class, spec -> spec.withId("mine-GOV.1.1")));

        assertThat(status("GOV.1.1")).startsWith("Saved by respondent");
        assertThat(As.user("respondent", Role.RESPONDENT, () -> assessments.open(assessment))
                        .answers()
                        .get("GOV.1.1")
                        .optionId())
                .isEqualTo("not-implemented");
    }

    @Test
    void aConflictOnTheCommentShowsBothVersionsAndMergesTheTexts() {
        openAs("respondent", Role.RESPONDENT, "");
        Choices.choose(options("GOV.1.1"), "partially");
        var shown = As.user("respondent", Role.RESPONDENT, () -> assessments.open(assessment))
                .answers()
                .get("GOV.1.1");
        // a colleague comments on the same practice meanwhile, without touching the option
        As.user(
                "respondent2",
                Role.RESPONDENT,
                () -> assessments.saveAnswer(
                        assessment,
                        "GOV.1.1",
                        shown.input().withComment("Policy approved by the board in March"),
                        shown.revision()));

        Choices.choose(options("GOV.1.1"), "largely");

        PracticeCard card = _get(PracticeCard.class, spec -> spec.withId("practice-GOV.1.1"));
        // the components' texts and the card's own status
        String text = card.getElement().getTextRecursively() + "\n" + card.statusText();
        assertThat(text)
                .contains("respondent2 changed this answer")
                .contains("Policy approved by the board in March")
                .doesNotContain("Not answered yet");
        Component table = _get(card, com.vaadin.flow.component.html.Div.class, spec -> spec.withId("conflict-GOV.1.1"));
        assertThat(table.getChildren().map(row -> row.getElement().getAttribute("data-part")))
                .containsExactly("head", "CHOICE", "COMMENT");

        _click(_get(Button.class, spec -> spec.withId("merge-GOV.1.1")));

        assertThat(status("GOV.1.1")).startsWith("Saved by respondent");
        var merged = As.user("respondent", Role.RESPONDENT, () -> assessments.open(assessment))
                .answers()
                .get("GOV.1.1");
        assertThat(merged.optionId()).isEqualTo("largely");
        assertThat(merged.comment()).isEqualTo("Policy approved by the board in March");
        assertThat(options("GOV.1.1").getValue()).isEqualTo("largely");
    }

    @Test
    void conditionsShowAndHidePracticesLive() {
        openAs("respondent", Role.RESPONDENT, "VULN");
        Component followUp = _get(PracticeCard.class, spec -> spec.withId("practice-VULN.3.2"));
        assertThat(followUp.isVisible()).isTrue();

        Choices.choose(options("VULN.3.1"), "na");

        assertThat(followUp.isVisible()).isFalse();
        TextArea justification = _get(
                _get(PracticeCard.class, spec -> spec.withId("practice-VULN.3.1")),
                TextArea.class,
                spec -> spec.withLabel("Why does this not apply? (required)"));
        assertThat(justification.isVisible()).isTrue();

        Choices.choose(options("VULN.3.1"), "largely");

        assertThat(followUp.isVisible()).isTrue();
    }

    @Test
    void theReviewListsWhatIsMissingAndSubmitIsBlockedWithAReason() {
        As.user(
                "respondent",
                Role.RESPONDENT,
                () -> assessments.saveAnswer(
                        assessment,
                        "GOV.1.1",
                        AnswerInput.empty().withOption("fully").withFlag(true),
                        -1));
        login("respondent", Role.RESPONDENT);
        UI.getCurrent().navigate("assessments/" + assessment + "/review");

        assertThat(_get(Button.class, spec -> spec.withId("submit")).isEnabled())
                .isFalse();
        assertThat(_get(Component.class, spec -> spec.withId("submit-state"))
                        .getElement()
                        .getTextRecursively())
                .startsWith("Submission is not possible yet");
        assertThat(_get(Component.class, spec -> spec.withId("review-flagged"))
                        .getElement()
                        .getTextRecursively())
                .contains("GOV.1.1");
        assertThat(_get(Component.class, spec -> spec.withId("review-unanswered"))
                        .getElement()
                        .getTextRecursively())
                .contains("GOV.1.2");
        // the verdict and Submit come first, then the lists grouped by domain
        Component view = _get(ReviewView.class);
        List<Component> children = view.getChildren().toList();
        Component unanswered = _get(Component.class, spec -> spec.withId("review-unanswered"));
        assertThat(children.indexOf(_get(Component.class, spec -> spec.withId("submit-state"))))
                .isLessThan(children.indexOf(unanswered));
        assertThat(children.indexOf(_get(Button.class, spec -> spec.withId("submit"))))
                .isLessThan(children.indexOf(unanswered));
        assertThat(unanswered.getChildren().map(domain -> domain.getElement().getAttribute("data-domain")))
                .startsWith("GOV")
                .doesNotHaveDuplicates()
                .hasSize(10);
    }

    @Test
    void notApplicableWithoutJustificationIsShownIncompleteOnTheCardAndInTheDomainCounter() {
        openAs("respondent", Role.RESPONDENT, "ASSET");
        Choices.choose(options("ASSET.1.2"), "fully");
        String withOne = _get(DomainNav.class).label("ASSET");

        Choices.choose(options("ASSET.1.2"), PracticeCard.NOT_APPLICABLE);

        Component card = _get(PracticeCard.class, spec -> spec.withId("practice-ASSET.1.2"));
        TextArea justification =
                _get(card, TextArea.class, spec -> spec.withLabel("Why does this not apply? (required)"));
        assertThat(justification.isInvalid()).isTrue();
        assertThat(justification.getErrorMessage()).contains("stays incomplete");
        assertThat(card.getElement().getAttribute("data-incomplete")).isEqualTo("na-justification");
        assertThat(withOne).contains("— 1/");
        assertThat(_get(DomainNav.class).label("ASSET")).contains("— 0/");
        assertThat(_get(Span.class, spec -> spec.withId("overall-progress-text"))
                        .getText())
                .startsWith("0 of ");

        HasValueUtilsKt._setValue(justification, "No operational technology on site");

        assertThat(justification.isInvalid()).isFalse();
        assertThat(card.getElement().hasAttribute("data-incomplete")).isFalse();
        assertThat(_get(DomainNav.class).label("ASSET")).contains("— 1/");
    }

    @Test
    void carriedOverAnswersAreShownToReconfirmWithTheirOriginAndDoNotStartTheAssessment() {
        long organization = organizations
                .findByName("Nordgrid Energy")
                .map(eu.resilience.assessment.organization.Organization::getId)
                .orElseThrow();
        login("respondent", Role.RESPONDENT);
        As.user(
                "respondent",
                Role.RESPONDENT,
                () -> assessments.saveAnswer(
                        assessment, "GOV.1.1", AnswerInput.empty().withOption("fully"), -1));
        As.user("respondent", Role.RESPONDENT, () -> {
            for (var practice : assessments.open(assessment).questionnaire().practices()) {
                var work = assessments.open(assessment);
                if (!work.hiddenPractices().contains(practice.id())) {
                    var existing = work.answers().get(practice.id());
                    assessments.saveAnswer(
                            assessment,
                            practice.id(),
                            AnswerInput.empty().withOption("fully"),
                            existing == null ? -1 : existing.revision());
                }
            }
            assessments.submit(assessment);
            return null;
        });
        String source = As.user("respondent", Role.RESPONDENT, () -> assessments.open(assessment))
                .campaignName();
        long next = As.user(
                "lead",
                Role.LEAD,
                () -> campaigns.create(new eu.resilience.assessment.assessment.CampaignForm(
                        "Next " + java.util.UUID.randomUUID(),
                        "cyber-resilience-baseline",
                        "1.0",
                        java.time.LocalDate.now(),
                        java.time.LocalDate.now().plusDays(9),
                        java.util.Set.of(organization),
                        true)));
        var participation =
                As.user("lead", Role.LEAD, () -> campaigns.participation(next)).get(0);
        assertThat(participation.status()).isEqualTo(eu.resilience.assessment.assessment.AssessmentStatus.NOT_STARTED);
        var summary = As.user("lead", Role.LEAD, () -> campaigns.campaigns()).stream()
                .filter(c -> c.id() == next)
                .findFirst()
                .orElseThrow();
        assertThat(summary.started()).isZero();
        assertThat(summary.toReconfirm()).as("the lead sees it to re-confirm").isEqualTo(1);
        int carried = participation.toReconfirm();
        assertThat(carried).isGreaterThan(50);
        assessment = participation.assessmentId();

        openAs("respondent", Role.RESPONDENT, "");

        assertThat(_get(Span.class, spec -> spec.withId("overall-progress-text"))
                        .getText())
                .startsWith("0 of ")
                .contains("to re-confirm");
        assertThat(_get(DomainNav.class).label("GOV")).contains("— 0/").contains("to re-confirm");
        assertThat(status("GOV.1.1")).isEqualTo("To re-confirm");
        assertThat(_get(Span.class, spec -> spec.withId("origin-GOV.1.1")).getText())
                .startsWith("Carried over from " + source + ", answered by respondent on ");

        _click(_get(Button.class, spec -> spec.withId("confirm-GOV.1.1")));

        assertThat(status("GOV.1.1")).startsWith("Saved by respondent");
        assertThat(_get(DomainNav.class).label("GOV")).contains("— 1/");
        assertThat(As.user("lead", Role.LEAD, () -> campaigns.participation(next))
                        .get(0)
                        .status())
                .isEqualTo(eu.resilience.assessment.assessment.AssessmentStatus.IN_PROGRESS);
        assertThat(As.user("lead", Role.LEAD, () -> campaigns.participation(next))
                        .get(0)
                        .toReconfirm())
                .isEqualTo(carried - 1);
        assertThat(As.user("lead", Role.LEAD, () -> campaigns.campaigns()).stream()
                        .filter(c -> c.id() == next)
                        .findFirst()
                        .orElseThrow())
                .extracting(c -> c.started(), c -> c.toReconfirm())
                .containsExactly(1, 1);
    }

    @Test
    void theFoldsOpenAndCloseFromTheirTogglesAndTheFlagIsSavedFromItsCheckbox() {
        openAs("respondent", Role.RESPONDENT, "");
        PracticeCard card = _get(PracticeCard.class, spec -> spec.withId("practice-GOV.1.1"));
        String toolsHtml = card.html();
        assertThat(toolsHtml)
                .contains("data-fold=\"guidance\"", "aria-expanded=\"false\"", "aria-controls=\"guidance-GOV.1.1\"")
                .contains("<input type=\"checkbox\" id=\"flag-GOV.1.1\" data-flag>");
        // folded content is built only when first opened
        assertThat(_find(card, Div.class, spec -> spec.withId("guidance-GOV.1.1")))
                .isEmpty();
        assertThat(_find(card, TextArea.class)).isEmpty();

        Choices.toggle(card, "guidance");

        assertThat(card.isOpen("guidance")).isTrue();
        assertThat(_get(card, Div.class, spec -> spec.withId("guidance-GOV.1.1"))
                        .isVisible())
                .isTrue();
        Choices.toggle(card, "guidance");
        assertThat(card.isOpen("guidance")).isFalse();
        // hidden again (Karibu finds only what is visible)
        assertThat(_find(card, Div.class, spec -> spec.withId("guidance-GOV.1.1")))
                .isEmpty();

        Choices.toggle(card, "notes");
        TextArea comment = _get(card, TextArea.class, spec -> spec.withLabel("Comment"));
        HasValueUtilsKt._setValue(comment, "Board minutes of March");
        assertThat(storedAnswer("GOV.1.1").comment()).isEqualTo("Board minutes of March");

        Choices.flag(card, true);

        assertThat(card.flagShown()).isTrue();
        assertThat(status("GOV.1.1")).startsWith("Saved by respondent");
        assertThat(storedAnswer("GOV.1.1").flagged()).isTrue();
        Choices.flag(card, false);
        assertThat(storedAnswer("GOV.1.1").flagged()).isFalse();
        assertThat(answerAudits()).isEqualTo(3);
    }

    @Test
    void aCardIsOneElementWhoseOwnHtmlShowsItsOptionsChoiceToolsAndStatus() {
        openAs("respondent", Role.RESPONDENT, "");
        PracticeCard card = options("GOV.1.1");
        // nothing opened, nothing failed: no component inside the card (one state node)
        assertThat(card.getContent().getChildren()).isEmpty();
        assertThat(card.getElement().getAttribute("role")).isEqualTo("group");
        assertThat(card.getElement().getAttribute("aria-labelledby"))
                .isEqualTo("practice-id-GOV.1.1 practice-text-GOV.1.1");
        assertThat(card.html())
                .contains("<legend class=\"ra-legend\">", "id=\"practice-id-GOV.1.1\"", "id=\"practice-text-GOV.1.1\"")
                .contains("<input type=\"radio\" name=\"option-GOV.1.1\" value=\"fully\">")
                .contains("id=\"guidance-toggle-GOV.1.1\"", "id=\"notes-toggle-GOV.1.1\"")
                .contains("id=\"status-GOV.1.1\" role=\"status\"")
                .contains(">Not answered yet</span>")
                .doesNotContain(" checked", "data-state=", "disabled");

        Choices.choose(card, "fully");

        // rendered again (on attach, after a resynchronisation) it shows the choice and the saved state
        assertThat(card.getValue()).isEqualTo("fully");
        assertThat(card.html())
                .contains("value=\"fully\" checked>")
                .contains("data-state=\"saved\">Saved by respondent");
        assertThat(card.label("fully")).isNotEqualTo("fully");
        // a value that is not one of its options, or a change of another input, is ignored
        Choices.moveTo(card, "nonsense");
        assertThat(card.getValue()).isEqualTo("fully");
    }

    @Test
    void afterAResynchronisationTheCardSendsItsHtmlAgainWithWhatItShowsNow() {
        openAs("respondent", Role.RESPONDENT, "");
        PracticeCard card = options("GOV.1.1");
        Choices.choose(card, "largely");
        UI ui = UI.getCurrent();
        ui.getInternals().dumpPendingJavaScriptInvocations();

        // what Flow does when the browser asks for the whole UI again (ServerRpcHandler): the client's elements are
        // rebuilt from the state tree, and every attach listener runs again
        ui.getInternals().getStateTree().prepareForResync();
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();

        List<String> sent = ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                .flatMap(invocation -> invocation.getInvocation().getParameters().stream())
                .filter(String.class::isInstance)
                .map(String.class::cast)
                .filter(html -> html.contains("id=\"status-GOV.1.1\""))
                .toList();
        assertThat(sent)
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .contains("value=\"largely\" checked>", "data-state=\"saved\">Saved by respondent");
    }

    @Test
    void theScreensNativeButtonsOpenTheNextDomainTheReviewAndTheResults() {
        openAs("respondent", Role.RESPONDENT, "");
        AssessmentView view = _get(AssessmentView.class);

        Choices.press("next-domain");
        assertThat(view.currentDomain()).isEqualTo("ASSET");

        Choices.press("to-review");
        _get(ReviewView.class);
    }

    @Test
    void aDomainButtonOnTheSideOpensItsDomain() {
        openAs("respondent", Role.RESPONDENT, "");
        AssessmentView view = _get(AssessmentView.class);
        assertThat(_get(DomainNav.class).ariaCurrent("GOV")).isEqualTo("step");

        Choices.openDomain("ASSET");

        assertThat(view.currentDomain()).isEqualTo("ASSET");
        assertThat(view.cards()).isNotEmpty().allSatisfy(card -> assertThat(card.practiceId())
                .startsWith("ASSET."));
        assertThat(_get(DomainNav.class).ariaCurrent("ASSET")).isEqualTo("step");
        assertThat(_get(DomainNav.class).ariaCurrent("GOV")).isEqualTo("false");
    }

    @Test
    void anotherOrganizationsAssessmentAddressShowsNotFound() {
        openAs("clinique", Role.ORG_ADMIN, "");

        _get(NotFoundView.class);
        _assertNone(AssessmentView.class);
        assertThat(_find(PracticeCard.class)).isEmpty();
    }

    @Test
    void aMalformedAddressShowsNotFound() {
        login("respondent", Role.RESPONDENT);

        UI.getCurrent().navigate("assessments/12abc/results");

        _get(NotFoundView.class);
    }
}
