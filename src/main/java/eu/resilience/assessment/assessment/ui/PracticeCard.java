package eu.resilience.assessment.assessment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import eu.resilience.assessment.assessment.AnswerInput;
import eu.resilience.assessment.assessment.AnswerState;
import eu.resilience.assessment.assessment.AssessmentException;
import eu.resilience.assessment.base.ui.Markdown;
import eu.resilience.assessment.questionnaire.LocalizedText;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.ScaleOption;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One practice on the questionnaire screen: its options (radio buttons, keyboard operable), N/A with a justification,
 * guidance on demand, comment, evidence note and flag. Every change is saved at once; the card shows the saved state, and
 * a conflict with another respondent's edit instead of overwriting it.
 */
class PracticeCard extends Composite<Div> {

    static final String NOT_APPLICABLE = "na";

    /** Saves an answer; throws {@link AssessmentException} when refused. */
    interface Saver {
        AnswerState save(String practiceId, AnswerInput input, long expectedRevision);

        AnswerState reload(String practiceId);
    }

    private final Practice practice;
    private final Saver saver;
    private final Consumer<AnswerState> onSaved;
    private final Locale locale;

    private final RadioButtonGroup<String> options = new RadioButtonGroup<>();
    private final Div optionDescription = new Div();
    private final TextArea justification = new TextArea();
    private final TextArea comment = new TextArea();
    private final TextField evidenceNote = new TextField();
    private final Checkbox evidenceAvailable = new Checkbox();
    private final Checkbox flagged = new Checkbox();
    private final Span status = new Span();
    private final Div conflict = new Div();
    private final Div reconfirm = new Div();

    private long revision = -1;
    private boolean loading;

    PracticeCard(
            Practice practice,
            AnswerState answer,
            boolean readOnly,
            Locale locale,
            Saver saver,
            Consumer<AnswerState> onSaved) {
        this.practice = practice;
        this.saver = saver;
        this.onSaved = onSaved;
        this.locale = locale;
        Div card = getContent();
        card.addClassName("ra-card");
        card.setId("practice-" + practice.id());
        card.setWidthFull();

        Span id = new Span(practice.id());
        id.addClassName("ra-practice-id");
        HorizontalLayout head = new HorizontalLayout(id);
        head.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (practice.level() != null) {
            head.add(badge(practice.level().id()));
        }
        Paragraph text = new Paragraph(practice.text().in(locale));
        text.addClassName("ra-practice-text");

        List<String> items = new ArrayList<>(
                practice.scale().options().stream().map(ScaleOption::id).toList());
        if (practice.naAllowed()) {
            items.add(NOT_APPLICABLE);
        }
        options.setItems(items);
        options.setItemLabelGenerator(this::label);
        options.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        options.setAriaLabel(practice.id() + " " + practice.text().in(locale));
        options.addValueChangeListener(e -> {
            showOptionDescription();
            justification.setVisible(NOT_APPLICABLE.equals(e.getValue()));
            if (e.isFromClient()) {
                save();
            }
        });
        optionDescription.addClassName("ra-muted");

        justification.setLabel(getTranslation("card.na-justification"));
        justification.setRequiredIndicatorVisible(true);
        justification.setMaxLength(AnswerInput.MAX_JUSTIFICATION);
        justification.setWidthFull();
        justification.setVisible(false);
        lazy(justification);

        Details guidance = new Details(getTranslation("card.guidance"));
        guidance.addClassName("ra-guidance-details");
        if (!practice.guidance().isEmpty()) {
            guidance.add(Markdown.render(practice.guidance().in(locale)));
        }
        if (!practice.evidenceHints().isEmpty()) {
            guidance.add(line(
                    getTranslation("card.evidence-hints"),
                    String.join(
                            "; ",
                            practice.evidenceHints().stream()
                                    .map(h -> h.in(locale))
                                    .toList())));
        }
        if (!practice.references().isEmpty()) {
            guidance.add(line(getTranslation("card.references"), references()));
        }

        comment.setLabel(getTranslation("card.comment"));
        comment.setMaxLength(AnswerInput.MAX_TEXT);
        comment.setWidthFull();
        lazy(comment);
        evidenceNote.setLabel(getTranslation("card.evidence-note"));
        evidenceNote.setMaxLength(AnswerInput.MAX_TEXT);
        evidenceNote.setWidthFull();
        lazy(evidenceNote);
        evidenceAvailable.setLabel(getTranslation("card.evidence-available"));
        evidenceAvailable.addValueChangeListener(e -> saveIfFromClient(e.isFromClient()));
        flagged.setLabel(getTranslation("card.flag"));
        flagged.addValueChangeListener(e -> saveIfFromClient(e.isFromClient()));
        HorizontalLayout checks = new HorizontalLayout(evidenceAvailable, flagged);

        status.addClassName("ra-muted");
        status.setId("status-" + practice.id());
        conflict.addClassName("ra-conflict");
        conflict.setVisible(false);
        reconfirm.addClassName("ra-reconfirm");
        reconfirm.setVisible(false);

        card.add(
                head,
                text,
                reconfirm,
                options,
                optionDescription,
                justification,
                guidance,
                comment,
                evidenceNote,
                checks,
                conflict,
                status);
        show(answer);
        if (readOnly) {
            options.setReadOnly(true);
            justification.setReadOnly(true);
            comment.setReadOnly(true);
            evidenceNote.setReadOnly(true);
            evidenceAvailable.setReadOnly(true);
            flagged.setReadOnly(true);
        }
    }

