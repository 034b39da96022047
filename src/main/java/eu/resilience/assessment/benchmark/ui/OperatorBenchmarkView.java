package eu.resilience.assessment.benchmark.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.resilience.assessment.assessment.AssessmentException;
import eu.resilience.assessment.base.chart.Charts;
import eu.resilience.assessment.base.ui.ChartFigures;
import eu.resilience.assessment.base.ui.ReportLinks;
import eu.resilience.assessment.base.ui.SvgImage;
import eu.resilience.assessment.benchmark.BenchmarkService;
import eu.resilience.assessment.benchmark.Figures;
import eu.resilience.assessment.benchmark.OperatorBenchmark;
import eu.resilience.assessment.benchmark.SliceReport;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Where an operator stands: its own domain scores against its sector's quartiles (radar and table), its percentile, and
 * its own trend across campaigns. Never a min or max, never a slice under k.
 */
@Route("assessments/:id/benchmark")
@RolesAllowed({"RESPONDENT", "ORG_ADMIN"})
public class OperatorBenchmarkView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ObjectProvider<ReportLinks> reportLinks;
    private long assessmentId;

    private final BenchmarkService benchmarks;
    private OperatorBenchmark benchmark;

    public OperatorBenchmarkView(BenchmarkService benchmarks, ObjectProvider<ReportLinks> reportLinks) {
        this.reportLinks = reportLinks;
        this.benchmarks = benchmarks;
        addClassName("ra-page-l");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            benchmark = benchmarks.forAssessment(id);
            assessmentId = id;
        } catch (NumberFormatException | AssessmentException.NotFound notFound) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        build();
    }

    private void build() {
        removeAll();
        Locale locale = getLocale();
        add(new H2(getTranslation("operator.title", benchmark.campaign().name())));
        SliceReport comparison = benchmark.comparison();
        String against = comparison.key().sector() != null
                ? getTranslation(
                        "operator.against.sector",
                        getTranslation("sector." + comparison.key().sector()),
                        comparison.n())
                : getTranslation("operator.against.all", comparison.n());
        Paragraph intro = new Paragraph(against);
        intro.setId("comparison");
        add(intro);
        reportLinks.ifAvailable(links -> add(links.forAssessment(assessmentId)));
        Paragraph release = new Paragraph(
                benchmark.release() == null
                        ? getTranslation("operator.release.none")
                        : getTranslation(
                                "operator.release",
                                benchmark.release().number(),
                                java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM)
                                        .withLocale(locale)
                                        .format(benchmark
                                                .release()
                                                .publishedAt()
                                                .atZone(java.time.ZoneId.systemDefault())),
                                2 * benchmark.all().k()));
        release.setId("release");
        release.addClassName("ra-muted");
        add(release);
        if (benchmark.release() != null && benchmark.own() != null && !benchmark.inRelease()) {
            Div note = new Div(new Span(getTranslation("operator.not-in-release")));
            note.addClassName("ra-banner");
            note.setId("not-in-release");
            add(note);
        }
        if (!benchmark.sector().isShown()) {
            Div note = new Div(new Span(getTranslation(
                    "operator.sector-suppressed", benchmark.sector().k())));
            note.addClassName("ra-banner");
            note.setId("sector-suppressed");
            add(note);
        }
        if (benchmark.own() == null) {
            Div note = new Div(new Span(getTranslation("operator.not-submitted")));
            note.addClassName("ra-banner");
            add(note);
        }
        if (!comparison.isShown()) {
            add(new Paragraph(getTranslation(
                    "benchmark.suppressed." + comparison.suppression().name(), comparison.k())));
        } else {
            if (benchmark.percentile() != null) {
                Span percentile = new Span(getTranslation("operator.percentile", benchmark.percentile()));
                percentile.addClassName("ra-figure");
                percentile.setId("percentile");
                add(percentile);
            }
            add(radar(comparison));
            add(table(comparison, locale));
        }
        add(new H3(getTranslation("operator.trend")));
        Map<String, Double> own = new LinkedHashMap<>();
        List<String> labels = new ArrayList<>();
        benchmark.trend().forEach(point -> {
            labels.add(point.campaign().name());
            own.put(point.campaign().name(), point.score());
        });
        Div trend = new Div(SvgImage.of(
                Charts.svg(
                        Charts.lines(labels, List.of(new Charts.Series(getTranslation("results.radar.own"), own))),
                        640,
                        280),
                getTranslation("chart.alt", getTranslation("operator.trend"))));
        trend.setId("own-trend");
        trend.add(ChartFigures.of(
                getTranslation("chart.figures", getTranslation("operator.trend")),
                getTranslation("operator.trend"),
                List.of(getTranslation("benchmark.campaign"), getTranslation("results.radar.own")),
                labels.stream()
                        .map(label -> List.of(label, ChartFigures.number(own.get(label))))
                        .toList()));
        add(trend);
    }

    private Div radar(SliceReport comparison) {
        List<String> categories = new ArrayList<>();
        Map<String, Double> own = new LinkedHashMap<>();
        Map<String, Double> median = new LinkedHashMap<>();
        for (SliceReport.Cell cell : comparison.domains()) {
            categories.add(cell.domainId());
            if (cell.figures() != null) {
                median.put(cell.domainId(), cell.figures().mean());
            }
            if (benchmark.own() != null && benchmark.own().domains().get(cell.domainId()) != null) {
                own.put(
                        cell.domainId(),
                        benchmark.own().domains().get(cell.domainId()).score());
            }
        }
        Div chart = new Div(SvgImage.of(
                Charts.svg(
                        Charts.radar(
                                categories,
                                List.of(
                                        new Charts.Series(getTranslation("results.radar.own"), own),
                                        new Charts.Series(getTranslation("operator.mean"), median)),
                                100),
                        560,
                        460),
                getTranslation("operator.radar.alt")));
        chart.setId("operator-radar");
        return chart;
    }

    /** Own score, the group's mean and the percentile by domain: a native table with scoped header cells. */
    private NativeTable table(SliceReport comparison, Locale locale) {
        NativeTable table = FiguresTable.table("operator-table", getTranslation("operator.table.caption"));
        FiguresTable.columnHeaders(
                table,
                List.of(
                        getTranslation("questionnaire.domain"),
                        getTranslation("operator.own"),
                        getTranslation("operator.mean"),
                        getTranslation("operator.percentile.column")));
        row(
                table,
                getTranslation("benchmark.overall"),
                benchmark.own() == null ? null : benchmark.own().score(),
                comparison.overall(),
                benchmark.percentile());
        for (SliceReport.Cell cell : comparison.domains()) {
            String title = benchmark.questionnaire() == null
                    ? cell.domainId()
                    : benchmark
                            .questionnaire()
                            .domain(cell.domainId())
                            .map(d -> d.id() + " " + d.title().in(locale))
                            .orElse(cell.domainId());
            Double own = benchmark.own() == null || benchmark.own().domains().get(cell.domainId()) == null
                    ? null
                    : benchmark.own().domains().get(cell.domainId()).score();
            if (cell.figures() == null) {
                NativeTableRow row = table.getBody().addRow();
                FiguresTable.rowHeader(row, title);
                FiguresTable.cell(row, FiguresTable.number(own));
                FiguresTable.suppressed(row, cell.suppression(), comparison.k(), this::translate);
                FiguresTable.cell(row, "");
            } else {
                row(
                        table,
                        title,
                        own,
                        cell.figures(),
                        benchmark.domainPercentiles().get(cell.domainId()));
            }
        }
        return table;
    }

    private static void row(NativeTable table, String title, Double own, Figures figures, Double percentile) {
        NativeTableRow row = table.getBody().addRow();
        FiguresTable.rowHeader(row, title);
        FiguresTable.cell(row, FiguresTable.number(own)).addClassName(LumoUtility.FontWeight.BOLD);
        FiguresTable.cell(row, FiguresTable.number(figures.mean()));
        FiguresTable.cell(
                row,
                percentile == null
                        ? "—"
                        : eu.resilience.assessment.text.Formats.whole(percentile, FiguresTable.locale()));
    }

    private String translate(String key, Object[] arguments) {
        return getTranslation(key, arguments);
    }

    @Override
    public String getPageTitle() {
        return benchmark == null
                ? ""
                : getTranslation("operator.title", benchmark.campaign().name());
    }
}
