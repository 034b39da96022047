package eu.resilience.assessment.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import eu.resilience.assessment.plan.PlanCandidate;
import eu.resilience.assessment.plan.PlanEntry;
import eu.resilience.assessment.plan.PlanException;
import eu.resilience.assessment.plan.PlanItemForm;
import eu.resilience.assessment.plan.PlanStatus;
import eu.resilience.assessment.plan.Priority;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * A plan item's form: a new one from a practice of the results (the action prefilled with the recommendation), or an
 * existing one's changes. It knows nothing of persistence: it hands the form to {@code save}, which may refuse it.
 */
class PlanItemDialog extends Dialog {

    final ComboBox<PlanCandidate> practice = new ComboBox<>();
    final TextArea action = new TextArea();
    final ComboBox<String> owner = new ComboBox<>();
    final DatePicker due = new DatePicker();
    final Select<Priority> priority = new Select<>();
    final Select<PlanStatus> status = new Select<>();
    final TextField dropReason = new TextField();
    final Paragraph error = new Paragraph();

    /** The save step: returns normally when saved, throws {@link PlanException} when refused. */
    interface Save extends Consumer<PlanItemForm> {}

    PlanItemDialog(List<PlanCandidate> candidates, PlanEntry existing, List<String> users, Save save, Runnable saved) {
        setHeaderTitle(getTranslation(existing == null ? "plan.add" : "plan.edit"));
        setWidth("720px");
        practice.setLabel(getTranslation("plan.practice"));
        practice.setId("plan-practice");
        practice.setItems(candidates);
        practice.setItemLabelGenerator(
                c -> c.practice().id() + " " + c.practice().text().in(getLocale())
                        + (c.planned() ? " (" + getTranslation("plan.already-planned") + ")" : ""));
        practice.addValueChangeListener(e -> {
            if (e.getValue() != null && e.isFromClient() || e.getValue() != null && action.isEmpty()) {
                action.setValue(e.getValue().recommendation());
            }
        });
        action.setLabel(getTranslation("plan.action"));
        action.setId("plan-action");
        action.setMaxLength(2000);
        owner.setLabel(getTranslation("plan.owner"));
        owner.setHelperText(getTranslation("plan.owner.help"));
        owner.setId("plan-owner");
        owner.setItems(users);
        owner.setAllowCustomValue(true);
        owner.addCustomValueSetListener(e -> owner.setValue(e.getDetail()));
        due.setLabel(getTranslation("plan.due"));
        due.setId("plan-due");
        priority.setLabel(getTranslation("plan.priority"));
        priority.setId("plan-priority");
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(p -> getTranslation("plan.priority." + p.name()));
        status.setLabel(getTranslation("plan.status"));
        status.setId("plan-status");
        status.setItems(
                existing == null ? List.of(PlanStatus.PLANNED, PlanStatus.IN_PROGRESS) : List.of(PlanStatus.values()));
        status.setItemLabelGenerator(s -> getTranslation("plan.status." + s.name()));
        dropReason.setLabel(getTranslation("plan.drop-reason"));
        dropReason.setId("plan-drop-reason");
        dropReason.setVisible(false);
        status.addValueChangeListener(e -> dropReason.setVisible(e.getValue() == PlanStatus.DROPPED));
        error.addClassName("ra-error");
        error.setId("plan-error");

        if (existing == null) {
            due.setValue(LocalDate.now().plusMonths(3));
            priority.setValue(Priority.MEDIUM);
            status.setValue(PlanStatus.PLANNED);
        } else {
            practice.setVisible(false);
            action.setValue(existing.action());
            owner.setValue(existing.owner().isEmpty() ? null : existing.owner());
            due.setValue(existing.dueOn());
            priority.setValue(existing.priority());
            status.setValue(existing.status());
        }
        FormLayout form = new FormLayout(practice, action, owner, due, priority, status, dropReason);
        form.setColspan(practice, 2);
        form.setColspan(action, 2);
        add(form, error);

        Button ok = new Button(getTranslation(existing == null ? "plan.add" : "plan.save"), click -> {
            String chosenOwner = owner.getValue();
            boolean user = chosenOwner != null && users.contains(chosenOwner);
            PlanItemForm filled = new PlanItemForm(
                    existing == null
                            ? (practice.getValue() == null
                                    ? null
                                    : practice.getValue().practice().id())
                            : existing.practiceId(),
                    action.getValue(),
                    user ? chosenOwner : null,
                    user ? null : chosenOwner,
                    due.getValue(),
                    priority.getValue(),
                    status.getValue(),
                    dropReason.getValue());
            try {
                save.accept(filled);
                close();
                saved.run();
            } catch (PlanException refused) {
                error.setText(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        ok.setId("plan-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), ok);
    }
}
