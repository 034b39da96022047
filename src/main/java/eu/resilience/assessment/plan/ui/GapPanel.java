package eu.resilience.assessment.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import eu.resilience.assessment.base.ui.NarrowScreen;
import eu.resilience.assessment.base.ui.ResultsPanels;
import eu.resilience.assessment.plan.TargetGap;
import eu.resilience.assessment.plan.TargetService;
import eu.resilience.assessment.plan.TargetTexts;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The gap to target on the results screen: per domain, target, now, reached or missing, and what closes the gap. */
@org.springframework.stereotype.Component
class GapPanel implements ResultsPanels {

    private final TargetService targets;

    GapPanel(TargetService targets) {
        this.targets = targets;
    }

    @Override
    public Component forResults(long assessmentId) {
        Div section = new Div();
        section.setId("target-gap");
        section.setWidthFull();
        Optional<TargetGap> gap = targets.gapFor(assessmentId);
        Locale locale =
                UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
        if (gap.isEmpty()) {
            section.add(new H3(section.getTranslation("gap.title")));
            Paragraph none = new Paragraph(section.getTranslation("gap.none"));
            none.addClassName("ra-muted");
            section.add(none);
        } else {
            section.add(new H3(
                    section.getTranslation("gap.title.named", gap.get().target().name())));
            section.add(table(gap.get(), locale));
            Paragraph summary = new Paragraph(section.getTranslation(
                    "gap.summary",
                    gap.get().domains().size() - gap.get().missing().size(),
                    gap.get().domains().size()));
            summary.setId("gap-summary");
            section.add(summary);
        }
        Button plan = new Button(section.getTranslation("plan.open"), click -> UI.getCurrent()
                .navigate(
                        "plan", com.vaadin.flow.router.QueryParameters.of("assessment", String.valueOf(assessmentId))));
        plan.setId("to-plan");
        section.add(plan);
        return section;
    }

    private static Grid<TargetGap.DomainGap> table(TargetGap gap, Locale locale) {
        Grid<TargetGap.DomainGap> grid = new Grid<>();
        grid.setId("gap-table");
        grid.setAllRowsVisible(true);
        grid.addColumn(d -> d.domain().id() + " " + d.domain().title().in(locale))
                .setHeader(grid.getTranslation("questionnaire.domain"))
                .setFlexGrow(2);
        grid.addColumn(d -> d.target() == null ? "—" : TargetTexts.target(gap.questionnaire(), d.target(), locale))
                .setHeader(grid.getTranslation("gap.target"));
        var now = grid.addColumn(d -> TargetTexts.now(
                        gap.questionnaire(),
                        d.rating(),
                        locale,
                        lowest -> grid.getTranslation("results.level-zero", lowest)))
                .setHeader(grid.getTranslation("gap.now"));
        grid.addComponentColumn(d -> {
                    Span badge = new Span(grid.getTranslation(
                            !gap.asksAnythingOf(d) ? "gap.no-target" : d.reached() ? "gap.reached" : "gap.missing"));
                    badge.getElement()
                            .getThemeList()
                            .add(
                                    !gap.asksAnythingOf(d)
                                            ? "badge contrast"
                                            : d.reached() ? "badge success" : "badge error");
                    return badge;
                })
                .setHeader(grid.getTranslation("gap.status"));
        var closing = grid.addColumn(
                        d -> d.closing().stream().map(c -> c.practice().id()).collect(Collectors.joining(", ")))
                .setHeader(grid.getTranslation("gap.closing"))
                .setFlexGrow(3);
        // on a phone: the domain, its target and whether it is reached
        NarrowScreen.hideOnPhones(grid, now, closing);
        grid.setItems(gap.domains());
        return grid;
    }
}
