package eu.resilience.assessment.report;

import eu.resilience.assessment.plan.PlanEntry;
import java.time.LocalDate;
import java.util.List;

/** The improvement plan of an organization as a report shows it. */
public record PlanReportData(String organizationName, List<PlanEntry> plan, Tlp tlp, LocalDate date, Texts texts) {

    /** The organization and "plan": see {@link FileNames}. */
    public String fileName(String extension) {
        return FileNames.of(List.of(organizationName, "plan"), date, extension);
    }
}
