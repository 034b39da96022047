package eu.resilience.assessment.assessment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import eu.resilience.assessment.assessment.AnswerInput;
import eu.resilience.assessment.assessment.AnswerState;
import eu.resilience.assessment.assessment.AssessmentException;
import eu.resilience.assessment.base.ui.HtmlText;
import eu.resilience.assessment.base.ui.Markdown;
import eu.resilience.assessment.questionnaire.LocalizedText;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.ScaleOption;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One practice on the questionnaire screen: its options (radio buttons, keyboard operable), N/A with a justification,
 * guidance on demand, comment, evidence note and flags. Every change is saved at once; the card shows the saved state,
 * a conflict with another respondent's edit instead of overwriting it, and a change that could not be stored as not
 * saved, with its choice kept and a retry. A domain of many practices opens fast and a card holds little in the
 * session (four state nodes): the options are one native radio group ({@link OptionGroup}) whose legend is the id,
 * level, title and text, the fold toggles (disclosure buttons) and the flag (a labelled native checkbox) one element's
 * HTML with one click and one change listener, the status one element. What is folded (guidance, comment and evidence)
 * is built when first opened, and what is shown only sometimes (option description, N/A justification,
 * re-confirmation, conflict, retry) when first needed.
 */
class PracticeCard extends Composite<Div> {

    static final String NOT_APPLICABLE = "na";

    private static final Logger log = LoggerFactory.getLogger(PracticeCard.class);

    /** Saves an answer; throws {@link AssessmentException} when refused. */
    interface Saver {
        AnswerState save(String practiceId, AnswerInput input, long expectedRevision);

        AnswerState reload(String practiceId);
    }

    private final Practice practice;
    private final Saver saver;
    private final Consumer<AnswerState> onSaved;
    private final Locale locale;
    private final boolean readOnly;

    private final OptionGroup options;
    /** The fold toggles and the flag: native elements as the HTML of one element, with delegated listeners. */
    private final Div tools = new Div();

    private final TextSpan status = new TextSpan();
    // what the tools show (applied to the browser's elements by a script while attached)
    private boolean guidanceOpen;
    private boolean notesOpen;
    private boolean flagShown;
    private String notesLabel = "";
    private String toolsApplied;
    // built when first needed (null until then)
    private Div guidance;
    private Div notes;
    private Div optionDescription;
    private Div justificationSlot;
    private Button retry;
    private ConflictPanel conflict;
    private Div reconfirm;
    private TextArea justification;
    private TextArea comment;
    private TextField evidenceNote;
    private Checkbox evidenceAvailable;

    /** The autosave state: the answer so far, its base and revision, whether the user is editing. */
    private final AnswerDraft draft = new AnswerDraft();

    private boolean loading;

    /** The campaign the carried-over answers come from. */
    private String originCampaign;

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
        this.readOnly = readOnly;
        Div card = getContent();
        card.addClassName("ra-card");
        card.setId("practice-" + practice.id());
        card.setWidthFull();

        // screen readers name the card by its id and text
        card.getElement().setAttribute("role", "group");
        card.getElement()
                .setAttribute("aria-labelledby", "practice-id-" + practice.id() + " practice-text-" + practice.id());

        // one native radio group (a fieldset with its legend and a labelled input per option), no component per option
        List<OptionGroup.Option> items = new ArrayList<>(practice.scale().options().stream()
                .map(option ->
                        new OptionGroup.Option(option.id(), option.label().in(locale)))
                .toList());
        if (practice.naAllowed()) {
            items.add(new OptionGroup.Option(NOT_APPLICABLE, getTranslation("card.not-applicable")));
        }
        // the practice's id, level, title and text are the group's legend: one element for all of it
        options = new OptionGroup("option-" + practice.id(), intro(practice, locale), items);
        options.setReadOnly(readOnly);
        options.addValueChangeListener(e -> {
            showOptionDescription();
            showJustification(NOT_APPLICABLE.equals(e.getValue()));
            if (e.isFromClient() && !loading) {
                // saved when the choice settles, not at every option the arrow keys pass over
                draft.choose(input -> NOT_APPLICABLE.equals(e.getValue())
                        ? input.withNotApplicable(input.naJustification())
                        : input.withOption(e.getValue()));
            }
        });
        ChoiceSettling.onSettled(options, () -> {
            if (draft.choicePending() && !readOnly) {
                save();
            }
        });

