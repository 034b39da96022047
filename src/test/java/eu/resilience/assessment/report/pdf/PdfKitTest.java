package eu.resilience.assessment.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Table headers keep their words whole: a column too narrow for its header's longest word is widened. */
class PdfKitTest {

    private final PdfKit kit = new PdfKit();

    @Test
    void theCompanyReportsDomainTableHeaderNeverBreaksCompleteness() {
        String[] headers = {"Domain", "Maturity level", "Score", "Completeness", "Mean of the group", "Blocking"};
        float[] widths = {3.0f, 2.0f, 1.4f, 1.2f, 1.3f, 2.2f};

        float[] fitted = PdfKit.fitHeaderWords(widths, headers, kit.bold, 8.5f, PdfKit.NARROWEST_TABLE);

        float total = 0;
        for (float width : fitted) {
            total += width;
        }
        for (int i = 0; i < headers.length; i++) {
            for (String word : headers[i].split(" ")) {
                float column = fitted[i] / total * PdfKit.NARROWEST_TABLE - 8;
                assertThat(kit.bold.getWidthPoint(word, 8.5f)).as(word).isLessThan(column);
            }
        }
        assertThat(fitted[0] / total)
                .as("the columns that had room give way in proportion")
                .isLessThan(3.0f / 11.1f);
    }

    @Test
    void columnsWideEnoughKeepTheirProportions() {
        float[] widths = {4, 1, 1};

        float[] fitted = PdfKit.fitHeaderWords(widths, new String[] {"Domain", "n", "Mean"}, kit.bold, 8.5f, 495);

        assertThat(fitted[0]).isCloseTo(4f / 6, within(1e-5f));
        assertThat(fitted[1]).isCloseTo(1f / 6, within(1e-5f));
        assertThat(fitted[2]).isCloseTo(1f / 6, within(1e-5f));
    }
}
