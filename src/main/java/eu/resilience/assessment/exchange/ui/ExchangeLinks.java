package eu.resilience.assessment.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.resilience.assessment.base.ui.AnsweringLinks;
import eu.resilience.assessment.exchange.Download;
import eu.resilience.assessment.exchange.ExchangeService;
import java.io.OutputStream;
import java.util.Locale;
import java.util.function.Supplier;

/** The links and the upload button of answering offline, shown by the assessment and catalogue screens. */
@org.springframework.stereotype.Component
class ExchangeLinks implements AnsweringLinks {

    private final ExchangeService exchange;

    ExchangeLinks(ExchangeService exchange) {
        this.exchange = exchange;
    }

    @Override
    public Component forAssessment(long assessmentId, boolean answerable, boolean compact) {
        Locale locale = locale();
        Anchor download = link(
                "download-answering-" + assessmentId,
                "exchange.download",
                () -> exchange.answeringWorkbook(assessmentId, locale));
        HorizontalLayout row = new HorizontalLayout(download);
        row.addClassName("ra-actions"); // wraps on a phone
        row.setSpacing(true);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (compact) {
            String name = download.getText();
            download.setText("");
            download.add(VaadinIcon.DOWNLOAD.create());
            download.setTitle(name);
            download.getElement().setAttribute("aria-label", name);
        }
        if (answerable) {
            String name = download.getTranslation("exchange.upload");
            Button upload =
                    compact ? new Button(VaadinIcon.UPLOAD.create()) : new Button(name, VaadinIcon.UPLOAD.create());
            if (compact) {
                upload.setTooltipText(name);
                upload.setAriaLabel(name);
            }
            upload.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            upload.setId("upload-answering-" + assessmentId);
            upload.addClickListener(click -> new UploadDialog(exchange, assessmentId, locale).open());
            row.add(upload);
        }
        return row;
    }

    @Override
    public Component forQuestionnaire(String questionnaireId, String version) {
        Locale locale = locale();
        String id = questionnaireId + "-" + version.replace('.', '-');
        Anchor workbook = link(
                "blank-xlsx-" + id,
                "exchange.blank.xlsx",
                () -> exchange.blankWorkbook(questionnaireId, version, locale));
        Anchor pdf = link(
                "blank-pdf-" + id, "exchange.blank.pdf", () -> exchange.blankPdf(questionnaireId, version, locale));
        HorizontalLayout row = new HorizontalLayout(workbook, pdf);
        row.setSpacing(false);
        row.addClassName(LumoUtility.Gap.SMALL);
        // the catalogue's row opens the questionnaire on click: a download link does not
        for (Anchor anchor : new Anchor[] {workbook, pdf}) {
            // short in the list ("xlsx", "PDF"), named in full for tooltips and screen readers
            String name = anchor.getText();
            anchor.setTitle(name);
            anchor.getElement().setAttribute("aria-label", name);
            anchor.setText(anchor == workbook ? "xlsx" : "PDF");
            anchor.getElement().addEventListener("click", ignored -> {}).addEventData("event.stopPropagation()");
        }
        return row;
    }

    @Override
    public Component blankPdf(String questionnaireId, String version) {
        Locale locale = locale();
        Anchor pdf = link(
                "blank-print-" + questionnaireId + "-" + version.replace('.', '-'),
                "exchange.blank.print",
                () -> exchange.blankPdf(questionnaireId, version, locale));
        return pdf;
    }

    private static Locale locale() {
        return UI.getCurrent() == null ? Locale.ENGLISH : UI.getCurrent().getLocale();
    }

    private static Anchor link(String id, String textKey, Supplier<Download> producer) {
        DownloadHandler handler = event -> {
            Download download = producer.get();
            event.setFileName(download.fileName());
            event.setContentType(download.contentType());
            event.setContentLength(download.content().length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(download.content());
            }
        };
        Anchor anchor = new Anchor(handler, "");
        anchor.setText(anchor.getTranslation(textKey));
        anchor.setId(id);
        anchor.getElement().getThemeList().add("badge");
        return anchor;
    }
}