        tools.addClassName("ra-card-tools");
        // one listener for both fold toggles: the event says which (a click elsewhere is not sent)
        tools.getElement()
                .addEventListener("click", event -> toggle(event.getEventData().getString(FOLD)))
                .addEventData(FOLD)
                .setFilter(ON_FOLD);
        tools.getElement()
                .addEventListener("change", event -> flag(event.getEventData().getBoolean(CHECKED)))
                .addEventData(CHECKED)
                .setFilter(ON_FLAG);
        // the browser's elements follow the state: rendered on attach, then updated in place (the focus stays)
        tools.addAttachListener(attach -> {
            tools.getElement().setProperty("innerHTML", toolsHtml());
            toolsApplied = toolsState();
        });

        status.addClassName("ra-muted");
        status.addClassName("ra-status");
        status.setId("status-" + practice.id());
        // "Saved by X at T", a conflict or a failure is announced where it happens
        status.getElement().setAttribute("role", "status");

        card.add(options, tools, status);
        show(answer);
    }

    /** The event data of a click on the tools: the fold toggle's name, or null elsewhere. */
    static final String FOLD = "event.target.closest('[data-fold]')?.dataset.fold";

    /** The event data of a change on the tools: the flag's checked state. */
    static final String CHECKED = "event.target.checked";

    /** Only clicks on a fold toggle are sent. */
    static final String ON_FOLD = "!!event.target.closest('[data-fold]')";

    /** Only the flag's changes are sent. */
    static final String ON_FLAG = "event.target.type === 'checkbox'";

    private static final String APPLY_TOOLS =
            """
            const [g, n] = this.querySelectorAll('[data-fold]');
            const flag = this.querySelector('input[type=checkbox]');
            if (g) { g.setAttribute('aria-expanded', String($0)); }
            if (n) { n.setAttribute('aria-expanded', String($1)); n.textContent = $2; }
            if (flag) { flag.checked = $3; }
            """;

    /** The fold toggles (disclosure buttons) and the flag (a labelled native checkbox). */
    private String toolsHtml() {
        String id = HtmlText.escape(practice.id());
        return "<button type=\"button\" class=\"ra-fold-toggle\" data-fold=\"guidance\" id=\"guidance-toggle-" + id
                + "\" aria-expanded=\"" + guidanceOpen + "\" aria-controls=\"guidance-" + id + "\">"
                + HtmlText.escape(getTranslation("card.guidance"))
                + "</button><button type=\"button\" class=\"ra-fold-toggle\" data-fold=\"notes\" id=\"notes-toggle-"
                + id + "\" aria-expanded=\"" + notesOpen + "\" aria-controls=\"notes-" + id + "\">"
                + HtmlText.escape(notesLabel)
                + "</button><label class=\"ra-flag\"><input type=\"checkbox\" id=\"flag-" + id + "\""
                + (flagShown ? " checked" : "")
                + (readOnly ? " disabled" : "")
                + "><span>" + HtmlText.escape(getTranslation("card.flag")) + "</span></label>";
    }

    private void applyTools() {
        if (tools.isAttached() && !toolsState().equals(toolsApplied)) {
            tools.getElement().executeJs(APPLY_TOOLS, guidanceOpen, notesOpen, notesLabel, flagShown);
            toolsApplied = toolsState();
        }
    }

    private String toolsState() {
        return guidanceOpen + " " + notesOpen + " " + flagShown + " " + notesLabel;
    }

    /** A fold toggle was clicked (or pressed): opens or closes it, building its content when first opened. */
    private void toggle(String fold) {
        if ("guidance".equals(fold)) {
            guidanceOpen = !guidanceOpen;
            if (guidanceOpen && guidance == null) {
                fillGuidance();
            }
            if (guidance != null) {
                guidance.setVisible(guidanceOpen);
            }
        } else if ("notes".equals(fold)) {
            notesOpen = !notesOpen;
            if (notesOpen && notes == null) {
                fillNotes();
            }
            if (notes != null) {
                notes.setVisible(notesOpen);
            }
        } else {
            return;
        }
        applyTools();
    }

    /** The flag was ticked or cleared in the browser. */
    private void flag(boolean flagged) {
        flagShown = flagged;
        toolsApplied = toolsState(); // the browser shows it already
        if (!readOnly && !loading && flagged != draft.current().flagged()) {
            draft.edit(input -> input.withFlag(flagged));
            save();
        }
    }

    /** Whether the fold is open (for tests). */
    boolean isOpen(String fold) {
        return "guidance".equals(fold) ? guidanceOpen : notesOpen;
    }

    /** Whether the flag shows ticked (for tests). */
    boolean flagShown() {
        return flagShown;
    }

    /**
     * The practice's id, level, title and text: what never changes on the card, as HTML for the legend of its options
     * (phrasing content only).
     */
    private static String intro(Practice practice, Locale locale) {
        String id = HtmlText.escape(practice.id());
        StringBuilder html = new StringBuilder(
                        "<span class=\"ra-card-head\"><span class=\"ra-practice-id\" id=\"practice-id-")
                .append(id)
                .append("\">")
                .append(id)
                .append("</span>");
        if (practice.level() != null) {
            html.append("<span theme=\"badge contrast\">")
                    .append(HtmlText.escape(practice.level().id()))
                    .append("</span>");
        }
        if (!practice.title().isEmpty()) {
            html.append("<span class=\"ra-practice-title\">")
                    .append(HtmlText.escape(practice.title().in(locale)))
                    .append("</span>");
        }
        html.append("</span><span class=\"ra-practice-text\" id=\"practice-text-")
                .append(id)
                .append("\">")
                .append(HtmlText.escape(practice.text().in(locale)))
                .append("</span>");
        return html.toString();
    }

    /**
     * An answer a colleague saved on another screen: shown at once, unless the user is editing this card (typing, a
     * choice not settled, a change not saved, a conflict open); then a notice says so and the user's change is kept.
     * Its save then meets the colleague's revision and shows both versions (the conflict), so nothing is lost.
     */
    void savedElsewhere(AnswerState theirs) {
        if (!draft.isNewer(theirs)) {
            return;
        }
        if (editing()) {
            draft.holdBack(theirs);
            status.setText(getTranslation("card.changed-elsewhere", theirs.updatedBy(), time(theirs)));
            status.getElement().setAttribute("data-state", "changed-elsewhere");
            return;
        }
        draft.dropHeldBack();
        hideConflict();
        show(theirs);
    }

    private boolean editing() {
        return draft.editing(conflictOpen());
    }

    private boolean conflictOpen() {
        return conflict != null && conflict.isVisible();
    }

    /** Moves the focus to the card's options (the chosen one, else the first) and shows the card. */
    void focusOptions() {
        options.getElement()
                .executeJs("const i = this.querySelector('input:checked') || this.querySelector('input');"
                        + " this.scrollIntoView({block: 'center'}); if (i) { i.focus(); }");
    }

    String practiceId() {
        return practice.id();
    }

    /** The answer as the inputs show it. */
    AnswerInput input() {
        return draft.current();
    }

    private void fillGuidance() {
        Div content = new Div();
        content.addClassName("ra-fold-content");
        content.setId("guidance-" + practice.id());
        if (!practice.guidance().isEmpty()) {
            content.add(Markdown.render(practice.guidance().in(locale)));
        }
        if (!practice.evidenceHints().isEmpty()) {
            content.add(HtmlText.line(
                    getTranslation("card.evidence-hints"),
                    String.join(
                            "; ",
                            practice.evidenceHints().stream()
                                    .map(h -> h.in(locale))
                                    .toList())));
        }
        if (!practice.references().isEmpty()) {
            content.add(HtmlText.line(getTranslation("card.references"), ReferenceLine.of(practice.references())));
        }
        guidance = content;
        getContent().addComponentAtIndex(getContent().indexOf(tools) + 1, content);
    }

    /** Builds the comment and evidence inputs, on first opening. */
    private void fillNotes() {
        comment = new TextArea(getTranslation("card.comment"));
        comment.setMaxLength(AnswerInput.MAX_TEXT);
        comment.setWidthFull();
        evidenceNote = new TextField(getTranslation("card.evidence-note"));
        evidenceNote.setMaxLength(AnswerInput.MAX_TEXT);
        evidenceNote.setWidthFull();
        evidenceAvailable = new Checkbox(getTranslation("card.evidence-available"));
        showNotes();
        whenTyped(comment, text -> draft.edit(answer -> answer.withComment(text)));
        whenTyped(evidenceNote, text -> draft.edit(answer -> answer.withEvidence(text, answer.evidenceAvailable())));
        evidenceAvailable.addValueChangeListener(e -> {
            if (e.isFromClient() && !loading) {
                draft.edit(answer -> answer.withEvidence(answer.evidenceNote(), e.getValue()));
                save();
            }
        });
        comment.setReadOnly(readOnly);
        evidenceNote.setReadOnly(readOnly);
        evidenceAvailable.setReadOnly(readOnly);
        Div content = new Div(comment, evidenceNote, evidenceAvailable);
        content.addClassName("ra-fold-content");
        content.setId("notes-" + practice.id());
        notes = content;
        // below the guidance when both are open, as the toggles are ordered
        getContent().addComponentAtIndex(getContent().indexOf(guidance != null ? guidance : tools) + 1, content);
    }

    private void showJustification(boolean show) {
        if (!show && justificationSlot == null) {
            showMissingJustification();
            return;
        }
        if (justificationSlot == null) {
            justificationSlot = new Div();
            getContent().addComponentAtIndex(getContent().indexOf(tools), justificationSlot);
        }
        if (show && justification == null) {
            justification = new TextArea(getTranslation("card.na-justification"));
            justification.setRequiredIndicatorVisible(true);
            justification.setMaxLength(AnswerInput.MAX_JUSTIFICATION);
            justification.setWidthFull();
            justification.setReadOnly(readOnly);
            justification.setValue(nullToEmpty(draft.current().naJustification()));
            whenTyped(justification, text -> draft.edit(answer -> answer.withNotApplicable(text)));
            justificationSlot.add(justification);
        }
        justificationSlot.setVisible(show);
        showMissingJustification();
    }

    /** N/A without a justification is incomplete: the field says so at once, and so does the card. */
    private void showMissingJustification() {
        AnswerInput current = draft.current();
        boolean missing = current.notApplicable()
                && (current.naJustification() == null
                        || current.naJustification().isBlank());
        if (justification != null) {
            justification.setErrorMessage(missing ? getTranslation("card.na-missing") : null);
            justification.setInvalid(missing);
        }
        if (missing) {
            getContent().getElement().setAttribute("data-incomplete", "na-justification");
        } else {
            getContent().getElement().removeAttribute("data-incomplete");
        }
    }

    /** Names the campaign the carried-over answers come from, in the re-confirmation note. */
    void carriedOverFrom(String campaignName) {
        originCampaign = campaignName;
        if (draft.carriedOver() != null) {
            showReconfirm();
        }
    }

    private void showReconfirm() {
        if (reconfirm == null) {
            reconfirm = new Div();
            reconfirm.addClassName("ra-reconfirm");
            // below the options it is about (their legend is the practice)
            getContent().addComponentAtIndex(getContent().indexOf(options) + 1, reconfirm);
        }
        reconfirm.removeAll();
        Button confirm = new Button(getTranslation("card.reconfirm.button"), click -> save());
        confirm.setId("confirm-" + practice.id());
        confirm.addThemeVariants(ButtonVariant.LUMO_SMALL);
        confirm.setEnabled(!readOnly);
        AnswerState carriedOver = draft.carriedOver();
        String origin = carriedOver.originBy() == null || carriedOver.originAt() == null
                ? getTranslation("card.reconfirm")
                : getTranslation(
                        "card.reconfirm.origin",
                        originCampaign == null ? getTranslation("card.reconfirm.previous") : originCampaign,
                        carriedOver.originBy(),
                        java.time.LocalDate.ofInstant(carriedOver.originAt(), ZoneId.systemDefault()));
        Span note = new Span(origin);
        note.setId("origin-" + practice.id());
        reconfirm.add(note, confirm);
        reconfirm.setVisible(true);
        status.setText(getTranslation("card.reconfirm.status"));
        status.getElement().setAttribute("data-state", "to-reconfirm");
    }

    private void whenTyped(TextFieldBase<?, String> field, Consumer<String> apply) {
        field.addFocusListener(focus -> draft.typing(true));
        field.addBlurListener(blur -> {
            draft.typing(false);
            draft.releaseHeldBack(conflictOpen()).ifPresent(this::savedElsewhere);
        });
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(700);
        field.addValueChangeListener(e -> {
            if (e.isFromClient() && !loading) {
                apply.accept(blankToNull(e.getValue()));
                save();
            }
        });
    }

    private String label(String optionId) {
        return options.label(optionId);
    }

    private void showOptionDescription() {
        LocalizedText description = options.getValue() == null || NOT_APPLICABLE.equals(options.getValue())
                ? LocalizedText.EMPTY
                : practice.scale()
                        .option(options.getValue())
                        .map(ScaleOption::description)
                        .orElse(LocalizedText.EMPTY);
        if (optionDescription == null) {
            if (description.isEmpty()) {
                return;
            }
            optionDescription = new Div();
            optionDescription.addClassName("ra-muted");
            getContent().addComponentAtIndex(getContent().indexOf(options) + 1, optionDescription);
        }
        optionDescription.setText(description.in(locale));
        optionDescription.setVisible(!description.isEmpty());
    }

    private void save() {
        save(draft.current(), draft.revision());
    }

    /** Saves and shows the outcome; returns the stored answer, or null when it was not saved. */
    private AnswerState save(AnswerInput input, long expectedRevision) {
        draft.saving();
        status.setText(getTranslation("card.saving"));
        hideRetry();
        try {
            AnswerState saved = saver.save(practice.id(), input, expectedRevision);
            draft.saved(saved);
            hideConflict();
            hideReconfirm();
            showSaved(saved);
            showMissingJustification();
            showNotesSummary();
            onSaved.accept(saved);
            return saved;
        } catch (AssessmentException.StaleAnswer stale) {
            showConflict(input, stale.current() != null ? stale.current() : saver.reload(practice.id()));
        } catch (AssessmentException refused) {
            status.setText(getTranslation("card.not-saved", getTranslation(refused.messageKey(), refused.arguments())));
            status.getElement().setAttribute("data-state", "error");
        } catch (RuntimeException failed) {
            // the change is not stored (database unreachable, commit failed): never say "Saved"; the inputs keep the
            // user's choice, and Retry (or the next change) saves it all again
            log.warn("Answer to {} not saved", practice.id(), failed);
            status.setText(getTranslation("card.failed"));
            status.getElement().setAttribute("data-state", "failed");
            if (!readOnly) {
                showRetry();
            }
        }
        return null;
    }

    private void showConflict(AnswerInput mine, AnswerState theirs) {
        if (conflict == null) {
            conflict = new ConflictPanel(practice.id(), this::label);
            getContent().addComponentAtIndex(getContent().indexOf(status), conflict);
        }
        conflict.show(draft.base(), mine, theirs, time(theirs), new ConflictPanel.Decision() {
            @Override
            public void useTheirs(AnswerState theirs) {
                show(theirs);
                if (theirs != null) {
                    onSaved.accept(theirs);
                }
            }

            @Override
            public void keepMine(AnswerInput mine, long theirRevision) {
                save(mine, theirRevision);
            }

            @Override
            public void merge(AnswerInput merged, long theirRevision) {
                draft.edit(answer -> merged);
                AnswerState saved = save(merged, theirRevision);
                if (saved != null) {
                    show(saved); // the inputs show the merged answer
                }
            }
        });
        status.setText(getTranslation("card.conflict.status"));
        status.getElement().setAttribute("data-state", "conflict");
    }

    /** Shows a stored answer in the inputs without saving it again. */
    private void show(AnswerState answer) {
        loading = true;
        try {
            draft.load(answer);
            hideRetry();
            options.setValue(answer == null ? null : answer.notApplicable() ? NOT_APPLICABLE : answer.optionId());
            showJustification(answer != null && answer.notApplicable());
            if (justification != null) {
                justification.setValue(nullToEmpty(draft.current().naJustification()));
            }
            flagShown = draft.current().flagged();
            showNotes();
            showOptionDescription();
            hideReconfirm();
            if (answer == null) {
                status.setText(getTranslation("card.unanswered"));
                status.getElement().removeAttribute("data-state");
            } else if (draft.carriedOver() != null) {
                // not saved by anyone in this campaign yet: say where it comes from, not "Saved by"
                showReconfirm();
            } else {
                showSaved(answer);
            }
            showMissingJustification();
        } finally {
            loading = false;
        }
    }

    private void showRetry() {
        if (retry == null) {
            retry = new Button(getTranslation("card.retry"), click -> save());
            retry.setId("retry-" + practice.id());
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            getContent().addComponentAtIndex(getContent().indexOf(status) + 1, retry);
        }
        retry.setVisible(true);
    }

    private void hideRetry() {
        if (retry != null) {
            retry.setVisible(false);
        }
    }

    private void hideConflict() {
        if (conflict != null) {
            conflict.setVisible(false);
        }
    }

    private void hideReconfirm() {
        if (reconfirm != null) {
            reconfirm.setVisible(false);
        }
    }

    private void showNotes() {
        AnswerInput current = draft.current();
        if (comment != null) {
            comment.setValue(nullToEmpty(current.comment()));
            evidenceNote.setValue(nullToEmpty(current.evidenceNote()));
            evidenceAvailable.setValue(current.evidenceAvailable());
        }
        showNotesSummary();
    }

    /** The folded section says what it holds, so nothing is hidden from the reader. */
    private void showNotesSummary() {
        AnswerInput current = draft.current();
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation("card.notes"));
        if (current.comment() != null) {
            parts.add(getTranslation("card.notes.commented"));
        }
        if (current.evidenceNote() != null) {
            parts.add(getTranslation("card.notes.evidence-noted"));
        }
        if (current.evidenceAvailable()) {
            parts.add(getTranslation("card.evidence-available"));
        }
        notesLabel = String.join(" · ", parts);
        applyTools();
    }

    private void showSaved(AnswerState saved) {
        status.setText(getTranslation("card.saved", saved.updatedBy(), time(saved)));
        status.getElement().setAttribute("data-state", "saved");
    }

    private String time(AnswerState answer) {
        if (answer == null || answer.updatedAt() == null) {
            return "";
        }
        return eu.resilience.assessment.text.Formats.time(answer.updatedAt(), locale);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
