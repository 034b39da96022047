package eu.resilience.assessment.authoring.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.resilience.assessment.authoring.AuthoringException;
import eu.resilience.assessment.authoring.AuthoringService;
import eu.resilience.assessment.authoring.Problem;
import eu.resilience.assessment.exchange.Download;
import eu.resilience.assessment.exchange.ExchangeException;
import eu.resilience.assessment.exchange.ExchangeService;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.QuestionnaireService;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Authoring for administrators: download any loaded questionnaire as the authoring template; upload a filled template
 * or a framework library to write a draft questionnaire file. A refused file lists every problem with its place (sheet,
 * row, column; or node, field) and writes nothing; an accepted one lists the notes of the import.
 */
@Route("admin/authoring")
@Menu(order = 95, title = "nav.authoring")
@RolesAllowed("ADMIN")
public class AuthoringView extends VerticalLayout implements HasDynamicTitle {

    private final AuthoringService authoring;
    private final Span outcome = new Span();
    private final Grid<Problem> problems = new Grid<>();

    public AuthoringView(AuthoringService authoring, QuestionnaireService questionnaires) {
        this.authoring = authoring;
        add(new H2(getTranslation("authoring.title")));
        Paragraph intro = new Paragraph(getTranslation("authoring.intro"));
        intro.addClassName("ra-muted");
        add(intro);

        add(new H3(getTranslation("authoring.template.title")));
        Select<Questionnaire> questionnaire = new Select<>();
        questionnaire.setId("template-questionnaire");
        questionnaire.setLabel(getTranslation("authoring.template.questionnaire"));
        questionnaire.setItems(questionnaires.catalogue());
        questionnaire.setItemLabelGenerator(q -> q.title().in(getLocale()) + " " + q.version());
        questionnaire.addClassName("ra-template-questionnaire");
        Anchor download = new Anchor();
        download.setText(getTranslation("authoring.template.download"));
        download.setId("template-download");
        download.getElement().getThemeList().add("badge");
        // shown once a questionnaire is chosen (a disabled badge would be unreadable)
        download.setVisible(false);
        questionnaire.addValueChangeListener(change -> {
            Questionnaire chosen = change.getValue();
            download.setVisible(chosen != null);
            if (chosen != null) {
                download.setHref(handler(chosen.id(), chosen.version()));
            }
        });
        HorizontalLayout templateRow = new HorizontalLayout(questionnaire, download);
        templateRow.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(templateRow);

        add(new H3(getTranslation("authoring.import.title")));
        Paragraph importIntro = new Paragraph(getTranslation("authoring.import.intro"));
        importIntro.addClassName("ra-muted");
        add(importIntro);
        HorizontalLayout uploads = new HorizontalLayout(
                upload("workbook-upload", "authoring.import.workbook", authoring::importWorkbook, ".xlsx"),
                upload("library-upload", "authoring.import.library", authoring::importLibrary, ".yaml", ".yml"));
        uploads.setWrap(true);
        uploads.setWidthFull();
        add(uploads);

        outcome.setId("authoring-outcome");
        outcome.getElement().setAttribute("role", "status");
        outcome.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        problems.setId("authoring-problems");
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.addColumn(p -> p.sheet().isEmpty() ? p.node() : p.sheet())
                .setHeader(getTranslation("authoring.column.where"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(p -> p.row() > 0 ? String.valueOf(p.row()) : "")
                .setHeader(getTranslation("authoring.column.row"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(p -> p.sheet().isEmpty() ? p.field() : p.column())
                .setHeader(getTranslation("authoring.column.column"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(p -> getTranslation(p.messageKey(), p.argumentArray()))
                .setHeader(getTranslation("authoring.column.message"))
                .setFlexGrow(1);
        problems.setVisible(false);
        problems.setAllRowsVisible(true);
        add(outcome, problems);
    }

    private VerticalLayout upload(
            String id,
            String labelKey,
            BiFunction<String, byte[], AuthoringService.Imported> importer,
            String... types) {
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, data) -> {
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> {
                    imported(metadata.fileName(), data, importer);
                    // ready for the next file (one at a time); the outcome below says what became of this one
                    upload.clearFileList();
                    outcome.scrollIntoView();
                });
            }
        }));
        upload.setId(id);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ExchangeService.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(types);
        upload.addFileRejectedListener(rejected -> show(
                getTranslation("exchange.file.too-big", ExchangeService.MAX_FILE_BYTES / (1024 * 1024)), List.of()));
        Span label = new Span(getTranslation(labelKey));
        label.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        VerticalLayout box = new VerticalLayout(label, upload);
        box.setPadding(false);
        box.addClassName("ra-upload-box");
        return box;
    }

    /** Imports one file and shows what happened: the draft written and its notes, or every problem. */
    void imported(String fileName, byte[] data, BiFunction<String, byte[], AuthoringService.Imported> importer) {
        try {
            AuthoringService.Imported done = importer.apply(fileName, data);
            show(
                    getTranslation(
                            "authoring.written", done.fileName(), done.notes().size()),
                    done.notes());
            outcome.removeClassName("ra-error");
        } catch (AuthoringException refused) {
            show(getTranslation("authoring.refused", refused.problems().size()), refused.problems());
            outcome.addClassName("ra-error");
        } catch (ExchangeException refused) {
            show(getTranslation(refused.messageKey(), refused.arguments()), List.of());
            outcome.addClassName("ra-error");
        }
    }

    private void show(String message, List<Problem> found) {
        outcome.setText(message);
        problems.setItems(found);
        problems.setVisible(!found.isEmpty());
    }

    private DownloadHandler handler(String id, String version) {
        return event -> {
            Download download = authoring.template(id, version);
            event.setFileName(download.fileName());
            event.setContentType(download.contentType());
            event.setContentLength(download.content().length);
            try (OutputStream out = event.getOutputStream()) {
                out.write(download.content());
            }
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("authoring.title");
    }

    /** For tests: the import of a workbook, as the upload does it. */
    void importWorkbook(String fileName, byte[] data) {
        imported(fileName, data, authoring::importWorkbook);
    }

    /** For tests: the import of a framework library, as the upload does it. */
    void importLibrary(String fileName, byte[] data) {
        imported(fileName, data, authoring::importLibrary);
    }
}
