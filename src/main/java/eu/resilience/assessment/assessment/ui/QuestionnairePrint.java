package eu.resilience.assessment.assessment.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import eu.resilience.assessment.assessment.AnswerState;
import eu.resilience.assessment.assessment.AssessmentWork;
import eu.resilience.assessment.questionnaire.Domain;
import eu.resilience.assessment.questionnaire.Goal;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.ScaleOption;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Every domain of an assessment with its answers, as plain text for the printer: the questionnaire screen shows one
 * domain at a time, so "Print" builds this first, then opens the browser's print dialog (where "Save as PDF" is). The
 * theme shows it in print only, each domain on a new page, and hides the rest of the screen meanwhile; it is removed
 * once printed, so that it holds no memory in the session.
 */
final class QuestionnairePrint extends Div {

    static final String PRINTING = "ra-printing";

    private final HasComponents screen;

    private QuestionnairePrint(HasComponents screen, AssessmentWork work, Locale locale) {
        this.screen = screen;
        setId("questionnaire-print");
        addClassName("ra-print");
        Set<String> hidden = work.hiddenPractices();
        add(new H2(work.campaignName()));
        add(new Paragraph(work.questionnaire().title().in(locale) + " "
                + work.questionnaire().version() + " · " + work.organizationName() + " · "
                + getTranslation("assessment.print.date", LocalDate.now())));
        for (Domain domain : work.questionnaire().domains()) {
            Section section =
                    new Section(new H3(domain.id() + " · " + domain.title().in(locale)));
            section.addClassName("ra-print-domain");
            section.getElement().setAttribute("data-domain", domain.id());
            for (Goal goal : domain.goals()) {
                section.add(new H4(goal.id() + " " + goal.title().in(locale)));
                for (Practice practice : goal.practices()) {
                    if (!hidden.contains(practice.id())) {
                        section.add(practice(practice, work.answers().get(practice.id()), locale));
                    }
                }
            }
            add(section);
        }
    }

    /**
     * The "Print" button of the questionnaire screen: builds the printable answers of every domain as they are now,
     * then opens the print dialog.
     */
    static Button button(HasComponents screen, Supplier<AssessmentWork> work) {
        Button print = new Button(VaadinIcon.PRINT.create());
        print.setText(print.getTranslation("assessment.print"));
        print.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        print.setId("print-questionnaire");
        print.addClickListener(click -> {
            screen.getElement()
                    .getChildren()
                    .flatMap(e -> e.getComponent().stream())
                    .filter(QuestionnairePrint.class::isInstance)
                    .toList()
                    .forEach(screen::remove);
            QuestionnairePrint printable = new QuestionnairePrint(
                    screen, work.get(), click.getSource().getUI().orElseThrow().getLocale());
            screen.add(printable);
            screen.getElement().getClassList().add(PRINTING);
            // print once the page shows it; afterwards the server drops it again
            printable
                    .getElement()
                    .executeJs("const printable = this;"
                            + " window.addEventListener('afterprint', () => printable.$server.printed(), {once: true});"
                            + " setTimeout(() => window.print(), 0);");
        });
        return print;
    }

    /** The print dialog is closed: the printable copy is no longer needed. */
    @ClientCallable
    void printed() {
        screen.getElement().getClassList().remove(PRINTING);
        screen.remove(this);
    }

    private Div practice(Practice practice, AnswerState answer, Locale locale) {
        Div block = new Div();
        block.addClassName("ra-print-practice");
        block.getElement().setAttribute("data-practice", practice.id());
        Paragraph text = new Paragraph();
        Span id = new Span(practice.id()
                + (practice.level() == null ? "" : " · " + practice.level().id()));
        id.addClassName("ra-practice-id");
        text.add(id, new Span(" " + practice.text().in(locale)));
        text.addClassName("ra-practice-text");
        block.add(text);
        UnorderedList options = new UnorderedList();
        options.addClassName("ra-print-options");
        for (ScaleOption option : practice.scale().options()) {
            boolean chosen =
                    answer != null && !answer.notApplicable() && option.id().equals(answer.optionId());
            options.add(option(option.label().in(locale), chosen));
        }
        if (practice.naAllowed()) {
            options.add(option(getTranslation("card.not-applicable"), answer != null && answer.notApplicable()));
        }
        block.add(options);
        if (answer != null) {
            line(block, "card.part.na-justification", answer.notApplicable() ? answer.naJustification() : null);
            line(block, "card.part.comment", answer.comment());
            line(block, "card.part.evidence-note", answer.evidenceNote());
            if (answer.evidenceAvailable()) {
                block.add(new Paragraph(getTranslation("card.part.evidence-available")));
            }
            if (answer.flagged()) {
                block.add(new Paragraph(getTranslation("card.part.flagged")));
            }
            if (answer.toReconfirm()) {
                block.add(new Paragraph(getTranslation("card.reconfirm.status")));
            }
        }
        return block;
    }

    private static ListItem option(String label, boolean chosen) {
        // a box per option, ticked where chosen: the page is also a form to fill in by hand
        ListItem item = new ListItem((chosen ? "☒ " : "☐ ") + label);
        if (chosen) {
            item.getElement().setAttribute("data-chosen", "true");
        }
        return item;
    }

    private void line(Div block, String key, String value) {
        if (value != null && !value.isBlank()) {
            block.add(new Paragraph(getTranslation(key) + ": " + value));
        }
    }
}
