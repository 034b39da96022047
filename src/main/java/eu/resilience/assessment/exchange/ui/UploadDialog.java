package eu.resilience.assessment.exchange.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import eu.resilience.assessment.assessment.AnswerState;
import eu.resilience.assessment.assessment.AssessmentException;
import eu.resilience.assessment.exchange.ExchangeException;
import eu.resilience.assessment.exchange.ExchangeService;
import eu.resilience.assessment.exchange.Preview;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Upload of a filled workbook: the preview first (changes old -> new, unchanged rows, conflicts with a choice, every
 * problem with its sheet and cell), then "Apply", which stores the changes in one transaction or nothing.
 */
class UploadDialog extends Dialog {

    private final ExchangeService exchange;
    private final long assessmentId;
    private final Locale locale;
    private final VerticalLayout result = new VerticalLayout();
    private final Span error = new Span();
    private final Set<String> takeFromFile = new HashSet<>();
    private Preview preview;

    UploadDialog(ExchangeService exchange, long assessmentId, Locale locale) {
        this.exchange = exchange;
        this.assessmentId = assessmentId;
        this.locale = locale;
        setId("upload-dialog");
        setHeaderTitle(getTranslation("exchange.upload.title"));
        addClassName("ra-dialog-xxl");
        Paragraph intro = new Paragraph(getTranslation("exchange.upload.intro"));
        intro.addClassName("ra-muted");
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            UI ui = UI.getCurrent();
            if (ui != null) {
                ui.access(() -> showPreview(metadata.fileName(), data));
            }
        }));
        upload.setId("workbook-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ExchangeService.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        upload.addFileRejectedListener(rejected ->
                showError(getTranslation("exchange.file.too-big", ExchangeService.MAX_FILE_BYTES / (1024 * 1024))));
        error.setId("upload-error");
        error.addClassName("ra-error");
        error.getElement().setAttribute("role", "alert");
        result.setPadding(false);
        result.setId("upload-preview");
        add(intro, upload, error, result);
        Button close = new Button(getTranslation("exchange.upload.close"), click -> close());
        close.setId("upload-close");
        getFooter().add(close);
    }

    /** Reads the file and shows what it would change; nothing is written. */
    void showPreview(String fileName, byte[] data) {
        result.removeAll();
        error.setText("");
        takeFromFile.clear();
        try {
            preview = exchange.preview(assessmentId, fileName, data, locale);
        } catch (ExchangeException refused) {
            showError(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        } catch (AssessmentException refused) {
            showError(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        Span summary = new Span(getTranslation(
                "exchange.preview.summary",
                preview.changes().size(),
                preview.unchanged(),
                preview.conflicts().size(),
                preview.problems().size()));
        summary.setId("preview-summary");
        summary.addClassName(com.vaadin.flow.theme.lumo.LumoUtility.FontWeight.SEMIBOLD);
        result.add(summary);
        if (!preview.changes().isEmpty()) {
            result.add(new H4(getTranslation("exchange.preview.changes")));
            Grid<Preview.Change> changes = new Grid<>();
            changes.setId("preview-changes");
            changes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            changes.addColumn(Preview.Change::practiceId)
                    .setHeader(getTranslation("exchange.column.id"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            changes.addColumn(Preview.Change::cell)
                    .setHeader(getTranslation("exchange.preview.cell"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            changes.addColumn(Preview.Change::before).setHeader(getTranslation("exchange.preview.before"));
            changes.addColumn(Preview.Change::after).setHeader(getTranslation("exchange.preview.after"));
            changes.setItems(preview.changes());
            changes.setAllRowsVisible(preview.changes().size() <= 12);
            result.add(changes);
        }
        if (!preview.conflicts().isEmpty()) {
            result.add(new H4(getTranslation("exchange.preview.conflicts")));
            for (Preview.Change conflict : preview.conflicts()) {
                result.add(conflictRow(conflict));
            }
        }
        if (!preview.problems().isEmpty()) {
            result.add(new H4(getTranslation("exchange.preview.problems")));
            Grid<Preview.Problem> problems = new Grid<>();
            problems.setId("preview-problems");
            problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
            problems.addColumn(Preview.Problem::sheet)
                    .setHeader(getTranslation("exchange.preview.sheet"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            problems.addColumn(Preview.Problem::cell)
                    .setHeader(getTranslation("exchange.preview.cell"))
                    .setAutoWidth(true)
                    .setFlexGrow(0);
            problems.addColumn(Preview.Problem::message).setHeader(getTranslation("exchange.preview.message"));
            problems.setItems(preview.problems());
            problems.setAllRowsVisible(preview.problems().size() <= 12);
            result.add(problems);
        }
        Button apply = new Button(getTranslation("exchange.apply"), click -> apply());
        apply.setId("apply-upload");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setEnabled(!preview.changes().isEmpty() || !preview.conflicts().isEmpty());
        Paragraph note = new Paragraph(getTranslation("exchange.apply.note"));
        note.addClassName("ra-muted");
        result.add(note, apply);
    }

    private Div conflictRow(Preview.Change conflict) {
        Div row = new Div();
        row.setId("conflict-" + conflict.practiceId());
        row.addClassName("ra-banner");
        Span what = new Span(getTranslation(
                "exchange.conflict", conflict.practiceId(), conflict.cell(), conflict.before(), conflict.after()));
        RadioButtonGroup<Boolean> choice = new RadioButtonGroup<>();
        choice.setId("choice-" + conflict.practiceId());
        choice.setItems(false, true);
        choice.setItemLabelGenerator(
                take -> getTranslation(take ? "exchange.conflict.take-file" : "exchange.conflict.keep-screen"));
        choice.setValue(false);
        choice.addValueChangeListener(event -> {
            if (Boolean.TRUE.equals(event.getValue())) {
                takeFromFile.add(conflict.practiceId());
            } else {
                takeFromFile.remove(conflict.practiceId());
            }
        });
        row.add(what, choice);
        return row;
    }

    private void apply() {
        try {
            List<AnswerState> saved = exchange.apply(preview, Set.copyOf(takeFromFile));
            Notification done = Notification.show(getTranslation("exchange.applied", saved.size()));
            done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
            UI.getCurrent().refreshCurrentRoute(false);
        } catch (AssessmentException.StaleAnswer stale) {
            showError(getTranslation("exchange.apply.stale"));
        } catch (AssessmentException refused) {
            showError(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void showError(String message) {
        error.setText(message);
    }

    Preview preview() {
        return preview;
    }
}