    String practiceId() {
        return practice.id();
    }

    private String label(String optionId) {
        if (NOT_APPLICABLE.equals(optionId)) {
            return getTranslation("card.not-applicable");
        }
        return practice.scale().option(optionId).map(o -> o.label().in(locale)).orElse(optionId);
    }

    private void showOptionDescription() {
        LocalizedText description = options.getValue() == null || NOT_APPLICABLE.equals(options.getValue())
                ? LocalizedText.EMPTY
                : practice.scale()
                        .option(options.getValue())
                        .map(ScaleOption::description)
                        .orElse(LocalizedText.EMPTY);
        optionDescription.setText(description.in(locale));
        optionDescription.setVisible(!description.isEmpty());
    }

    private void lazy(com.vaadin.flow.component.textfield.TextFieldBase<?, String> field) {
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(700);
        field.addValueChangeListener(e -> saveIfFromClient(e.isFromClient()));
    }

    private void saveIfFromClient(boolean fromClient) {
        if (fromClient && !loading) {
            save();
        }
    }

    /** The answer as the inputs show it. */
    AnswerInput input() {
        String value = options.getValue();
        boolean na = NOT_APPLICABLE.equals(value);
        return new AnswerInput(
                na ? null : value,
                na,
                na ? blankToNull(justification.getValue()) : null,
                blankToNull(comment.getValue()),
                blankToNull(evidenceNote.getValue()),
                evidenceAvailable.getValue(),
                flagged.getValue());
    }

    private void save() {
        save(input(), revision);
    }

    private void save(AnswerInput input, long expectedRevision) {
        status.setText(getTranslation("card.saving"));
        try {
            AnswerState saved = saver.save(practice.id(), input, expectedRevision);
            revision = saved.revision();
            conflict.setVisible(false);
            reconfirm.setVisible(false);
            showSaved(saved);
            onSaved.accept(saved);
        } catch (AssessmentException.StaleAnswer stale) {
            showConflict(input, stale.current() != null ? stale.current() : saver.reload(practice.id()));
        } catch (AssessmentException refused) {
            status.setText(getTranslation("card.not-saved", getTranslation(refused.messageKey(), refused.arguments())));
            status.getElement().setAttribute("data-state", "error");
        }
    }

