package eu.resilience.assessment.report;

import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.assessment.Results;
import eu.resilience.assessment.assessment.SnapshotReader.CampaignRef;
import eu.resilience.assessment.assessment.SubmittedAnswers;
import eu.resilience.assessment.benchmark.BenchmarkService;
import eu.resilience.assessment.benchmark.DisclosureException;
import eu.resilience.assessment.benchmark.Heatmap;
import eu.resilience.assessment.benchmark.Microdata;
import eu.resilience.assessment.benchmark.OperatorBenchmark;
import eu.resilience.assessment.organization.OrganizationService;
import eu.resilience.assessment.plan.PlanService;
import eu.resilience.assessment.plan.TargetService;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.QuestionnaireService;
import eu.resilience.assessment.questionnaire.ScaleOption;
import eu.resilience.assessment.report.docx.CompanyDocx;
import eu.resilience.assessment.report.docx.PlanDocx;
import eu.resilience.assessment.report.excel.CompanyWorkbook;
import eu.resilience.assessment.report.excel.DataExport;
import eu.resilience.assessment.report.excel.PartnershipWorkbook;
import eu.resilience.assessment.report.excel.PlanSheets;
import eu.resilience.assessment.report.pdf.CompanyPdf;
import eu.resilience.assessment.report.pdf.PartnershipPdf;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TargetService targets;
    private final PlanService plans;
    /** The figures of a report are read in one read-only transaction... */
    private final TransactionTemplate reading;
    /** ...the document is rendered outside any transaction, and its export audited in a short one. */
    private final TransactionTemplate writing;

    ReportService(
            AssessmentService assessments,
            BenchmarkService benchmarks,
            OrganizationService organizations,
            CampaignService campaigns,
            QuestionnaireService questionnaires,
            SubmittedAnswers submittedAnswers,
            ApplicationEventPublisher events,
            Clock clock,
            TargetService targets,
            PlanService plans,
            PlatformTransactionManager transactions) {
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.targets = targets;
        this.plans = plans;
        this.assessments = assessments;
        this.benchmarks = benchmarks;
        this.organizations = organizations;
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.submittedAnswers = submittedAnswers;
        this.events = events;
        this.clock = clock;
    }

    /** The company report (PDF) of one of the user's organization's assessments. */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    public Report companyPdf(long assessmentId, Tlp tlp, Locale locale) {
        CompanyReportData data = reading.execute(status -> companyData(assessmentId, tlp, locale));
        Report report = new Report(data.fileName("report", "pdf"), Report.PDF, CompanyPdf.write(data));
        writing.executeWithoutResult(status -> recordExport("company-pdf", assessmentId, data));
        return report;
    }

    /** The company workbook (xlsx) of one of the user's organization's assessments. */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    public Report companyWorkbook(long assessmentId, Tlp tlp, Locale locale) {
        CompanyReportData data = reading.execute(status -> companyData(assessmentId, tlp, locale));
        Report report = new Report(data.fileName("workbook", "xlsx"), Report.XLSX, CompanyWorkbook.write(data));
        writing.executeWithoutResult(status -> recordExport("company-xlsx", assessmentId, data));
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
                new Texts(locale),
                targets.gapFor(results).orElse(null),
                plans.myPlan(locale));
    }

    /** The company report as an editable Word document (DOCX), with the content of the PDF. */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    public Report companyDocx(long assessmentId, Tlp tlp, Locale locale) {
        CompanyReportData data = reading.execute(status -> companyData(assessmentId, tlp, locale));
        Report report = new Report(data.fileName("report", "docx"), Report.DOCX, CompanyDocx.write(data));
        writing.executeWithoutResult(status -> recordExport("company-docx", assessmentId, data));
        return report;
    }

    /** The organization's improvement plan as a workbook (xlsx). */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    public Report planWorkbook(Tlp tlp, Locale locale) {
        PlanReportData data = reading.execute(status -> planData(tlp, locale));
        Report report = new Report(data.fileName("xlsx"), Report.XLSX, PlanSheets.planWorkbook(data));
        writing.executeWithoutResult(status -> recordPlanExport("plan-xlsx", data));
        return report;
    }

    /** The organization's improvement plan as an editable Word document (DOCX). */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    public Report planDocx(Tlp tlp, Locale locale) {
        PlanReportData data = reading.execute(status -> planData(tlp, locale));
        Report report = new Report(data.fileName("docx"), Report.DOCX, PlanDocx.write(data));
        writing.executeWithoutResult(status -> recordPlanExport("plan-docx", data));
        return report;
    }

    private PlanReportData planData(Tlp tlp, Locale locale) {
        return new PlanReportData(
                organizations.myOrganization().name(),
                plans.myPlan(locale),
                tlp == null ? DEFAULT_COMPANY_TLP : tlp,
                LocalDate.now(clock),
                new Texts(locale));
    }

    private void recordPlanExport(String kind, PlanReportData data) {
        Long organizationId = organizations.myOrganization().id();
        events.publishEvent(new ReportExported(
                ReportExported.Subject.PLAN,
                organizationId,
                organizationId,
                kind,
                data.tlp().label() + " " + data.plan().size() + " items"));
    }

    /** The partnership benchmark report (PDF) of a published benchmark release, for partnership leads. */
    @PreAuthorize("hasRole('LEAD')")
    public Report partnershipPdf(long releaseId, Tlp tlp, Locale locale) {
        PartnershipReportData data = reading.execute(status -> partnershipData(releaseId, tlp, locale));
        Report report = new Report(data.fileName("benchmark-report", "pdf"), Report.PDF, PartnershipPdf.write(data));
        writing.executeWithoutResult(status -> recordCampaignExport("benchmark-pdf", data));
        return report;
    }

    /** The partnership benchmark workbook (xlsx) of a published benchmark release, for partnership leads. */
    @PreAuthorize("hasRole('LEAD')")
    public Report partnershipWorkbook(long releaseId, Tlp tlp, Locale locale) {
        PartnershipReportData data = reading.execute(status -> partnershipData(releaseId, tlp, locale));
        Report report =
                new Report(data.fileName("benchmark-workbook", "xlsx"), Report.XLSX, PartnershipWorkbook.write(data));
        writing.executeWithoutResult(status -> recordCampaignExport("benchmark-xlsx", data));
        return report;
    }

    private PartnershipReportData partnershipData(long releaseId, Tlp tlp, Locale locale) {
        Heatmap heatmap;
        try {
            heatmap = benchmarks.heatmap(releaseId);
        } catch (DisclosureException notFound) {
            throw new ReportException.NotFound();
        }
        CampaignRef campaign = heatmap.campaign();
        Questionnaire questionnaire = questionnaires
                .find(campaign.questionnaireId(), campaign.questionnaireVersion())
                .orElse(null);
        return new PartnershipReportData(
                campaign,
                questionnaire,
                campaigns.participation(campaign.id()),
                heatmap,
                benchmarks.trend(releaseId),
                benchmarks.k(),
                tlp == null ? DEFAULT_PARTNERSHIP_TLP : tlp,
                LocalDate.now(clock),
                new Texts(locale));
    }

    /**
     * The full data export of a campaign for partnership leads: the records the benchmark service's disclosure gate
     * allows (see {@link Microdata}: the campaign's final release, pseudonyms drawn for this export alone, generalised
     * sectors, unconditional practices only for unnamed records), written as a stream (SXSSF) to {@code out}, with a
     * sheet that says what was left out and why; {@code progress} hears the rows written every {@value
     * #PROGRESS_EVERY} rows and at the end. Returns the number of rows.
     */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional(readOnly = true)
    public long dataExport(long campaignId, Locale locale, OutputStream out, LongConsumer progress) {
        Microdata microdata = benchmarks.microdata(campaignId);
        CampaignRef campaign = microdata.campaign();
        Texts t = new Texts(locale);
        Questionnaire questionnaire = questionnaires
                .find(campaign.questionnaireId(), campaign.questionnaireVersion())
                .orElse(null);
        Map<Long, Microdata.Record> records = new LinkedHashMap<>();
        microdata.records().forEach(r -> records.put(r.assessmentId(), r));
        try (DataExport export = new DataExport(
                t.get("report.sheet.answers"),
                t.get("report.column.organization-code"),
                t.get("campaigns.organization"),
                t.get("report.column.sector-code"),
                t.get("campaigns.sector"),
                t.get("questionnaire.domain"),
                t.get("report.column.domain-title"),
                t.get("report.practice"),
                t.get("report.column.practice-text"),
                t.get("report.column.practice-level"),
                t.get("report.column.option"),
                t.get("report.answer"),
                t.get("report.column.answer-value"),
                t.get("report.answer.na"),
                t.get("report.evidence"),
                t.get("report.flagged"))) {
            submittedAnswers.forEachOf(new ArrayList<>(records.keySet()), row -> {
                Microdata.Record record = records.get(row.assessmentId());
                if (record.organizationName() == null
                        && !microdata.unnamedPractices().contains(row.practiceId())) {
                    return;
                }
                // codes for the machine, labels for the reader, so that the sheet pivots without a lookup
                Practice practice = questionnaire == null
                        ? null
                        : questionnaire.practice(row.practiceId()).orElse(null);
                ScaleOption option = practice == null || row.optionId() == null
                        ? null
                        : practice.scale().option(row.optionId()).orElse(null);
                export.row(r -> r.text(0, record.code())
                        .text(1, record.organizationName() == null ? "" : record.organizationName())
                        .text(2, record.sector())
                        .text(
                                3,
                                Microdata.OTHER_SECTORS.equals(record.sector())
                                        ? t.get("report.data.other-sectors")
                                        : t.get("sector." + record.sector()))
                        .text(4, practice == null ? "" : practice.domainId())
                        .text(
                                5,
                                practice == null
                                        ? ""
                                        : questionnaire
                                                .domain(practice.domainId())
                                                .map(d -> t.in(d.title()))
                                                .orElse(""))
                        .text(6, row.practiceId())
                        .text(7, practice == null ? "" : t.in(practice.text()))
                        .text(
                                8,
                                practice == null || practice.level() == null
                                        ? ""
                                        : questionnaire.levelName(practice.levelRank(), t.locale(), lowest -> lowest))
                        .text(9, row.optionId())
                        .text(10, option == null ? "" : t.in(option.label()))
                        .value(11, option == null ? null : option.value())
                        .bool(12, row.notApplicable())
                        .bool(13, row.evidenceAvailable())
                        .bool(14, row.flagged()));
                if (export.rows() % PROGRESS_EVERY == 0) {
                    progress.accept(export.rows());
                }
            });
            export.notes(
                    t.get("report.sheet.about"),
                    List.of(
                            t.get(
                                    "report.data.about.release",
                                    microdata.release().number(),
                                    campaign.name(),
                                    microdata.records().size()),
                            t.get("report.data.about.pseudonyms"),
                            t.get("report.data.about.sectors", benchmarks.k()),
                            t.get("report.data.about.practices"),
                            t.get("report.data.about.named"),
                            t.get("report.data.about.changed", microdata.leftOutChanged()),
                            t.get("report.data.about.small", microdata.leftOutSmallGroups()),
                            t.get("report.data.about.texts")));
            export.write(out, 15);
            progress.accept(export.rows());
            events.publishEvent(new ReportExported(
                    ReportExported.Subject.CAMPAIGN,
                    campaignId,
                    null,
                    "data-xlsx",
                    export.rows() + " rows, release " + microdata.release().number() + " of " + campaign.name()));
            return export.rows();
        }
    }

    /** About how many rows the full data export of a campaign will have (for its progress bar). */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional(readOnly = true)
    public long dataExportSize(long campaignId) {
        Microdata microdata = benchmarks.microdata(campaignId);
        Questionnaire questionnaire = questionnaires
                .find(
                        microdata.campaign().questionnaireId(),
                        microdata.campaign().questionnaireVersion())
                .orElse(null);
        long practices = questionnaire == null
                ? microdata.unnamedPractices().size()
                : questionnaire.domains().stream()
                        .mapToLong(d -> d.practices().size())
                        .sum();
        return microdata.records().size() * practices;
    }

    /** The file name of a campaign's full data export made today. */
    @PreAuthorize("hasRole('LEAD')")
    public String dataExportFileName(long campaignId) {
        return FileNames.of(List.of(campaign(campaignId).name(), "full-data"), LocalDate.now(clock), "xlsx");
    }

    private CampaignRef campaign(long campaignId) {
        return benchmarks.campaigns().stream()
                .filter(c -> c.id() == campaignId)
                .findFirst()
                .orElseThrow(() -> new ReportException.NotFound());
    }

    private void recordCampaignExport(String kind, PartnershipReportData data) {
        events.publishEvent(new ReportExported(
                ReportExported.Subject.CAMPAIGN,
                data.campaign().id(),
                null,
                kind,
                data.tlp().label() + " " + data.campaign().name()));
    }

    private void recordExport(String kind, long assessmentId, CompanyReportData data) {
        Long organizationId = organizations.myOrganization().id();
        events.publishEvent(new ReportExported(
                ReportExported.Subject.ASSESSMENT,
                assessmentId,
                organizationId,
                kind,
                data.tlp().label() + " " + data.work().campaignName()));
    }
}
