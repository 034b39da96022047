package eu.resilience.assessment.report;

import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.Results;
import eu.resilience.assessment.audit.AuditLog;
import eu.resilience.assessment.base.ui.Messages;
import eu.resilience.assessment.benchmark.BenchmarkService;
import eu.resilience.assessment.benchmark.OperatorBenchmark;
import eu.resilience.assessment.organization.OrganizationService;
import eu.resilience.assessment.report.excel.CompanyWorkbook;
import eu.resilience.assessment.report.pdf.CompanyPdf;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Produces the reports. Every figure comes from the assessment service (tenancy: another organization's assessment is
 * "not found") and the benchmark service (confidentiality: suppressed slices stay suppressed); every export is recorded
 * in the audit log with who, what and when.
 */
@Service
public class ReportService {

    /** The label a report carries unless the user picks another. */
    public static final Tlp DEFAULT_COMPANY_TLP = Tlp.AMBER_STRICT;

    private final AssessmentService assessments;
    private final BenchmarkService benchmarks;
    private final OrganizationService organizations;
    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;

    ReportService(
            AssessmentService assessments,
            BenchmarkService benchmarks,
            OrganizationService organizations,
            AuditLog audit,
            Messages messages,
            Clock clock) {
        this.assessments = assessments;
        this.benchmarks = benchmarks;
        this.organizations = organizations;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** The company report (PDF) of one of the user's organization's assessments. */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional
    public Report companyPdf(long assessmentId, Tlp tlp, Locale locale) {
        CompanyReportData data = companyData(assessmentId, tlp, locale);
        Report report = new Report(data.fileStem() + ".pdf", Report.PDF, CompanyPdf.write(data));
        recordExport("company-pdf", assessmentId, data);
        return report;
    }

    /** The company workbook (xlsx) of one of the user's organization's assessments. */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional
    public Report companyWorkbook(long assessmentId, Tlp tlp, Locale locale) {
        CompanyReportData data = companyData(assessmentId, tlp, locale);
        Report report = new Report(data.fileStem() + ".xlsx", Report.XLSX, CompanyWorkbook.write(data));
        recordExport("company-xlsx", assessmentId, data);
        return report;
    }

    private CompanyReportData companyData(long assessmentId, Tlp tlp, Locale locale) {
        Results results = assessments.results(assessmentId); // tenancy first: "not found" for another organization
        OperatorBenchmark benchmark = benchmarks.forAssessment(assessmentId);
        return new CompanyReportData(
                results,
                benchmark,
                tlp == null ? DEFAULT_COMPANY_TLP : tlp,
                LocalDate.now(clock),
                new Texts(messages, locale));
    }

    private void recordExport(String kind, long assessmentId, CompanyReportData data) {
        Long organizationId = organizations.myOrganization().getId();
        audit.record(
                "EXPORT",
                "assessment",
                assessmentId,
                organizationId,
                kind + " " + data.tlp().label() + " " + data.work().campaignName(),
                null,
                null);
    }
}
