package eu.resilience.assessment.benchmark.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.assessment.SnapshotReader.CampaignRef;
import eu.resilience.assessment.base.chart.Charts;
import eu.resilience.assessment.base.ui.ChartFigures;
import eu.resilience.assessment.base.ui.ReportLinks;
import eu.resilience.assessment.base.ui.SvgImage;
import eu.resilience.assessment.benchmark.BenchmarkService;
import eu.resilience.assessment.benchmark.DisclosureException;
import eu.resilience.assessment.benchmark.Heatmap;
import eu.resilience.assessment.benchmark.NamedResult;
import eu.resilience.assessment.benchmark.Release;
import eu.resilience.assessment.benchmark.SliceReport;
import eu.resilience.assessment.benchmark.TrendPoint;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.QuestionnaireService;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The partnership lead's dashboard: participation, the sector x domain heatmap, the distribution per domain, the trend
 * across campaigns, a slice explorer and the named results of consenting operators. Every figure comes from the
 * benchmark service with its confidentiality rules.
 */
@Route("benchmarks")
@Menu(order = 30, title = "nav.benchmarks")
@RolesAllowed("LEAD")
public class BenchmarkDashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final ObjectProvider<ReportLinks> reportLinks;

    private final BenchmarkService benchmarks;
    private final CampaignService campaigns;
    private final QuestionnaireService questionnaires;
    private final ComboBox<CampaignRef> campaign = new ComboBox<>();
    private final VerticalLayout content = new VerticalLayout();
    private final Select<Release> release = new Select<>();
    private final Button publish = new Button();
    private final VerticalLayout releaseContent = new VerticalLayout();
    private final SliceExplorer explorer;

    public BenchmarkDashboardView(
            BenchmarkService benchmarks,
            CampaignService campaigns,
            QuestionnaireService questionnaires,
            ObjectProvider<ReportLinks> reportLinks) {
        this.benchmarks = benchmarks;
        this.reportLinks = reportLinks;
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        addClassName("ra-page-xl");
        add(new H2(getTranslation("benchmark.title")));
        Paragraph intro = new Paragraph(getTranslation("benchmark.intro", benchmarks.k()));
        intro.addClassName("ra-muted");
        add(intro);
        campaign.setLabel(getTranslation("benchmark.campaign"));
        campaign.setId("benchmark-campaign");
        campaign.addClassName("ra-wide-select");
        List<CampaignRef> all = benchmarks.campaigns();
        campaign.setItems(all);
        campaign.setItemLabelGenerator(c -> c.name() + " ("
                + questionnaires.title(c.questionnaireId(), c.questionnaireVersion(), getLocale()) + ")");
        release.setLabel(getTranslation("benchmark.release"));
        release.setId("benchmark-release");
        release.addClassName("ra-wide-select");
        release.setItemLabelGenerator(this::releaseLabel);
        release.setEmptySelectionAllowed(false);
        publish.setText(getTranslation("benchmark.release.publish"));
        publish.setId("publish-release");
        publish.addClickListener(click -> confirmPublication());
        HorizontalLayout pickers = new HorizontalLayout(campaign, release, publish);
        pickers.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        pickers.setWrap(true);
        content.setPadding(false);
        releaseContent.setPadding(false);
        add(pickers, content);
        explorer = new SliceExplorer(benchmarks);
        campaign.addValueChangeListener(e -> show());
        release.addValueChangeListener(e -> showRelease());
        // open on the newest campaign whose latest release shows anything
        java.util.Set<Long> showing = benchmarks.campaignsShowingTheirOverall();
        all.stream()
                .filter(c -> showing.contains(c.id()))
                .findFirst()
                .or(() -> all.stream().findFirst())
                .ifPresent(campaign::setValue);
    }

    /** {@code ?campaign=ID} opens that campaign (a link from elsewhere, or a bookmark). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("campaign")
                .ifPresent(id -> campaign.getListDataView()
                        .getItems()
                        .filter(c -> String.valueOf(c.id()).equals(id))
                        .findFirst()
                        .ifPresent(campaign::setValue));
    }

    private String releaseLabel(Release r) {
        return getTranslation(
                "benchmark.release.label",
                r.number(),
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(getLocale())
                        .format(r.publishedAt().atZone(ZoneId.systemDefault())),
                r.members());
    }

    private void confirmPublication() {
        CampaignRef chosen = campaign.getValue();
        if (chosen == null) {
            return;
        }
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("benchmark.release.confirm.title"));
        dialog.setText(getTranslation("benchmark.release.confirm.text", chosen.name(), benchmarks.k()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("benchmark.release.publish"));
        dialog.addConfirmListener(confirm -> {
            try {
                Release published = benchmarks.publish(chosen.id());
                Notification.show(getTranslation("benchmark.release.published", published.number()));
                show();
            } catch (DisclosureException refused) {
                Notification notification = Notification.show(
                        getTranslation(refused.messageKey(), refused.arguments()), 8000, Notification.Position.MIDDLE);
                notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        dialog.open();
    }

    private void show() {
        content.removeAll();
        CampaignRef chosen = campaign.getValue();
        if (chosen == null) {
            return;
        }
        List<Release> releases = new ArrayList<>(benchmarks.releases(chosen.id()));
        java.util.Collections.reverse(releases);
        release.setItems(releases);
        content.add(
                new H3(getTranslation("benchmark.participation")),
                ParticipationTable.of(campaigns.participation(chosen.id()), this::translate),
                releaseContent);
        if (releases.isEmpty()) {
            release.clear();
            showRelease();
        } else {
            release.setValue(releases.get(0));
        }
    }

    private void showRelease() {
        releaseContent.removeAll();
        CampaignRef chosen = campaign.getValue();
        Release shown = release.getValue();
        if (chosen == null || shown == null) {
            Paragraph none = new Paragraph(getTranslation("benchmark.release.none"));
            none.setId("no-release");
            releaseContent.add(none);
            explorer.show(null, null);
            return;
        }
        Locale locale = getLocale();
        Questionnaire questionnaire = questionnaires
                .find(chosen.questionnaireId(), chosen.questionnaireVersion())
                .orElse(null);
        Paragraph about = new Paragraph(getTranslation(
                "benchmark.release.about", shown.number(), shown.publishedBy(), shown.members(), shown.k()));
        about.setId("release-about");
        about.addClassName("ra-muted");
        releaseContent.add(about);
        reportLinks.ifAvailable(links -> releaseContent.add(links.forCampaign(chosen.id(), shown.id())));
        Heatmap heatmap = benchmarks.heatmap(shown.id());
        releaseContent.add(
                new H3(getTranslation("benchmark.heatmap")),
                HeatmapTable.of(heatmap, questionnaire, locale, benchmarks.k(), this::translate));
        if (heatmap.all() != null && heatmap.all().isShown()) {
            releaseContent.add(
                    new H3(getTranslation("benchmark.distribution")),
                    distribution(heatmap.all(), questionnaire, locale));
        }
        releaseContent.add(new H3(getTranslation("benchmark.trend")), trend(shown));
        releaseContent.add(new H3(getTranslation("benchmark.explorer")), explorer);
        explorer.show(shown, questionnaire);
        releaseContent.add(new H3(getTranslation("benchmark.named")), named(shown, questionnaire, locale));
    }

    private Component distribution(SliceReport all, Questionnaire questionnaire, Locale locale) {
        List<Charts.Box> boxes = all.domainBoxes();
        String title = getTranslation("benchmark.distribution");
        Div chart = new Div(SvgImage.of(
                Charts.svg(Charts.boxPlot(boxes, getTranslation("results.score")), 1000, 360),
                getTranslation("chart.alt", title)));
        chart.setId("distribution");
        List<String> headers = new ArrayList<>(List.of(getTranslation("questionnaire.domain")));
        for (String column : List.of("p10", "q1", "median", "q3", "p90", "mean")) {
            headers.add(getTranslation("benchmark.column." + column));
        }
        chart.add(ChartFigures.of(
                getTranslation("chart.figures", title),
                title,
                headers,
                boxes.stream()
                        .map(box -> List.of(
                                domainName(box.category(), questionnaire, locale),
                                ChartFigures.number(box.low()),
                                ChartFigures.number(box.q1()),
                                ChartFigures.number(box.median()),
                                ChartFigures.number(box.q3()),
                                ChartFigures.number(box.high()),
                                ChartFigures.number(box.mean())))
                        .toList()));
        return chart;
    }

    private static String domainName(String domainId, Questionnaire questionnaire, Locale locale) {
        return questionnaire == null
                ? domainId
                : questionnaire
                        .domain(domainId)
                        .map(d -> d.id() + " " + d.title().in(locale))
                        .orElse(domainId);
    }

    private Component trend(Release chosen) {
        List<TrendPoint> points = benchmarks.trend(chosen.id());
        List<String> labels = points.stream().map(p -> p.campaign().name()).toList();
        Map<String, Double> median = new LinkedHashMap<>();
        Map<String, Double> q1 = new LinkedHashMap<>();
        Map<String, Double> q3 = new LinkedHashMap<>();
        for (TrendPoint point : points) {
            if (point.all().isShown() && point.all().overall().hasQuantiles()) {
                median.put(point.campaign().name(), point.all().overall().median());
                q1.put(point.campaign().name(), point.all().overall().q1());
                q3.put(point.campaign().name(), point.all().overall().q3());
            }
        }
        Div chart = new Div(SvgImage.of(
                Charts.svg(
                        Charts.lines(
                                labels,
                                List.of(
                                        new Charts.Series(getTranslation("benchmark.trend.median"), median),
                                        new Charts.Series(getTranslation("benchmark.trend.q1"), q1),
                                        new Charts.Series(getTranslation("benchmark.trend.q3"), q3))),
                        760,
                        320),
                getTranslation("chart.alt", getTranslation("benchmark.trend"))));
        chart.setId("trend");
        chart.add(ChartFigures.of(
                getTranslation("chart.figures", getTranslation("benchmark.trend")),
                getTranslation("benchmark.trend"),
                List.of(
                        getTranslation("benchmark.campaign"),
                        getTranslation("benchmark.trend.q1"),
                        getTranslation("benchmark.trend.median"),
                        getTranslation("benchmark.trend.q3")),
                points.stream()
                        .map(point -> median.containsKey(point.campaign().name())
                                ? List.of(
                                        point.campaign().name(),
                                        ChartFigures.number(
                                                q1.get(point.campaign().name())),
                                        ChartFigures.number(
                                                median.get(point.campaign().name())),
                                        ChartFigures.number(
                                                q3.get(point.campaign().name())))
                                : List.of(
                                        point.campaign().name(),
                                        getTranslation("benchmark.suppressed.short"),
                                        getTranslation("benchmark.suppressed.short"),
                                        getTranslation("benchmark.suppressed.short")))
                        .toList()));
        return chart;
    }

    private Component named(Release chosen, Questionnaire questionnaire, Locale locale) {
        List<NamedResult> results = benchmarks.namedResults(chosen.id());
        if (results.isEmpty()) {
            return new Paragraph(getTranslation("benchmark.named.none"));
        }
        return NamedResultsTable.of(results, questionnaire, locale, this::translate);
    }

    private String translate(String key, Object[] arguments) {
        return getTranslation(key, arguments);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("benchmark.title");
    }
}
