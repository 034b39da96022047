package eu.resilience.assessment.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import eu.resilience.assessment.assessment.AssessmentException;
import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.AssessmentWork;
import eu.resilience.assessment.assessment.Review;
import eu.resilience.assessment.questionnaire.Practice;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;

/** The review page: what is unanswered, N/A without justification, to re-confirm or flagged; and the submit button. */
@Route("assessments/:id/review")
@RolesAllowed({"RESPONDENT", "ORG_ADMIN"})
public class ReviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AssessmentService assessments;
    private AssessmentWork work;

    public ReviewView(AssessmentService assessments) {
        this.assessments = assessments;
        addClassName("ra-page-m");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = AssessmentRoutes.id(event);
        if (id.isEmpty()) {
            return;
        }
        try {
            work = assessments.open(id.getAsLong());
            build(assessments.review(id.getAsLong()));
        } catch (AssessmentException.NotFound notFound) {
            event.rerouteToError(NotFoundException.class);
        } catch (AssessmentException unavailable) {
            removeAll();
            add(AssessmentUnavailable.of(this, unavailable));
        }
    }

    private void build(Review review) {
        removeAll();
        add(new H2(getTranslation("review.title", work.campaignName())));
        Button back = new Button(getTranslation("review.back"), click -> UI.getCurrent()
                .navigate(AssessmentView.class, AssessmentRoutes.of(work.id())));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(back);

        Div outcome = new Div();
        outcome.setId("submit-state");
        Button submit = new Button(getTranslation("review.submit"), click -> confirmSubmit());
        submit.setId("submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (!work.isAnswerable()) {
            submit.setEnabled(false);
            outcome.add(new Paragraph(getTranslation(work.lockedReasonKey(), work.lockedReasonArgument())));
        } else if (!review.canSubmit()) {
            submit.setEnabled(false);
            outcome.add(new Paragraph(getTranslation(
                    "submit.blocked",
                    review.unanswered().size(),
                    review.naWithoutJustification().size(),
                    review.toReconfirm().size())));
        } else {
            outcome.add(new Paragraph(getTranslation("review.ready")));
        }
        outcome.addClassName("ra-banner");
        // the verdict and Submit first; the lists (grouped by domain, each practice a link) below
        add(outcome, submit);

        section("review.unanswered", "review-unanswered", review.unanswered());
        section("review.na-without-justification", "review-na", review.naWithoutJustification());
        section("review.to-reconfirm", "review-reconfirm", review.toReconfirm());
        section("review.flagged", "review-flagged", review.flagged());
    }

    private void section(String titleKey, String id, List<String> practiceIds) {
        if (practiceIds.isEmpty() && !titleKey.equals("review.unanswered")) {
            return;
        }
        add(new H3(getTranslation(titleKey, practiceIds.size())));
        if (practiceIds.isEmpty()) {
            add(new Span(getTranslation("review.none")));
            return;
        }
        Locale locale = getLocale();
        Div grouped = new Div();
        grouped.setId(id);
        grouped.addClassName("ra-review-list");
        java.util.Map<String, UnorderedList> byDomain = new java.util.LinkedHashMap<>();
        for (String practiceId : practiceIds) {
            Practice practice = work.questionnaire().practice(practiceId).orElseThrow();
            UnorderedList list = byDomain.computeIfAbsent(practice.domainId(), domainId -> {
                com.vaadin.flow.component.html.NativeDetails domain =
                        new com.vaadin.flow.component.html.NativeDetails();
                UnorderedList items = new UnorderedList();
                domain.setContent(items);
                domain.setOpen(true);
                domain.getElement().setAttribute("data-domain", domainId);
                grouped.add(domain);
                return items;
            });
            Anchor link = new Anchor(
                    "assessments/" + work.id() + "?domain=" + practice.domainId() + "&focus=" + practiceId,
                    practiceId + " " + practice.text().in(locale));
            list.add(new ListItem(link));
        }
        grouped.getChildren()
                .map(c -> (com.vaadin.flow.component.html.NativeDetails) c)
                .forEach(domain -> {
                    String domainId = domain.getElement().getAttribute("data-domain");
                    int count = (int) byDomain.get(domainId).getChildren().count();
                    domain.setSummaryText(work.questionnaire()
                                    .domain(domainId)
                                    .map(d -> d.id() + " · " + d.title().in(locale))
                                    .orElse(domainId)
                            + " (" + count + ")");
                });
        add(grouped);
    }

    private void confirmSubmit() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("review.confirm.title"));
        dialog.setText(getTranslation("review.confirm.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("review.submit"));
        dialog.addConfirmListener(confirmed -> submit());
        dialog.open();
    }

    void submit() {
        try {
            assessments.submit(work.id());
            UI.getCurrent().navigate(ResultsView.class, AssessmentRoutes.of(work.id()));
        } catch (AssessmentException.SubmitBlocked blocked) {
            build(blocked.review());
        } catch (AssessmentException refused) {
            removeAll();
            Paragraph message = new Paragraph(getTranslation(refused.messageKey(), refused.arguments()));
            message.addClassName("ra-error");
            add(new HorizontalLayout(message));
        }
    }

    @Override
    public String getPageTitle() {
        return work == null ? "" : getTranslation("review.title", work.campaignName());
    }
}
