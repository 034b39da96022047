package eu.resilience.assessment.base.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The radar's scale: rings with their values, so that a reader can tell 40 from 60 without the table. */
class ChartsTest {

    @Test
    void aRadarOfScoresHasFiveRingsWrittenWithTheirValues() {
        String svg = Charts.svg(
                Charts.radar(
                        List.of("GOV", "RISK", "ASSET"),
                        List.of(
                                new Charts.Series("Own", Map.of("GOV", 70.0, "RISK", 40.0, "ASSET", 90.0)),
                                new Charts.Series("Sector", Map.of("GOV", 50.0, "RISK", 60.0, "ASSET", 55.0))),
                        100),
                480,
                360);

        for (String ring : List.of(">20<", ">40<", ">60<", ">80<", ">100<")) {
            assertThat(svg).as(ring).contains(ring);
        }
        assertThat(svg).contains(">GOV<").contains(">Own<");
    }

    @Test
    void ringValuesDivideTheScaleInFiveAndAreWrittenWithoutNeedlessDecimals() {
        assertThat(Charts.ringValues(100)).containsExactly(20.0, 40.0, 60.0, 80.0, 100.0);
        assertThat(Charts.ringValues(5)).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0);
        assertThat(Charts.ringLabel(20.0)).isEqualTo("20");
        assertThat(Charts.ringLabel(0.5)).isEqualTo("0.5");
    }

    @Test
    void aBoxPlotOfTenDomainsWritesEveryDomainWhole() {
        List<Charts.Box> boxes = new java.util.ArrayList<>();
        // the baseline's domains, in the partnership report's chart size
        for (String domain :
                List.of("GOV", "ASSET", "ACCESS", "PROTECT", "VULN", "DETECT", "RESP", "CONT", "SUPPLY", "SHARE")) {
            boxes.add(new Charts.Box(domain, 40, 50, 60, 70, 80, 60));
        }

        String svg = Charts.svg(Charts.boxPlot(boxes, "Score"), 740, 290);

        assertThat(svg)
                .contains(">PROTECT<")
                .contains(">DETECT<")
                .contains(">SUPPLY<")
                .doesNotContain("...");
    }
}
