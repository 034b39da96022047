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
 * session: one state node. The options (one native radio group: a {@code <fieldset>} whose legend is the id, level,
 * title and text, and a labelled {@code <input type="radio">} per option), the fold toggles (disclosure buttons), the
 * flag (a labelled native checkbox) and the status are the card element's own HTML, sent by a script when the card is
 * attached (again after a resynchronisation) and not kept in the session; later changes are applied to those elements
 * in place (the focus stays). The card element has one {@code change} listener (a radio or the flag), one
 * {@code click} listener (a fold toggle) and one for the settled choice ({@link ChoiceSettling}). What is folded
 * (guidance, comment and evidence) is built when first opened, and what is shown only sometimes (option description,
 * N/A justification, re-confirmation, conflict, retry) when first needed, as components placed among the card's own
 * elements by their rank ({@code data-rank}).
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

    // what the card's own elements show (rendered on attach, then applied to the browser's elements by a script)
    private String value;
    private String statusText = "";
    private String statusState;
    private boolean guidanceOpen;
    private boolean notesOpen;
    private boolean flagShown;
    private String notesLabel = "";
    // what the browser shows already (hashes: only a change is sent)
    private String valueApplied;
    private int statusApplied;
    private int toolsApplied;
    private boolean syncPending;
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

        // one listener for the card's radios and flag: the event says which and what (other inputs are not sent)
        card.getElement()
                .addEventListener(
                        "change",
                        event -> changed(
                                event.getEventData().getString(TYPE),
                                event.getEventData().getString(VALUE),
                                event.getEventData().getBoolean(CHECKED)))
                .addEventData(TYPE)
                .addEventData(VALUE)
                .addEventData(CHECKED)
                .setFilter(ON_OWN_INPUT);
        // one listener for both fold toggles: the event says which (a click elsewhere is not sent)
        card.getElement()
                .addEventListener("click", event -> toggle(event.getEventData().getString(FOLD)))
                .addEventData(FOLD)
                .setFilter(ON_FOLD);
        ChoiceSettling.onSettled(this, () -> {
            if (draft.choicePending() && !readOnly) {
                save();
            }
        });
        // the card's own elements: rendered on attach (and after a resynchronisation), with what they show now
        // (an element listener: Flow runs it again on a resync; no component event bus per card)
        getElement().addAttachListener(attach -> render());
        show(answer);
    }

    /** The event data of a change on the card: the input's type ("radio" or "checkbox"). */
    static final String TYPE = "event.target.type";

    /** The event data of a change on the card: the chosen radio's value. */
    static final String VALUE = "event.target.value";

    /** Only the changes of the card's own inputs (its radios and flag) are sent, not those of its editors. */
    static final String ON_OWN_INPUT = "!!event.target.closest('[data-piece]')";

    /** The event data of a click on the tools: the fold toggle's name, or null elsewhere. */
    static final String FOLD = "event.target.closest('[data-fold]')?.dataset.fold";

    /** The event data of a change on the card: the flag's checked state. */
    static final String CHECKED = "event.target.checked";

    /** Only clicks on a fold toggle are sent. */
    static final String ON_FOLD = "!!event.target.closest('[data-fold]')";

    /** Puts the card's own elements (the HTML) in the card, then the components among them by their rank. */
    private static final String RENDER =
            """
            for (const own of this.querySelectorAll(':scope > [data-piece]')) { own.remove(); }
            this.insertAdjacentHTML('afterbegin', $0);
            """;

    /** Moves the card's components (built when needed) to their place among its own elements, by rank. */
    private static final String ARRANGE =
            """
            const rank = e => Number(e.dataset.rank || 0);
            for (const part of [...this.children]) {
              if (part.hasAttribute('data-piece')) { continue; }
              const next = [...this.children].find(e => e !== part && rank(e) > rank(part)) || null;
              if (part.nextElementSibling !== next) { this.insertBefore(part, next); }
            }
            """;

    /** Applies what changed (null: unchanged) to the card's own elements, in place. */
    private static final String APPLY =
            """
            if ($0 !== null) {
              for (const i of this.querySelectorAll(':scope > fieldset input')) { i.checked = i.value === $0; }
            }
            const status = this.querySelector(':scope > [data-status]');
            if ($1 !== null && status) {
              status.textContent = $1;
              if ($2) { status.setAttribute('data-state', $2); } else { status.removeAttribute('data-state'); }
            }
            if ($3 !== null) {
              const [g, n] = this.querySelectorAll(':scope > .ra-card-tools [data-fold]');
              const flag = this.querySelector(':scope > .ra-card-tools [data-flag]');
              if (g) { g.setAttribute('aria-expanded', String($3)); }
              if (n) { n.setAttribute('aria-expanded', String($4)); n.textContent = $5; }
              if (flag) { flag.checked = $6; }
            }
            """;

    // the places of the card's parts: its own elements (0, 4, 8) and the components built when needed
    private static final int RECONFIRM = 1;
    private static final int DESCRIPTION = 2;
    private static final int JUSTIFICATION = 3;
    private static final int GUIDANCE = 5;
    private static final int NOTES = 6;
    private static final int CONFLICT = 7;
    private static final int RETRY = 9;

    /** The card's own elements as HTML: its options, tools and status as they are now. */
    String html() {
        String id = HtmlText.escape(practice.id());
        StringBuilder html = new StringBuilder(1500);
        // one native radio group: the practice is its legend, a labelled input per option
        html.append("<fieldset class=\"ra-options\" data-piece data-rank=\"0\"")
                .append(readOnly ? " disabled" : "")
                .append("><legend class=\"ra-legend\">");
        intro(html, practice, locale);
        html.append("</legend>");
        for (String option : options()) {
            html.append("<label class=\"ra-option\"><input type=\"radio\" name=\"option-")
                    .append(id)
                    .append("\" value=\"")
                    .append(HtmlText.escape(option))
                    .append('"')
                    .append(option.equals(value) ? " checked" : "")
                    .append("><span>")
                    .append(HtmlText.escape(label(option)))
                    .append("</span></label>");
        }
        // the fold toggles (disclosure buttons) and the flag (a labelled native checkbox)
        html.append("</fieldset><div class=\"ra-card-tools\" data-piece data-rank=\"4\">")
                .append("<button type=\"button\" class=\"ra-fold-toggle\" data-fold=\"guidance\" id=\"guidance-toggle-")
                .append(id)
                .append("\" aria-expanded=\"")
                .append(guidanceOpen)
                .append("\" aria-controls=\"guidance-")
                .append(id)
                .append("\">")
                .append(HtmlText.escape(getTranslation("card.guidance")))
                .append(
                        "</button><button type=\"button\" class=\"ra-fold-toggle\" data-fold=\"notes\" id=\"notes-toggle-")
                .append(id)
                .append("\" aria-expanded=\"")
                .append(notesOpen)
                .append("\" aria-controls=\"notes-")
                .append(id)
                .append("\">")
                .append(HtmlText.escape(notesLabel))
                .append("</button><label class=\"ra-flag\"><input type=\"checkbox\" id=\"flag-")
                .append(id)
                .append("\" data-flag")
                .append(flagShown ? " checked" : "")
                .append(readOnly ? " disabled" : "")
                .append("><span>")
                .append(HtmlText.escape(getTranslation("card.flag")))
                .append("</span></label></div>");
        // the status: "Saved by X at T", a conflict or a failure is announced where it happens
        html.append("<span class=\"ra-muted ra-status\" id=\"status-")
                .append(id)
                .append("\" role=\"status\" data-piece data-rank=\"8\" data-status");
        if (statusState != null) {
            html.append(" data-state=\"").append(HtmlText.escape(statusState)).append('"');
        }
        return html.append('>')
                .append(HtmlText.escape(statusText))
                .append("</span>")
                .toString();
    }

    private void render() {
        getElement().executeJs(RENDER, html());
        arrange();
        valueApplied = value;
        statusApplied = statusHash();
        toolsApplied = toolsHash();
    }

    /** Places a component built when needed among the card's own elements, at its rank. */
    private void place(com.vaadin.flow.component.Component part, int rank) {
        part.getElement().setAttribute("data-rank", String.valueOf(rank));
        getContent().add(part);
        if (isAttached()) {
            arrange();
        }
    }

    private void arrange() {
        getElement().executeJs(ARRANGE);
    }

    /** Sends what changed on the card's own elements, once per round trip. */
    private void changedOnScreen() {
        if (syncPending || !isAttached()) {
            return;
        }
        syncPending = true;
        getUI().ifPresent(ui -> ui.beforeClientResponse(getContent(), context -> {
            syncPending = false;
            sync();
        }));
    }

    private void sync() {
        boolean valueChanged = !java.util.Objects.equals(value, valueApplied);
        boolean statusChanged = statusHash() != statusApplied;
        boolean toolsChanged = toolsHash() != toolsApplied;
        if (valueChanged || statusChanged || toolsChanged) {
            getElement()
                    .executeJs(
                            APPLY,
                            valueChanged ? (value == null ? "" : value) : null,
                            statusChanged ? statusText : null,
                            statusState,
                            toolsChanged ? guidanceOpen : null,
                            notesOpen,
                            notesLabel,
                            flagShown);
            valueApplied = value;
            statusApplied = statusHash();
            toolsApplied = toolsHash();
        }
    }

    private int statusHash() {
        return java.util.Objects.hash(statusText, statusState);
    }

    private int toolsHash() {
        return java.util.Objects.hash(guidanceOpen, notesOpen, flagShown, notesLabel);
    }

    private void setStatus(String text, String state) {
        statusText = text;
        statusState = state;
        changedOnScreen();
    }

    /** The options' values, in order (N/A last when allowed). */
    private List<String> options() {
        List<String> ids = new ArrayList<>(
                practice.scale().options().stream().map(ScaleOption::id).toList());
        if (practice.naAllowed()) {
            ids.add(NOT_APPLICABLE);
        }
        return ids;
    }

    /** A radio or the flag changed in the browser. */
    private void changed(String type, String chosen, boolean checked) {
        if ("checkbox".equals(type)) {
            flag(checked);
            return;
        }
        if (readOnly || chosen == null || chosen.equals(value) || !options().contains(chosen)) {
            return;
        }
        value = chosen;
        valueApplied = chosen; // the browser shows it already
        showOptionDescription();
        showJustification(NOT_APPLICABLE.equals(chosen));
        if (!loading) {
            // saved when the choice settles, not at every option the arrow keys pass over
            draft.choose(input -> NOT_APPLICABLE.equals(chosen)
                    ? input.withNotApplicable(input.naJustification())
                    : input.withOption(chosen));
        }
    }

    /** The chosen option (null: none), as the card shows it. */
    String getValue() {
        return value;
    }

    /** The status as the card shows it (for tests). */
    String statusText() {
        return statusText;
    }

    /** The status's {@code data-state} (for tests; null: none). */
    String statusState() {
        return statusState;
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
        changedOnScreen();
    }

    /** The flag was ticked or cleared in the browser. */
    private void flag(boolean flagged) {
        if (readOnly) {
            return;
        }
        flagShown = flagged;
        toolsApplied = toolsHash(); // the browser shows it already
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
    private static void intro(StringBuilder html, Practice practice, Locale locale) {
        String id = HtmlText.escape(practice.id());
        html.append("<span class=\"ra-card-head\"><span class=\"ra-practice-id\" id=\"practice-id-")
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
            setStatus(getTranslation("card.changed-elsewhere", theirs.updatedBy(), time(theirs)), "changed-elsewhere");
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
        getElement()
                .executeJs("const f = this.querySelector(':scope > fieldset');"
                        + " const i = f && (f.querySelector('input:checked') || f.querySelector('input'));"
                        + " if (f) { f.scrollIntoView({block: 'center'}); } if (i) { i.focus(); }");
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
        place(content, GUIDANCE);
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
        place(content, NOTES);
    }

    private void showJustification(boolean show) {
        if (!show && justificationSlot == null) {
            showMissingJustification();
            return;
        }
        if (justificationSlot == null) {
            justificationSlot = new Div();
            place(justificationSlot, JUSTIFICATION);
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
            place(reconfirm, RECONFIRM);
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
        setStatus(getTranslation("card.reconfirm.status"), "to-reconfirm");
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

    /** The label of an option (for the conflict panel and tests). */
    String label(String optionId) {
        if (NOT_APPLICABLE.equals(optionId) && practice.naAllowed()) {
            return getTranslation("card.not-applicable");
        }
        return practice.scale()
                .option(optionId)
                .map(option -> option.label().in(locale))
                .orElse(optionId);
    }

    private void showOptionDescription() {
        LocalizedText description = value == null || NOT_APPLICABLE.equals(value)
                ? LocalizedText.EMPTY
                : practice.scale().option(value).map(ScaleOption::description).orElse(LocalizedText.EMPTY);
        if (optionDescription == null) {
            if (description.isEmpty()) {
                return;
            }
            optionDescription = new Div();
            optionDescription.addClassName("ra-muted");
            place(optionDescription, DESCRIPTION);
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
        statusText = getTranslation("card.saving");
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
            setStatus(
                    getTranslation("card.not-saved", getTranslation(refused.messageKey(), refused.arguments())),
                    "error");
        } catch (RuntimeException failed) {
            // the change is not stored (database unreachable, commit failed): never say "Saved"; the inputs keep the
            // user's choice, and Retry (or the next change) saves it all again
            log.warn("Answer to {} not saved", practice.id(), failed);
            setStatus(getTranslation("card.failed"), "failed");
            if (!readOnly) {
                showRetry();
            }
        }
        return null;
    }

    private void showConflict(AnswerInput mine, AnswerState theirs) {
        if (conflict == null) {
            conflict = new ConflictPanel(practice.id(), this::label);
            place(conflict, CONFLICT);
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
        setStatus(getTranslation("card.conflict.status"), "conflict");
    }

    /** Shows a stored answer in the inputs without saving it again. */
    private void show(AnswerState answer) {
        loading = true;
        try {
            draft.load(answer);
            hideRetry();
            value = answer == null ? null : answer.notApplicable() ? NOT_APPLICABLE : answer.optionId();
            changedOnScreen();
            showJustification(answer != null && answer.notApplicable());
            if (justification != null) {
                justification.setValue(nullToEmpty(draft.current().naJustification()));
            }
            flagShown = draft.current().flagged();
            showNotes();
            showOptionDescription();
            hideReconfirm();
            if (answer == null) {
                setStatus(getTranslation("card.unanswered"), null);
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
            place(retry, RETRY);
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
        changedOnScreen();
    }

    private void showSaved(AnswerState saved) {
        setStatus(getTranslation("card.saved", saved.updatedBy(), time(saved)), "saved");
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
