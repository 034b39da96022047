package eu.resilience.assessment.report.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.resilience.assessment.base.ui.ReportLinks;
import eu.resilience.assessment.report.Report;
import eu.resilience.assessment.report.ReportService;
import eu.resilience.assessment.report.Tlp;
import java.io.OutputStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/** The report download links the results and benchmark screens show; each download is produced on request. */
@org.springframework.stereotype.Component
class DownloadLinks implements ReportLinks {

    private final ReportService reports;

    DownloadLinks(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public Component forAssessment(long assessmentId) {
        Locale locale =
                UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
        AtomicReference<Tlp> chosen = new AtomicReference<>(ReportService.DEFAULT_COMPANY_TLP);
        Select<Tlp> tlp = tlpSelect(chosen, "report-tlp");
        Anchor pdf = link(
                "download-company-pdf",
                "report.download.company-pdf",
                label -> reports.companyPdf(assessmentId, chosen.get(), locale));
        Anchor workbook = link(
                "download-company-xlsx",
                "report.download.company-xlsx",
                label -> reports.companyWorkbook(assessmentId, chosen.get(), locale));
        Anchor docx = link(
                "download-company-docx",
                "report.download.company-docx",
                label -> reports.companyDocx(assessmentId, chosen.get(), locale));
        return row("company-reports", tlp, pdf, workbook, docx);
    }

    @Override
    public Component forPlan() {
        Locale locale =
                UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
        AtomicReference<Tlp> chosen = new AtomicReference<>(ReportService.DEFAULT_COMPANY_TLP);
        Select<Tlp> tlp = tlpSelect(chosen, "plan-tlp");
        Anchor workbook = link(
                "download-plan-xlsx", "report.download.plan-xlsx", label -> reports.planWorkbook(chosen.get(), locale));
        Anchor docx = link(
                "download-plan-docx", "report.download.plan-docx", label -> reports.planDocx(chosen.get(), locale));
        return row("plan-reports", tlp, workbook, docx);
    }

    @Override
    public Component forCampaign(long campaignId, long releaseId) {
        Locale locale =
                UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
        AtomicReference<Tlp> chosen = new AtomicReference<>(ReportService.DEFAULT_PARTNERSHIP_TLP);
        Select<Tlp> tlp = tlpSelect(chosen, "benchmark-report-tlp");
        Anchor pdf = link(
                "download-benchmark-pdf",
                "report.download.benchmark-pdf",
                label -> reports.partnershipPdf(releaseId, chosen.get(), locale));
        Anchor workbook = link(
                "download-benchmark-xlsx",
                "report.download.benchmark-xlsx",
                label -> reports.partnershipWorkbook(releaseId, chosen.get(), locale));
        HorizontalLayout reportsRow = row("benchmark-reports", tlp, pdf, workbook);
        var layout =
                new com.vaadin.flow.component.orderedlayout.VerticalLayout(reportsRow, dataExport(campaignId, locale));
        layout.setPadding(false);
        return layout;
    }

    /**
     * The full data export: produced in the background on request, with its progress shown (the UI polls), then offered
     * as a download of the produced file.
     */
    private Component dataExport(long campaignId, Locale locale) {
        com.vaadin.flow.component.button.Button prepare = new com.vaadin.flow.component.button.Button();
        prepare.setText(prepare.getTranslation("report.data.prepare"));
        prepare.setId("prepare-data-export");
        com.vaadin.flow.component.progressbar.ProgressBar bar = new com.vaadin.flow.component.progressbar.ProgressBar();
        bar.setVisible(false);
        bar.addClassName("ra-export-progress");
        bar.setId("data-export-progress");
        bar.getElement().setAttribute("aria-label", bar.getTranslation("report.data.progress.label"));
        Span status = new Span();
        status.setId("data-export-status");
        HorizontalLayout layout = new HorizontalLayout(prepare, bar, status);
        layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        layout.setId("data-export");
        prepare.addClickListener(click -> {
            UI ui = UI.getCurrent();
            long total;
            String fileName;
            try {
                total = Math.max(1, reports.dataExportSize(campaignId));
                fileName = reports.dataExportFileName(campaignId);
            } catch (eu.resilience.assessment.benchmark.DisclosureException refused) {
                status.setText(status.getTranslation(refused.messageKey(), refused.arguments()));
                return;
            }
            prepare.setEnabled(false);
            bar.setVisible(true);
            bar.setValue(0);
            ui.setPollInterval(500);
            Runnable task = new org.springframework.security.concurrent.DelegatingSecurityContextRunnable(() -> {
                try {
                    java.io.File file = java.io.File.createTempFile("data-export-", ".xlsx");
                    file.deleteOnExit();
                    long rows;
                    try (OutputStream out = new java.io.BufferedOutputStream(new java.io.FileOutputStream(file))) {
                        rows = reports.dataExport(
                                campaignId,
                                locale,
                                out,
                                written -> ui.access(() -> {
                                    bar.setValue(Math.min(1.0, written / (double) total));
                                    status.setText(status.getTranslation("report.data.progress", written, total));
                                }));
                    }
                    long done = rows;
                    ui.access(() -> {
                        ui.setPollInterval(-1);
                        bar.setValue(1);
                        status.setText(status.getTranslation("report.data.ready", done));
                        Anchor download = new Anchor(DownloadHandler.forFile(file, fileName), "");
                        download.setText(download.getTranslation("report.download.data"));
                        download.setId("download-data-export");
                        download.getElement().getThemeList().add("badge");
                        layout.add(download);
                        download.addDetachListener(detach -> file.delete());
                    });
                } catch (java.io.IOException | RuntimeException e) {
                    ui.access(() -> {
                        ui.setPollInterval(-1);
                        prepare.setEnabled(true);
                        status.setText(String.valueOf(e.getMessage()));
                    });
                }
            });
            Thread thread = new Thread(task, "data-export-" + campaignId);
            thread.setDaemon(true);
            thread.start();
        });
        return layout;
    }

    private static Select<Tlp> tlpSelect(AtomicReference<Tlp> chosen, String id) {
        Select<Tlp> tlp = new Select<>();
        tlp.setId(id);
        tlp.addClassName("ra-tlp");
        tlp.setLabel(tlp.getTranslation("report.tlp"));
        tlp.setItems(Tlp.values());
        tlp.setItemLabelGenerator(Tlp::label);
        tlp.setValue(chosen.get());
        tlp.addValueChangeListener(event -> chosen.set(event.getValue() == null ? chosen.get() : event.getValue()));
        return tlp;
    }

    private static Anchor link(String id, String textKey, Function<String, Report> producer) {
        DownloadHandler handler = event -> {
            Report report = producer.apply(id);
            event.setFileName(report.fileName());
            event.setContentType(report.contentType());
            event.setContentLength(report.content().length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(report.content());
            }
        };
        Anchor anchor = new Anchor(handler, "");
        anchor.setText(anchor.getTranslation(textKey));
        anchor.setId(id);
        anchor.getElement().getThemeList().add("badge");
        return anchor;
    }

    private static HorizontalLayout row(String id, Component... components) {
        Span title = new Span();
        HorizontalLayout row = new HorizontalLayout(components);
        row.setId(id);
        // wraps on a phone, not printed (the theme)
        row.addClassName("ra-downloads");
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.addComponentAsFirst(title);
        title.setText(title.getTranslation("report.downloads"));
        title.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        return row;
    }
}