    private void showConflict(AnswerInput mine, AnswerState theirs) {
        conflict.removeAll();
        String who = theirs == null ? "?" : theirs.updatedBy();
        String what = theirs == null ? "" : describe(theirs);
        conflict.add(new Paragraph(getTranslation("card.conflict", who, time(theirs), what)));
        Button useTheirs = new Button(getTranslation("card.conflict.theirs"), click -> {
            show(theirs);
            conflict.setVisible(false);
            if (theirs != null) {
                onSaved.accept(theirs);
            }
        });
        useTheirs.setId("theirs-" + practice.id());
        Button keepMine = new Button(
                getTranslation("card.conflict.mine"), click -> save(mine, theirs == null ? -1 : theirs.revision()));
        keepMine.setId("mine-" + practice.id());
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        conflict.add(new HorizontalLayout(useTheirs, keepMine));
        conflict.setVisible(true);
        status.setText(getTranslation("card.conflict.status"));
        status.getElement().setAttribute("data-state", "conflict");
    }

    private String describe(AnswerState answer) {
        if (answer.notApplicable()) {
            return getTranslation("card.not-applicable");
        }
        return answer.optionId() == null ? getTranslation("card.unanswered") : label(answer.optionId());
    }

    /** Shows a stored answer in the inputs without saving it again. */
    private void show(AnswerState answer) {
        loading = true;
        try {
            revision = answer == null ? -1 : answer.revision();
            options.setValue(answer == null ? null : answer.notApplicable() ? NOT_APPLICABLE : answer.optionId());
            justification.setVisible(answer != null && answer.notApplicable());
            justification.setValue(answer == null || answer.naJustification() == null ? "" : answer.naJustification());
            comment.setValue(answer == null || answer.comment() == null ? "" : answer.comment());
            evidenceNote.setValue(answer == null || answer.evidenceNote() == null ? "" : answer.evidenceNote());
            evidenceAvailable.setValue(answer != null && answer.evidenceAvailable());
            flagged.setValue(answer != null && answer.flagged());
            showOptionDescription();
            if (answer != null && answer.toReconfirm()) {
                reconfirm.removeAll();
                Button confirm = new Button(getTranslation("card.reconfirm.button"), click -> save());
                confirm.setId("confirm-" + practice.id());
                confirm.addThemeVariants(ButtonVariant.LUMO_SMALL);
                reconfirm.add(new Span(getTranslation("card.reconfirm")), confirm);
                reconfirm.setVisible(true);
            }
            if (answer == null) {
                status.setText(getTranslation("card.unanswered"));
            } else {
                showSaved(answer);
            }
        } finally {
            loading = false;
        }
    }

    private void showSaved(AnswerState saved) {
        status.setText(getTranslation("card.saved", saved.updatedBy(), time(saved)));
        status.getElement().setAttribute("data-state", "saved");
    }

    private String time(AnswerState answer) {
        if (answer == null || answer.updatedAt() == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZoneId.systemDefault())
                .format(answer.updatedAt());
    }

    private String references() {
        List<String> parts = new ArrayList<>();
        if (!practice.references().nistCsf().isEmpty()) {
            parts.add("NIST CSF 2.0 " + String.join(", ", practice.references().nistCsf()));
        }
        if (!practice.references().iso27001().isEmpty()) {
            parts.add("ISO/IEC 27001:2022 "
                    + String.join(", ", practice.references().iso27001()));
        }
        if (!practice.references().nis2().isEmpty()) {
            parts.add("NIS2 Art. " + String.join(", ", practice.references().nis2()));
        }
        return String.join(" · ", parts);
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge contrast");
        return badge;
    }

    private static Div line(String label, String value) {
        Div line = new Div();
        Span name = new Span(label + ": ");
        name.getStyle().set("font-weight", "600");
        line.add(name, new Span(value));
        line.addClassName("ra-muted");
        return line;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
