package eu.resilience.assessment.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Download names say whose report it is, which kind and which day, in characters every system keeps. */
class FileNamesTest {

    @Test
    void aCompanyReportIsNamedByOrganizationCampaignKindAndDay() {
        assertThat(FileNames.of(
                        List.of("Clinique des Alpes", "Baseline 2026 (été)", "report"),
                        LocalDate.of(2026, 12, 1),
                        "pdf"))
                .isEqualTo("clinique-des-alpes_baseline-2026-ete_report_2026-12-01.pdf");
    }

    @Test
    void nothingButLettersDigitsAndHyphensSurvives() {
        assertThat(FileNames.of(List.of("../../etc/passwd", "<b>", "full-data"), LocalDate.of(2026, 1, 2), "xlsx"))
                .isEqualTo("etc-passwd_b_full-data_2026-01-02.xlsx");
    }
}
