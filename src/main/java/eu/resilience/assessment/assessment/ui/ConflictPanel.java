package eu.resilience.assessment.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import eu.resilience.assessment.assessment.AnswerInput;
import eu.resilience.assessment.assessment.AnswerMerge;
import eu.resilience.assessment.assessment.AnswerState;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A practice card's conflict: the user's change met an answer a colleague saved meanwhile. Shows every part that
 * differs (option, N/A, justification, comment, evidence, flags) in both versions, and the three ways out: keep theirs,
 * keep mine, or merge both. Built when the first conflict of the card happens.
 */
final class ConflictPanel extends Div {

    /** What the card does with the user's decision. */
    interface Decision {
        /** Show and keep the colleague's answer (nothing is saved). */
        void useTheirs(AnswerState theirs);

        /** Save the user's answer over the colleague's revision. */
        void keepMine(AnswerInput mine, long theirRevision);

        /** Save the merged answer (each part from whoever changed it) over the colleague's revision. */
        void merge(AnswerInput merged, long theirRevision);
    }

    private final String practiceId;
    private final UnaryOperator<String> optionLabel;

    ConflictPanel(String practiceId, UnaryOperator<String> optionLabel) {
        this.practiceId = practiceId;
        this.optionLabel = optionLabel;
        addClassName("ra-conflict");
    }

    /**
     * Shows the conflict between {@code mine} (started from {@code base}) and {@code theirs} ({@code time}: when they
     * saved it, formatted).
     */
    void show(AnswerInput base, AnswerInput mine, AnswerState theirs, String time, Decision decision) {
        removeAll();
        String who = theirs == null ? "?" : theirs.updatedBy();
        AnswerInput theirInput = theirs == null ? AnswerInput.empty() : theirs.input();
        add(new Paragraph(getTranslation("card.conflict", who, time)));
        Div table = new Div();
        table.addClassName("ra-conflict-table");
        table.setId("conflict-" + practiceId);
        table.add(row(
                "",
                getTranslation("card.conflict.their-version", who),
                getTranslation("card.conflict.my-version"),
                "head"));
        for (AnswerMerge.Part part : AnswerMerge.differences(theirInput, mine)) {
            table.add(row(
                    getTranslation(
                            "card.part." + part.name().toLowerCase(Locale.ROOT).replace('_', '-')),
                    value(theirInput, part),
                    value(mine, part),
                    part.name()));
        }
        add(table);
        long theirRevision = theirs == null ? -1 : theirs.revision();
        Button useTheirs = new Button(getTranslation("card.conflict.theirs"), click -> {
            setVisible(false);
            decision.useTheirs(theirs);
        });
        useTheirs.setId("theirs-" + practiceId);
        Button keepMine =
                new Button(getTranslation("card.conflict.mine"), click -> decision.keepMine(mine, theirRevision));
        keepMine.setId("mine-" + practiceId);
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        AnswerInput merged = AnswerMerge.merge(base, mine, theirInput);
        Button merge =
                new Button(getTranslation("card.conflict.merge"), click -> decision.merge(merged, theirRevision));
        merge.setId("merge-" + practiceId);
        add(new HorizontalLayout(useTheirs, keepMine, merge));
        setVisible(true);
    }

    private Div row(String label, String theirs, String mine, String part) {
        Div row = new Div();
        row.addClassName("ra-conflict-row");
        row.getElement().setAttribute("data-part", part);
        Span name = new Span(label);
        name.addClassName("ra-conflict-part");
        Span theirValue = new Span(theirs);
        theirValue.addClassName("ra-conflict-theirs");
        Span myValue = new Span(mine);
        myValue.addClassName("ra-conflict-mine");
        row.add(name, theirValue, myValue);
        return row;
    }

    private String value(AnswerInput input, AnswerMerge.Part part) {
        Object value = AnswerMerge.value(input, part);
        return switch (part) {
            case CHOICE -> value == null ? getTranslation("card.unanswered") : optionLabel.apply((String) value);
            case EVIDENCE_AVAILABLE, FLAGGED -> getTranslation(
                    Boolean.TRUE.equals(value) ? "card.conflict.yes" : "card.conflict.no");
            default -> value == null ? getTranslation("card.conflict.none") : (String) value;
        };
    }
}
