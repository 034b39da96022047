package eu.resilience.assessment.assessment.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import eu.resilience.assessment.assessment.AnswerInput;
import eu.resilience.assessment.assessment.AnswerState;
import eu.resilience.assessment.assessment.AssessmentException;
import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.AssessmentStatus;
import eu.resilience.assessment.assessment.AssessmentWork;
import eu.resilience.assessment.assessment.Progress;
import eu.resilience.assessment.base.ui.AnsweringLinks;
import eu.resilience.assessment.base.ui.HtmlText;
import eu.resilience.assessment.questionnaire.Domain;
import eu.resilience.assessment.questionnaire.Goal;
import eu.resilience.assessment.questionnaire.Practice;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The questionnaire screen: one domain at a time, with the domains and their progress on the side, the overall progress
 * on top, and every answer saved as it is given.
 */
@Route("assessments/:id")
@RolesAllowed({"RESPONDENT", "ORG_ADMIN"})
public class AssessmentView extends VerticalLayout
        implements BeforeEnterObserver, HasDynamicTitle, AssessmentShortcuts.Actions {

    private final AssessmentService assessments;
    private final ObjectProvider<AnsweringLinks> answeringLinks;
    private final AnswerBroadcaster broadcaster;

    private AssessmentWork work;
    private final Map<String, AnswerState> answers = new HashMap<>();
    private final Map<String, PracticeCard> cards = new LinkedHashMap<>();
    private final ProgressBar overall = new ProgressBar();
    private final TextSpan overallText = new TextSpan();
    private final VerticalLayout domainContent = new VerticalLayout();
    private String currentDomain;
    private H3 domainTitle;
    private DomainNav nav;
    private DomainPicker picker;
    private Registration shortcuts;
    private Registration live;

    public AssessmentView(
            AssessmentService assessments,
            ObjectProvider<AnsweringLinks> answeringLinks,
            AnswerBroadcaster broadcaster) {
        this.assessments = assessments;
        this.answeringLinks = answeringLinks;
        this.broadcaster = broadcaster;
        setPadding(true);
        // nothing to do: the request itself is what counts (see releaseResponse)
        getElement().addEventListener(SHOWN, shown -> {});
    }

    /** The DOM event the screen sends back once a domain is on it. */
    private static final String SHOWN = "ra-shown";

    /**
     * Flow keeps each UI's last response, to send it again should the browser repeat its request. After a domain was
     * opened that is the whole screen (about 75,000 characters: some 150 KB of heap per session for as long as the
     * screen stays open). So the browser answers with a small event once the domain is on screen, and the response
     * kept is that event's small one.
     */
    private void releaseResponse() {
        getElement().executeJs("setTimeout(() => this.dispatchEvent(new CustomEvent($0)))", SHOWN);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = AssessmentRoutes.id(event);
        if (id.isEmpty()) {
            return;
        }
        try {
            work = assessments.open(id.getAsLong());
        } catch (AssessmentException.NotFound notFound) {
            event.rerouteToError(NotFoundException.class);
            return;
        } catch (AssessmentException unavailable) {
            // e.g. its questionnaire is not loaded: this assessment says why, nothing else is affected
            removeAll();
            add(AssessmentUnavailable.of(this, unavailable));
            return;
        }
        answers.clear();
        answers.putAll(work.answers());
        QueryParameters query = event.getLocation().getQueryParameters();
        String requested = query.getSingleParameter("domain").orElse(null);
        currentDomain = work.questionnaire()
                .domain(requested == null ? "" : requested)
                .map(Domain::id)
                .orElse(work.questionnaire().domains().get(0).id());
        build();
        listenToColleagues();
        query.getSingleParameter("focus").ifPresent(practiceId -> getElement()
                .executeJs(
                        "setTimeout(() => { const e = document.getElementById($0); if (e) e.scrollIntoView(); }, 100)",
                        "practice-" + practiceId));
    }

    private void build() {
        removeAll();
        Locale locale = getLocale();
        H2 title = plain(new H2(), work.campaignName());
        Span subtitle = plain(
                new Span(),
                work.questionnaire().title().in(locale) + " · " + work.organizationName() + " · "
                        + getTranslation("assessment.due", work.closesOn()));
        subtitle.addClassName("ra-muted");
        add(title, subtitle);

        if (work.status() == AssessmentStatus.RETURNED && work.returnMessage() != null) {
            Div returned = new Div(new Span(getTranslation("assessment.returned", work.returnMessage())));
            returned.addClassName("ra-banner");
            returned.setId("return-message");
            add(returned);
        }
        if (!work.isAnswerable()) {
            Div locked = new Div(new Span(getTranslation(work.lockedReasonKey(), work.lockedReasonArgument())));
            locked.addClassName("ra-banner");
            locked.setId("locked");
            add(locked);
        }

        overall.setId("overall-progress");
        overall.addClassName("ra-overall-progress");
        overall.getElement().setAttribute("aria-label", getTranslation("assessment.progress.overall"));
        overallText.setId("overall-progress-text");
        // announced by screen readers when it changes
        overallText.getElement().setAttribute("aria-live", "polite");
        NativeButton review = button(getTranslation("assessment.review"), true, this::review);
        review.setId("to-review");
        NativeButton results = button(getTranslation("assessment.results"), false, () -> UI.getCurrent()
                .navigate(ResultsView.class, AssessmentRoutes.of(work.id())));
        HorizontalLayout progressRow = new HorizontalLayout(
                plain(new Span(), getTranslation("assessment.progress")), overall, overallText, review, results);
        progressRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        progressRow.setWidthFull();
        progressRow.addClassName("ra-sticky-progress"); // stays in view while the questionnaire scrolls
        progressRow.setId("progress-row");
        add(progressRow);
        answeringLinks.ifAvailable(links -> add(links.forAssessment(work.id(), work.isAnswerable(), false)));
        // the answers of every domain on paper, or the blank questionnaire for those who answer on paper first
        HorizontalLayout printing = new HorizontalLayout(QuestionnairePrint.button(this, this::withCurrentAnswers));
        printing.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        printing.addClassName("ra-actions"); // wraps on a phone
        answeringLinks.ifAvailable(links -> printing.add(
                links.blankPdf(work.questionnaire().id(), work.questionnaire().version())));
        add(printing);
        if (work.isAnswerable()) {
            Span keys = plain(new Span(), getTranslation("assessment.shortcuts"));
            keys.addClassName("ra-muted");
            keys.setId("shortcuts");
            add(keys);
        }

        // the domains on the side: native buttons in one element (nav-<domain>)
        nav = new DomainNav(work.questionnaire().domains(), this::selectDomain);
        // on a phone the theme shows the picker instead of the list on the side
        picker = new DomainPicker(work.questionnaire().domains(), this::selectDomain);
        add(picker);
        domainContent.setPadding(false);
        domainContent.setWidthFull();
        HorizontalLayout body = new HorizontalLayout(nav, domainContent);
        body.addClassName("ra-assessment-body");
        body.setWidthFull();
        body.setAlignItems(FlexComponent.Alignment.START);
        add(body);
        showDomain();
        ChoiceSettling.install(this);
    }

    private void selectDomain(String domainId) {
        currentDomain = domainId;
        UI.getCurrent().getPage().getHistory().replaceState(null, "assessments/" + work.id() + "?domain=" + domainId);
        showDomain();
    }

    private void showDomain() {
        Locale locale = getLocale();
        Domain domain = work.questionnaire().domain(currentDomain).orElseThrow();
        domainContent.removeAll();
        cards.clear();
        domainTitle = plain(new H3(), domain.id() + " · " + domain.title().in(locale));
        domainTitle.setId("domain-title");
        // a target for the focus when a domain is opened from the keyboard
        domainTitle.getElement().setAttribute("tabindex", "-1");
        domainContent.add(domainTitle);
        if (!domain.description().isEmpty()) {
            Paragraph description = plain(new Paragraph(), domain.description().in(locale));
            description.addClassName("ra-muted");
            domainContent.add(description);
        }
        PracticeCard.Saver saver = new PracticeCard.Saver() {
            @Override
            public AnswerState save(String practiceId, AnswerInput input, long expectedRevision) {
                return assessments.saveAnswer(work.id(), practiceId, input, expectedRevision);
            }

            @Override
            public AnswerState reload(String practiceId) {
                return assessments.currentAnswer(work.id(), practiceId);
            }
        };
        for (Goal goal : domain.goals()) {
            domainContent.add(plain(new H4(), goal.id() + " " + goal.title().in(locale)));
            for (Practice practice : goal.practices()) {
                PracticeCard card = new PracticeCard(
                        practice, answers.get(practice.id()), !work.isAnswerable(), locale, saver, this::saved);
                if (work.carriedOverFrom() != null) {
                    card.carriedOverFrom(work.carriedOverFrom());
                }
                cards.put(practice.id(), card);
                domainContent.add(card);
            }
        }
        int index = work.questionnaire().domains().indexOf(domain);
        if (index + 1 < work.questionnaire().domains().size()) {
            Domain next = work.questionnaire().domains().get(index + 1);
            NativeButton nextButton =
                    button(getTranslation("assessment.next-domain", next.title().in(locale)), false, () -> {
                        selectDomain(next.id());
                        getElement().executeJs("window.scrollTo(0, 0)");
                        focusDomainTitle();
                    });
            nextButton.setId("next-domain");
            domainContent.add(nextButton);
        } else {
            domainContent.add(button(getTranslation("assessment.review"), true, this::review));
        }
        refresh();
        releaseResponse();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        shortcuts = AssessmentShortcuts.listen(attach.getUI(), this);
        listenToColleagues();
    }

    /** Answers saved by colleagues on other screens of this assessment appear here at once (server push). */
    private void listenToColleagues() {
        if (live != null) {
            live.remove();
            live = null;
        }
        if (work != null && work.isAnswerable() && getUI().isPresent()) {
            live = broadcaster.register(work.id(), getUI().get(), this::savedElsewhere);
        }
    }

    /** An answer saved on another screen: its card and the counters show it, unless this screen knows it already. */
    void savedElsewhere(AnswerState state) {
        AnswerState known = answers.get(state.practiceId());
        if (known != null && known.revision() >= state.revision()) {
            return;
        }
        answers.put(state.practiceId(), state);
        PracticeCard card = cards.get(state.practiceId());
        if (card != null) {
            card.savedElsewhere(state);
        }
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (shortcuts != null) {
            shortcuts.remove();
            shortcuts = null;
        }
        if (live != null) {
            live.remove();
            live = null;
        }
        super.onDetach(detach);
    }

    /** Alt+Shift+N: the next visible unanswered practice after the focused one, in any domain, wrapping around. */
    @Override
    public void nextUnanswered(String focusedPracticeId) {
        if (work == null || !work.isAnswerable()) {
            return;
        }
        Set<String> hidden = withCurrentAnswers().hiddenPractices();
        List<Practice> order = work.questionnaire().domains().stream()
                .flatMap(d -> d.goals().stream())
                .flatMap(g -> g.practices().stream())
                .toList();
        int from = indexOf(order, focusedPracticeId);
        if (from < 0) {
            // no card has the focus: from the start of the domain on screen
            from = indexOf(
                            order,
                            work.questionnaire()
                                    .domain(currentDomain)
                                    .orElseThrow()
                                    .goals()
                                    .get(0)
                                    .practices()
                                    .get(0)
                                    .id())
                    - 1;
        }
        for (int step = 1; step <= order.size(); step++) {
            Practice candidate = order.get(Math.floorMod(from + step, order.size()));
            AnswerState answer = answers.get(candidate.id());
            if (!hidden.contains(candidate.id()) && (answer == null || !answer.isAnswered())) {
                String domainId = domainOf(candidate.id());
                if (!domainId.equals(currentDomain)) {
                    selectDomain(domainId);
                }
                cards.get(candidate.id()).focusOptions();
                return;
            }
        }
        // a notification is announced by screen readers
        Notification.show(
                getTranslation("assessment.shortcuts.all-answered"), 4000, Notification.Position.BOTTOM_START);
    }

    /** Alt+Shift+D: the next domain (after the last, the first), with the focus on its title. */
    @Override
    public void nextDomain() {
        if (work == null) {
            return;
        }
        List<Domain> domains = work.questionnaire().domains();
        int index = domains.indexOf(work.questionnaire().domain(currentDomain).orElseThrow());
        selectDomain(domains.get((index + 1) % domains.size()).id());
        getElement().executeJs("window.scrollTo(0, 0)");
        focusDomainTitle();
    }

    /** Alt+Shift+R: the review page, where the assessment is submitted. */
    @Override
    public void review() {
        if (work != null) {
            UI.getCurrent().navigate(ReviewView.class, AssessmentRoutes.of(work.id()));
        }
    }

    private static int indexOf(List<Practice> order, String practiceId) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id().equals(practiceId)) {
                return i;
            }
        }
        return -1;
    }

    private String domainOf(String practiceId) {
        return work.questionnaire().domains().stream()
                .filter(d -> d.goals().stream()
                        .flatMap(g -> g.practices().stream())
                        .anyMatch(p -> p.id().equals(practiceId)))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private void focusDomainTitle() {
        if (domainTitle != null) {
            domainTitle.getElement().executeJs("this.focus()");
        }
    }

    /** The domain on screen (for tests). */
    String currentDomain() {
        return currentDomain;
    }

    private void saved(AnswerState state) {
        answers.put(state.practiceId(), state);
        refresh();
    }

    /** Applies the visibility conditions and the progress after every change. */
    private void refresh() {
        AssessmentWork now = withCurrentAnswers();
        Set<String> hidden = now.hiddenPractices();
        cards.forEach((id, card) -> card.setVisible(!hidden.contains(id)));
        Progress progress = Progress.of(now.questionnaire(), hidden, answers);
        overall.setValue(progress.fraction());
        overallText.setText(getTranslation("assessment.progress.count", progress.answered(), progress.visible())
                + (progress.toReconfirm() == 0
                        ? ""
                        : " · " + getTranslation("assessment.progress.reconfirm", progress.toReconfirm())));
        Locale locale = getLocale();
        Map<String, String> labels = new HashMap<>();
        Map<String, Boolean> complete = new HashMap<>();
        for (Domain domain : work.questionnaire().domains()) {
            int answered = progress.answeredIn(domain.id());
            int visible = progress.visibleIn(domain.id());
            int toReconfirm = progress.toReconfirmIn(domain.id());
            String label = domain.id() + " · " + domain.title().in(locale) + " — " + answered + "/" + visible
                    + (toReconfirm == 0 ? "" : " · " + getTranslation("assessment.progress.reconfirm", toReconfirm));
            labels.put(domain.id(), label);
            complete.put(domain.id(), answered == visible);
        }
        nav.show(labels, complete, currentDomain);
        picker.label(labels);
        picker.show(work.questionnaire().domain(currentDomain).orElseThrow());
    }

    /**
     * A native button with a click listener (no event data): one state node, its text its HTML, Lumo's look from the
     * theme ({@code .ra-button}, primary: {@code .ra-primary}). The browser gives it the keyboard (Tab, Enter, space).
     */
    static NativeButton button(String text, boolean primary, Runnable action) {
        NativeButton button = new NativeButton();
        if (primary) {
            button.addClassNames("ra-button", "ra-primary");
        } else {
            button.addClassName("ra-button");
        }
        button.getElement().setProperty("innerHTML", HtmlText.escape(text));
        button.getElement().addEventListener("click", click -> action.run());
        return button;
    }

    /** A text that does not change as its element's HTML: one state node, not an element and a text node. */
    private static <T extends com.vaadin.flow.component.Component> T plain(T component, String text) {
        component.getElement().setProperty("innerHTML", HtmlText.escape(text));
        return component;
    }

    private AssessmentWork withCurrentAnswers() {
        return new AssessmentWork(
                work.id(),
                work.campaignName(),
                work.opensOn(),
                work.closesOn(),
                work.organizationName(),
                work.profile(),
                work.questionnaire(),
                work.status(),
                work.returnMessage(),
                Map.copyOf(answers),
                work.lockedReasonKey(),
                work.lockedReasonArgument(),
                work.carriedOverFrom(),
                work.submittedAt());
    }

    /** The cards of the domain on screen (for tests). */
    List<PracticeCard> cards() {
        return List.copyOf(cards.values());
    }

    @Override
    public String getPageTitle() {
        return work == null ? "" : work.campaignName();
    }
}
