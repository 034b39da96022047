package eu.resilience.assessment.assessment.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.resilience.assessment.assessment.AssessmentException;
import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.AssessmentStatus;
import eu.resilience.assessment.assessment.Results;
import eu.resilience.assessment.base.chart.Charts;
import eu.resilience.assessment.base.ui.ChartFigures;
import eu.resilience.assessment.base.ui.HtmlText;
import eu.resilience.assessment.base.ui.ReportLinks;
import eu.resilience.assessment.base.ui.ResultsPanels;
import eu.resilience.assessment.base.ui.SvgImage;
import eu.resilience.assessment.questionnaire.ScoringMethod;
import eu.resilience.assessment.scoring.Blocker;
import eu.resilience.assessment.scoring.DomainScore;
import eu.resilience.assessment.scoring.Rating;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The results of an assessment: maturity (level or band) and score side by side, overall and per domain; the practices
 * that block each domain's next level; the prioritized next steps; a radar chart of the domains.
 */
@Route("assessments/:id/results")
@RolesAllowed({"RESPONDENT", "ORG_ADMIN"})
public class ResultsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int NEXT_STEPS_SHOWN = 15;

    private final AssessmentService assessments;
    private final ObjectProvider<ReportLinks> reportLinks;
    private final ObjectProvider<ResultsPanels> panels;
    private Results results;

    public ResultsView(
            AssessmentService assessments,
            ObjectProvider<ReportLinks> reportLinks,
            ObjectProvider<ResultsPanels> panels) {
        this.assessments = assessments;
        this.reportLinks = reportLinks;
        this.panels = panels;
        addClassName("ra-page-l");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = AssessmentRoutes.id(event);
        if (id.isEmpty()) {
            return;
        }
        try {
            results = assessments.results(id.getAsLong());
        } catch (AssessmentException.NotFound notFound) {
            event.rerouteToError(NotFoundException.class);
            return;
        } catch (AssessmentException unavailable) {
            // e.g. its questionnaire is not loaded: this assessment says why, nothing else is affected
            removeAll();
            add(AssessmentUnavailable.of(this, unavailable));
            return;
        }
        build();
    }

    private boolean cumulative() {
        return results.work().questionnaire().method() == ScoringMethod.CUMULATIVE;
    }

    /** The maturity figure in words: "MIL2 Performed", or "Developing (2.5)". */
    String maturity(Rating rating) {
        Locale locale = getLocale();
        if (!rating.isApplicable()) {
            return getTranslation("results.not-applicable");
        }
        if (cumulative()) {
            return levelName(rating.level());
        }
        return rating.band() == null
                ? "—"
                : getTranslation("results.band", rating.band().name().in(locale), rating.maturity());
    }

    String score(Rating rating) {
        return rating.score() == null ? "—" : getTranslation("results.score.value", rating.score());
    }

    private void build() {
        removeAll();
        Locale locale = getLocale();
        var work = results.work();
        var card = results.card();
        add(new H2(getTranslation("results.title", work.campaignName())));
        Span status = new Span(
                work.status() == AssessmentStatus.SUBMITTED
                        ? getTranslation("results.final")
                        : getTranslation("results.provisional"));
        status.getElement().getThemeList().add(work.status() == AssessmentStatus.SUBMITTED ? "badge success" : "badge");
        status.setId("results-status");
        add(new HorizontalLayout(
                new Span(work.organizationName() + " · "
                        + work.questionnaire().title().in(locale)),
                status));
        if (work.status() != AssessmentStatus.SUBMITTED) {
            // a reopened or returned assessment: its last submission still counts until a new one replaces it
            assessments.snapshot(work.id()).ifPresent(previous -> {
                Paragraph counted = new Paragraph(getTranslation(
                        "results.previous-submission",
                        java.time.LocalDate.ofInstant(previous.getCreatedAt(), java.time.ZoneId.systemDefault()),
                        previous.getOverallScore() == null
                                ? "—"
                                : getTranslation("results.score.value", previous.getOverallScore())));
                counted.setId("previous-submission");
                counted.addClassName("ra-muted");
                add(counted);
            });
        }

        Div headline = new Div();
        headline.addClassName("ra-headline");
        headline.add(figure(
                getTranslation(cumulative() ? "results.level" : "results.maturity"),
                maturity(card.overall()),
                "overall-maturity"));
        headline.add(figure(getTranslation("results.score"), score(card.overall()), "overall-score"));
        headline.add(figure(
                getTranslation("results.completeness"),
                getTranslation("results.percent", card.overall().completeness() * 100),
                "overall-completeness"));
        add(headline);
        Paragraph explain =
                new Paragraph(getTranslation(cumulative() ? "results.explain.level" : "results.explain.band"));
        explain.addClassName("ra-muted");
        add(explain);
        reportLinks.ifAvailable(links -> add(links.forAssessment(work.id())));

        List<String> categories = new ArrayList<>();
        Map<String, Double> values = new LinkedHashMap<>();
        for (DomainScore domain : card.domains()) {
            categories.add(domain.domain().id());
            values.put(
                    domain.domain().id(),
                    domain.rating().score() == null ? 0.0 : domain.rating().score());
        }
        var radar = SvgImage.of(
                Charts.svg(
                        Charts.radar(
                                categories,
                                List.of(new Charts.Series(getTranslation("results.radar.own"), values)),
                                100),
                        560,
                        440),
                getTranslation("chart.alt", getTranslation("results.radar")));
        Div chart = new Div(
                new H3(getTranslation("results.radar")),
                radar,
                ChartFigures.of(
                        getTranslation("chart.figures", getTranslation("results.radar")),
                        getTranslation("results.radar"),
                        List.of(getTranslation("questionnaire.domain"), getTranslation("results.score")),
                        card.domains().stream()
                                .map(domain -> List.of(
                                        domain.domain().id() + " "
                                                + domain.domain().title().in(locale),
                                        ChartFigures.number(domain.rating().score())))
                                .toList()));
        chart.setId("radar");
        add(chart);

        add(new H3(getTranslation("results.domains")));
        add(domainTable(locale));
        var coverage = work.byFramework();
        if (!coverage.isEmpty()) {
            add(new H3(getTranslation("results.by-framework")));
            add(FrameworkPanel.of(coverage, locale, this::getTranslation));
        }

        panels.ifAvailable(panel -> add(panel.forResults(work.id())));

        add(new H3(getTranslation("results.next-steps")));
        OrderedList steps = new OrderedList();
        steps.setId("next-steps");
        List<Blocker> nextSteps = card.nextSteps();
        for (Blocker blocker : nextSteps.subList(0, Math.min(NEXT_STEPS_SHOWN, nextSteps.size()))) {
            ListItem item = new ListItem();
            Span head = new Span(
                    blocker.practice().id() + " " + blocker.practice().text().in(locale));
            head.addClassName(LumoUtility.FontWeight.SEMIBOLD);
            item.add(head);
            String current = blocker.current() == null
                    ? getTranslation("card.unanswered")
                    : blocker.current().label().in(locale);
            String target = cumulative()
                    ? getTranslation("results.blocks-level", levelName(blocker.targetLevel()))
                    : blocker.targetBand() == null
                            ? ""
                            : getTranslation(
                                    "results.blocks-band",
                                    blocker.targetBand().name().in(locale));
            Div meta = new Div(new Span(getTranslation("results.now", current) + " · " + target));
            meta.addClassName("ra-muted");
            item.add(meta);
            var recommendation =
                    blocker.practice().recommendationFor(work.profile().size());
            if (!recommendation.isEmpty()) {
                item.add(new Div(new Span(recommendation.in(locale))));
            }
            steps.add(item);
        }
        if (nextSteps.isEmpty()) {
            add(new Paragraph(getTranslation("results.no-next-steps")));
        } else {
            add(steps);
            if (nextSteps.size() > NEXT_STEPS_SHOWN) {
                add(new Paragraph(getTranslation("results.more-steps", nextSteps.size() - NEXT_STEPS_SHOWN)));
            }
        }
        Button benchmark = new Button(getTranslation("results.benchmark"), click -> UI.getCurrent()
                .navigate("assessments/" + work.id() + "/benchmark"));
        benchmark.setId("to-benchmark");
        add(benchmark);
        Button back = new Button(getTranslation("results.back"), click -> UI.getCurrent()
                .navigate(AssessmentView.class, AssessmentRoutes.of(work.id())));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(back);
    }

    private Html domainTable(Locale locale) {
        StringBuilder html = new StringBuilder("<table class=\"ra-table\" id=\"domain-results\"><tr><th>")
                .append(HtmlText.escape(getTranslation("questionnaire.domain")))
                .append("</th><th>")
                .append(HtmlText.escape(getTranslation(cumulative() ? "results.level" : "results.maturity")))
                .append("</th><th>")
                .append(HtmlText.escape(getTranslation("results.score")))
                .append("</th><th>")
                .append(HtmlText.escape(getTranslation("results.completeness")))
                .append("</th><th>")
                .append(HtmlText.escape(getTranslation("results.blockers")))
                .append("</th></tr>");
        for (DomainScore domain : results.card().domains()) {
            Rating rating = domain.rating();
            html.append("<tr data-domain=\"")
                    .append(HtmlText.escape(domain.domain().id()))
                    .append("\"><td>")
                    .append(HtmlText.escape(
                            domain.domain().id() + " " + domain.domain().title().in(locale)))
                    .append("</td><td>")
                    .append(HtmlText.escape(maturity(rating)))
                    .append("</td><td>")
                    .append(HtmlText.escape(score(rating)))
                    .append("</td><td>")
                    .append(HtmlText.escape(getTranslation("results.percent", rating.completeness() * 100)))
                    .append("</td><td>")
                    .append(HtmlText.escape(String.join(
                            ", ",
                            domain.blockers().stream()
                                    .map(b -> b.practice().id())
                                    .toList())))
                    .append("</td></tr>");
        }
        return new Html(html.append("</table>").toString());
    }

    private static Div figure(String label, String value, String id) {
        Span name = new Span(label);
        name.addClassName("ra-muted");
        Span number = new Span(value);
        number.addClassName("ra-figure");
        number.setId(id);
        Div box = new Div(name, number);
        box.addClassName("ra-figure-box");
        return box;
    }

    /** A level in the questionnaire's words, "MIL2 Performed" or "Below MIL1". */
    private String levelName(int rank) {
        return results.work()
                .questionnaire()
                .levelName(rank, getLocale(), lowest -> getTranslation("results.level-zero", lowest));
    }

    @Override
    public String getPageTitle() {
        return results == null
                ? ""
                : getTranslation("results.title", results.work().campaignName());
    }
}
