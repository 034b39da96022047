package eu.resilience.assessment.report;

import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.assessment.Results;
import eu.resilience.assessment.assessment.SnapshotReader.CampaignRef;
import eu.resilience.assessment.assessment.SubmittedAnswers;
import eu.resilience.assessment.audit.AuditLog;
import eu.resilience.assessment.base.ui.Messages;
import eu.resilience.assessment.benchmark.BenchmarkService;
import eu.resilience.assessment.benchmark.OperatorBenchmark;
import eu.resilience.assessment.organization.OrganizationService;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.QuestionnaireService;
import eu.resilience.assessment.report.excel.CompanyWorkbook;
import eu.resilience.assessment.report.excel.DataExport;
import eu.resilience.assessment.report.excel.PartnershipWorkbook;
import eu.resilience.assessment.report.pdf.CompanyPdf;
import eu.resilience.assessment.report.pdf.PartnershipPdf;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.LongConsumer;
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

    public static final Tlp DEFAULT_PARTNERSHIP_TLP = Tlp.AMBER;

    static final int PROGRESS_EVERY = 5_000;

    private final AssessmentService assessments;
    private final BenchmarkService benchmarks;
    private final OrganizationService organizations;
    private final CampaignService campaigns;
    private final QuestionnaireService questionnaires;
    private final SubmittedAnswers submittedAnswers;
    private final Pseudonyms pseudonyms;
    private final AuditLog audit;
    private final Messages messages;
    private final Clock clock;

    ReportService(
            AssessmentService assessments,
            BenchmarkService benchmarks,
            OrganizationService organizations,
            CampaignService campaigns,
            QuestionnaireService questionnaires,
            SubmittedAnswers submittedAnswers,
            Pseudonyms pseudonyms,
            AuditLog audit,
            Messages messages,
            Clock clock) {
        this.assessments = assessments;
        this.benchmarks = benchmarks;
        this.organizations = organizations;
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.submittedAnswers = submittedAnswers;
        this.pseudonyms = pseudonyms;
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

    /** The partnership benchmark report (PDF) of a campaign, for partnership leads. */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional
    public Report partnershipPdf(long campaignId, Tlp tlp, Locale locale) {
        PartnershipReportData data = partnershipData(campaignId, tlp, locale);
        Report report = new Report(data.fileStem() + ".pdf", Report.PDF, PartnershipPdf.write(data));
        recordCampaignExport("benchmark-pdf", data);
        return report;
    }

    /** The partnership benchmark workbook (xlsx) of a campaign, for partnership leads. */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional
    public Report partnershipWorkbook(long campaignId, Tlp tlp, Locale locale) {
        PartnershipReportData data = partnershipData(campaignId, tlp, locale);
        Report report = new Report(data.fileStem() + ".xlsx", Report.XLSX, PartnershipWorkbook.write(data));
        recordCampaignExport("benchmark-xlsx", data);
        return report;
    }

    private PartnershipReportData partnershipData(long campaignId, Tlp tlp, Locale locale) {
        CampaignRef campaign = campaign(campaignId);
        Questionnaire questionnaire = questionnaires
                .find(campaign.questionnaireId(), campaign.questionnaireVersion())
                .orElse(null);
        return new PartnershipReportData(
                campaign,
                questionnaire,
                campaigns.participation(campaignId),
                benchmarks.heatmap(campaignId),
                benchmarks.trend(campaignId),
                benchmarks.k(),
                tlp == null ? DEFAULT_PARTNERSHIP_TLP : tlp,
                LocalDate.now(clock),
                new Texts(messages, locale));
    }

    /**
     * The full data export of a campaign for partnership leads: every submitted answer, with a pseudonymous code
     * instead of the organization, written as a stream (SXSSF) to {@code out}; {@code progress} hears the rows written
     * every {@value #PROGRESS_EVERY} rows and at the end. Returns the number of rows.
     */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional
    public long dataExport(long campaignId, Locale locale, OutputStream out, LongConsumer progress) {
        CampaignRef campaign = campaign(campaignId);
        Texts t = new Texts(messages, locale);
        try (DataExport export = new DataExport(
                t.get("report.sheet.answers"),
                t.get("report.column.organization-code"),
                t.get("campaigns.sector"),
                t.get("report.practice"),
                t.get("report.answer"),
                t.get("report.answer.na"),
                t.get("report.evidence"),
                t.get("report.flagged"))) {
            // rows come by organization: one code computed per organization
            long[] lastOrganization = {Long.MIN_VALUE};
            String[] lastCode = {null};
            submittedAnswers.forEach(campaignId, row -> {
                if (row.organizationId() != lastOrganization[0]) {
                    lastOrganization[0] = row.organizationId();
                    lastCode[0] = pseudonyms.code(row.organizationId());
                }
                export.row(r -> r.text(0, lastCode[0])
                        .text(1, row.sector())
                        .text(2, row.practiceId())
                        .text(3, row.optionId())
                        .bool(4, row.notApplicable())
                        .bool(5, row.evidenceAvailable())
                        .bool(6, row.flagged()));
                if (export.rows() % PROGRESS_EVERY == 0) {
                    progress.accept(export.rows());
                }
            });
            export.write(out, 7);
            progress.accept(export.rows());
            audit.record(
                    "EXPORT",
                    "campaign",
                    campaignId,
                    null,
                    "data-xlsx " + export.rows() + " rows " + campaign.name(),
                    null,
                    null);
            return export.rows();
        }
    }

    /** How many rows the full data export of a campaign will have. */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional(readOnly = true)
    public long dataExportSize(long campaignId) {
        return submittedAnswers.count(campaignId);
    }

    private CampaignRef campaign(long campaignId) {
        return benchmarks.campaigns().stream()
                .filter(c -> c.id() == campaignId)
                .findFirst()
                .orElseThrow(() -> new ReportException.NotFound());
    }

    private void recordCampaignExport(String kind, PartnershipReportData data) {
        audit.record(
                "EXPORT",
                "campaign",
                data.campaign().id(),
                null,
                kind + " " + data.tlp().label() + " " + data.campaign().name(),
                null,
                null);
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
