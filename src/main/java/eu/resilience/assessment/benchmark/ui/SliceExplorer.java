package eu.resilience.assessment.benchmark.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import eu.resilience.assessment.benchmark.BenchmarkService;
import eu.resilience.assessment.benchmark.Release;
import eu.resilience.assessment.benchmark.SliceKey;
import eu.resilience.assessment.benchmark.SliceReport;
import eu.resilience.assessment.organization.Country;
import eu.resilience.assessment.organization.Sector;
import eu.resilience.assessment.organization.SizeClass;
import eu.resilience.assessment.questionnaire.Questionnaire;
import java.util.Arrays;

/**
 * The dashboard's slice explorer: sector, size and country filters over the release shown, and the slice's figures.
 * Built once per dashboard, so its filters' listeners are added once: a campaign or release change only says which
 * release (and questionnaire) to read, and each change reads one slice of that release.
 */
final class SliceExplorer extends VerticalLayout {

    private final BenchmarkService benchmarks;
    private final ComboBox<Sector> sector = new ComboBox<>();
    private final ComboBox<SizeClass> size = new ComboBox<>();
    private final ComboBox<String> country = new ComboBox<>();
    private final Div slice = new Div();
    private Release release;
    private Questionnaire questionnaire;
    private int reads;

    SliceExplorer(BenchmarkService benchmarks) {
        this.benchmarks = benchmarks;
        sector.setLabel(getTranslation("campaigns.sector"));
        sector.setItems(Arrays.asList(Sector.values()));
        sector.setItemLabelGenerator(s -> getTranslation("sector." + s.id()));
        sector.setClearButtonVisible(true);
        sector.setId("slice-sector");
        size.setLabel(getTranslation("benchmark.size"));
        size.setItems(SizeClass.values());
        size.setItemLabelGenerator(s -> getTranslation("size." + s.id()));
        size.setClearButtonVisible(true);
        size.setId("slice-size");
        country.setLabel(getTranslation("benchmark.country"));
        country.setItems(Country.codes());
        country.setItemLabelGenerator(c -> Country.name(c, getLocale()) + " (" + c + ")");
        country.setClearButtonVisible(true);
        country.setId("slice-country");
        sector.addValueChangeListener(e -> showSlice());
        size.addValueChangeListener(e -> showSlice());
        country.addValueChangeListener(e -> showSlice());
        slice.setId("slice");
        add(new HorizontalLayout(sector, size, country), slice);
        setPadding(false);
    }

    /** Shows the filtered slice of {@code release}, named in {@code questionnaire}'s words; null shows nothing. */
    void show(Release release, Questionnaire questionnaire) {
        this.release = release;
        this.questionnaire = questionnaire;
        showSlice();
    }

    /** The release whose slices the explorer reads now (null: none). */
    Release release() {
        return release;
    }

    /** The questionnaire whose domains and levels name the figures now. */
    Questionnaire questionnaire() {
        return questionnaire;
    }

    /** How many slices the explorer has read from the benchmark service since it was built. */
    int reads() {
        return reads;
    }

    private void showSlice() {
        slice.removeAll();
        if (release == null) {
            return;
        }
        SliceKey key = new SliceKey(
                sector.getValue() == null ? null : sector.getValue().id(),
                size.getValue() == null ? null : size.getValue().id(),
                country.getValue());
        reads++;
        SliceReport report = benchmarks.slice(release.id(), key);
        slice.add(new Paragraph(
                report.isShown()
                        ? getTranslation("benchmark.slice.shown", report.n())
                        : getTranslation(
                                "benchmark.suppressed." + report.suppression().name(), report.k())));
        slice.add(FiguresTable.slice(report, questionnaire, getLocale(), true, this::translate));
    }

    private String translate(String key, Object[] arguments) {
        return getTranslation(key, arguments);
    }
}
