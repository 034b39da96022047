package eu.resilience.assessment.benchmark.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import eu.resilience.assessment.KaribuTest;
import eu.resilience.assessment.StatementCounter;
import eu.resilience.assessment.base.ui.NotFoundView;
import eu.resilience.assessment.benchmark.Release;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.Sector;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The lead's dashboard and the operator's benchmark, browserless, on the demo history. */
class BenchmarkViewsTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    private long lastYearsAssessmentOf(String organization) {
        return jdbc.queryForObject(
                """
                select a.id from assessment a join organization o on o.id = a.organization_id
                join campaign c on c.id = a.campaign_id where o.name = ? and c.name = ?""",
                Long.class,
                organization,
                "Baseline " + (LocalDate.now().getYear() - 1));
    }

    /** Other tests of the same context open campaigns today: pick the demo campaign with its population. */
    @SuppressWarnings("unchecked")
    static void chooseLastYearsCampaign() {
        ComboBox<eu.resilience.assessment.assessment.SnapshotReader.CampaignRef> box =
                _get(ComboBox.class, spec -> spec.withId("benchmark-campaign"));
        String name = "Baseline " + (LocalDate.now().getYear() - 1);
        box.getListDataView()
                .getItems()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .ifPresentOrElse(c -> _setValue(box, c), () -> {
                    throw new AssertionError("no campaign " + name);
                });
    }

    private static String html(String id) {
        return _get(Component.class, spec -> spec.withId(id)).getElement().getOuterHTML();
    }

    @Test
    void theLeadSeesTheHeatmapWithTheSmallSectorHiddenAndExploresASlice() {
        login("lead", Role.LEAD);
        UI.getCurrent().navigate(BenchmarkDashboardView.class);
        chooseLastYearsCampaign();
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("download-benchmark-pdf"))
                        .getHref())
                .isNotBlank();

        String heatmap = html("heatmap");
        assertThat(heatmap).contains("data-sector=\"energy\"").contains("data-sector=\"space\"");
        assertThat(html("heatmap-scale"))
                .as("the colour legend: each step's colour with its score")
                .contains("Colour scale (mean score)")
                .contains("rgb(244,150,150)")
                .contains("rgb(124,220,150)")
                .contains(">0</td>")
                .contains(">100</td>");
        String spaceRow = heatmap.substring(heatmap.indexOf("data-sector=\"space\""));
        spaceRow = spaceRow.substring(0, spaceRow.indexOf("</tr>"));
        assertThat(spaceRow).contains("ra-suppressed").contains("fewer than 5 organizations");

        @SuppressWarnings("unchecked")
        ComboBox<Sector> sector = _get(ComboBox.class, spec -> spec.withId("slice-sector"));
        _setValue(sector, Sector.SPACE);
        assertThat(_get(Div.class, spec -> spec.withId("slice")).getElement().getTextRecursively())
                .contains("Hidden: fewer than 5 organizations.");

        _setValue(sector, Sector.HEALTH);
        String slice = html("slice-table");
        assertThat(slice)
                .contains("Mean")
                .contains("Levels")
                .doesNotContain("Min")
                .doesNotContain("Max");
        assertThat(_get(Component.class, spec -> spec.withId("release-about"))
                        .getElement()
                        .getTextRecursively())
                .contains("Release 1")
                .contains("k = 5");

        _setValue(sector, null);
        String all = html("slice-table");
        assertThat(all).contains("10th percentile").contains("90th percentile");
    }

    @Test
    void anOperatorSeesItsSectorQuartilesWithoutMinOrMax() {
        long assessment = lastYearsAssessmentOf("Nordgrid Energy");
        login("coordinator", Role.ORG_ADMIN);
        UI.getCurrent().navigate("assessments/" + assessment + "/benchmark");

        assertThat(_get(Component.class, spec -> spec.withId("comparison"))
                        .getElement()
                        .getTextRecursively())
                .contains("Energy sector");
        assertThat(html("operator-table"))
                .contains("Mean of the group")
                .doesNotContain("Median")
                .doesNotContain("Min")
                .doesNotContain("Max");
        assertThat(_find(Checkbox.class, spec -> spec.withId("consent")))
                .as("the consent belongs to My organization")
                .isEmpty();
    }

    @Test
    void anotherOperatorsBenchmarkAddressShowsNotFound() {
        long nordgrid = lastYearsAssessmentOf("Nordgrid Energy");
        login("clinique", Role.ORG_ADMIN);

        UI.getCurrent().navigate("assessments/" + nordgrid + "/benchmark");

        _get(NotFoundView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSliceFilterCostsTheSameAfterManyCampaignChanges() {
        login("lead", Role.LEAD);
        UI.getCurrent().navigate(BenchmarkDashboardView.class);
        chooseLastYearsCampaign();
        ComboBox<Sector> sector = _get(ComboBox.class, spec -> spec.withId("slice-sector"));
        int firstFilter = StatementCounter.count(() -> _setValue(sector, Sector.ENERGY));

        ComboBox<eu.resilience.assessment.assessment.SnapshotReader.CampaignRef> campaign =
                _get(ComboBox.class, spec -> spec.withId("benchmark-campaign"));
        var campaigns = campaign.getListDataView().getItems().toList();
        assertThat(campaigns).as("campaigns to switch between").hasSizeGreaterThan(1);
        for (int round = 0; round < 3; round++) {
            for (var other : campaigns) {
                _setValue(campaign, other);
            }
        }
        chooseLastYearsCampaign();
        _setValue(sector, null);
        int laterFilter = StatementCounter.count(() -> _setValue(sector, Sector.ENERGY));

        assertThat(firstFilter).as("a filter reads the stored slice").isPositive();
        assertThat(laterFilter)
                .as("the explorer's listeners are added once, not once more per campaign change")
                .isEqualTo(firstFilter);
    }

    @Test
    @SuppressWarnings("unchecked")
    void eachCampaignChangeReadsOneSliceOfThatCampaignsReleaseInItsQuestionnaire() {
        login("lead", Role.LEAD);
        UI.getCurrent().navigate(BenchmarkDashboardView.class);
        chooseLastYearsCampaign();
        SliceExplorer explorer = _get(SliceExplorer.class);
        ComboBox<eu.resilience.assessment.assessment.SnapshotReader.CampaignRef> campaign =
                _get(ComboBox.class, spec -> spec.withId("benchmark-campaign"));
        Select<Release> release = _get(Select.class, spec -> spec.withId("benchmark-release"));
        var campaigns = campaign.getListDataView().getItems().toList();
        assertThat(campaigns).as("campaigns to switch between").hasSizeGreaterThan(1);
        int withRelease = 0;
        for (int round = 0; round < 3; round++) {
            for (var other : campaigns) {
                int before = explorer.reads();
                _setValue(campaign, other);
                Release shown = release.getValue();
                if (shown == null) {
                    assertThat(explorer.reads())
                            .as("no release, no slice: " + other.name())
                            .isEqualTo(before);
                    assertThat(explorer.release()).isNull();
                    continue;
                }
                withRelease++;
                assertThat(explorer.reads())
                        .as("one slice read for the change to " + other.name())
                        .isEqualTo(before + 1);
                assertThat(explorer.release()).isEqualTo(shown);
                assertThat(explorer.release().campaignId()).isEqualTo(other.id());
                assertThat(explorer.questionnaire().id() + " "
                                + explorer.questionnaire().version())
                        .as("the explorer names the figures in the questionnaire of " + other.name())
                        .isEqualTo(other.questionnaireId() + " " + other.questionnaireVersion());
            }
        }
        assertThat(withRelease).as("campaigns with a release were shown").isPositive();

        chooseLastYearsCampaign();
        ComboBox<Sector> sector = _get(ComboBox.class, spec -> spec.withId("slice-sector"));
        int before = explorer.reads();
        _setValue(sector, Sector.ENERGY);
        assertThat(explorer.reads())
                .as("a filter reads one slice, however many campaign changes came before")
                .isEqualTo(before + 1);
        assertThat(_get(Div.class, spec -> spec.withId("slice")).getElement().getTextRecursively())
                .contains("organizations");
    }
}
