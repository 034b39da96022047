package eu.resilience.assessment.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import eu.resilience.assessment.scoring.FrameworkCoverage;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The results by framework: one closed section per referenced framework, a table of its ids (e.g. NIS2 Art.
 * 21(2)(a)-(j)) with the practices that cover each and how they were answered.
 */
final class FrameworkPanel {

    private FrameworkPanel() {}

    /**
     * @param t the view's getTranslation
     */
    static Component of(List<FrameworkCoverage> coverage, Locale locale, BiFunction<String, Object[], String> t) {
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        panel.setId("by-framework");
        for (FrameworkCoverage framework : coverage) {
            NativeTable table = new NativeTable();
            table.addClassName("ra-table");
            NativeTableRow head = table.getHead().addRow();
            head.addHeaderCell().setText(t.apply("results.framework.id", new Object[0]));
            head.addHeaderCell().setText(t.apply("results.framework.achieved", new Object[0]));
            head.addHeaderCell().setText(t.apply("results.framework.practices", new Object[0]));
            for (FrameworkCoverage.Point point : framework.points()) {
                NativeTableRow row = table.getBody().addRow();
                row.addHeaderCell().setText(point.id());
                row.addDataCell()
                        .setText(t.apply(
                                "results.framework.count", new Object[] {point.achieved(), point.applicable()}));
                Div practices = new Div();
                for (FrameworkCoverage.Covered covered : point.practices()) {
                    String answer =
                            switch (covered.status()) {
                                case NOT_APPLICABLE -> t.apply("results.not-applicable", new Object[0]);
                                case UNANSWERED -> t.apply("card.unanswered", new Object[0]);
                                default -> covered.option().label().in(locale);
                            };
                    String title = covered.practice().title().isEmpty()
                            ? covered.practice().text().in(locale)
                            : covered.practice().title().in(locale);
                    com.vaadin.flow.component.html.Span given = new com.vaadin.flow.component.html.Span(answer);
                    given.addClassName(com.vaadin.flow.theme.lumo.LumoUtility.FontWeight.SEMIBOLD);
                    practices.add(new Div(
                            new com.vaadin.flow.component.html.Span(
                                    covered.practice().id() + " " + title + " — "),
                            given));
                }
                row.addDataCell().add(practices);
            }
            Details details = new Details(framework.framework().label(), table);
            details.setId("framework-" + framework.framework().key());
            details.setWidthFull();
            panel.add(details);
        }
        return panel;
    }
}
