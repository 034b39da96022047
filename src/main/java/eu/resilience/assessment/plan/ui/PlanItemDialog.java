package eu.resilience.assessment.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
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
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import eu.resilience.assessment.plan.PlanCandidate;
import eu.resilience.assessment.plan.PlanEntry;
import eu.resilience.assessment.plan.PlanException;
import eu.resilience.assessment.plan.PlanItemForm;
import eu.resilience.assessment.plan.PlanStatus;
import eu.resilience.assessment.plan.Priority;
import eu.resilience.assessment.text.FreeText;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * A plan item's form: a new one from a practice of the results (the action prefilled with the recommendation), or an
 * existing one's changes. It knows nothing of persistence: it hands the form to {@code save}, which may refuse it. Each
 * field shows its own error, the refusals of {@code save} too, cleared as soon as it is fixed.
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
    private final Binder<Draft> binder = new Binder<>();
    private final FieldRefusals refusals = new FieldRefusals();
    private Binder.Binding<Draft, String> dropReasonBinding;

    /** The save step: returns normally when saved, throws {@link PlanException} when refused. */
    interface Save extends Consumer<PlanItemForm> {}

    /** What the coordinator chose, field by field. */
    static final class Draft {
        PlanCandidate practice;
        String action = "";
        String owner;
        LocalDate due;
        Priority priority;
        PlanStatus status;
        String dropReason = "";
    }

    PlanItemDialog(List<PlanCandidate> candidates, PlanEntry existing, List<String> users, Save save, Runnable saved) {
        setHeaderTitle(getTranslation(existing == null ? "plan.add" : "plan.edit"));
        addClassName("ra-dialog-l");
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
        status.addValueChangeListener(e -> {
            dropReason.setVisible(e.getValue() == PlanStatus.DROPPED);
            if (dropReason.isInvalid()) {
                dropReasonBinding.validate();
            }
        });
        error.addClassName("ra-error");
        error.setId("plan-error");
        error.setVisible(false);
        bind(existing == null);

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
            error.setVisible(false);
            if (!binder.validate().isOk()) {
                return;
            }
            Draft draft = binder.getBean();
            boolean user = draft.owner != null && users.contains(draft.owner);
            PlanItemForm filled = new PlanItemForm(
                    existing == null ? draft.practice.practice().id() : existing.practiceId(),
                    draft.action,
                    user ? draft.owner : null,
                    user ? null : draft.owner,
                    draft.due,
                    draft.priority,
                    draft.status,
                    draft.dropReason);
            try {
                save.accept(filled);
                close();
                saved.run();
            } catch (PlanException refused) {
                String message = getTranslation(refused.messageKey(), refused.arguments());
                HasValidation tooLong =
                        refused.messageKey().equals("text.too-long") && refused.arguments()[0] instanceof Number limit
                                ? longerThan(limit.intValue())
                                : null;
                if (tooLong != null) {
                    tooLong.setErrorMessage(message);
                    tooLong.setInvalid(true);
                } else if (!refusals.show(refused.messageKey(), message)) {
                    error.setText(message);
                    error.setVisible(true);
                }
            }
        });
        ok.setId("plan-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), ok);
    }

    private void bind(boolean isNew) {
        if (isNew) {
            binder.forField(practice)
                    .asRequired(getTranslation("plan.practice-required"))
                    .bind(d -> d.practice, (d, v) -> d.practice = v);
        }
        binder.forField(action)
                .asRequired(getTranslation("plan.action-required"))
                .withValidator((text, context) -> FreeText.refusedCharacter(text, true)
                        .map(c -> ValidationResult.error(getTranslation("text.unsafe.plan-action", c)))
                        .orElse(ValidationResult.ok()))
                .bind(d -> d.action, (d, v) -> d.action = v);
        binder.forField(owner)
                .withValidator((name, context) -> name == null
                        ? ValidationResult.ok()
                        : FreeText.refusedCharacter(name, false)
                                .map(c -> ValidationResult.error(getTranslation("text.unsafe.plan-owner", c)))
                                .orElse(ValidationResult.ok()))
                .bind(d -> d.owner, (d, v) -> d.owner = v);
        binder.forField(due).asRequired(getTranslation("plan.due-required")).bind(d -> d.due, (d, v) -> d.due = v);
        binder.forField(priority)
                // not asRequired: on a Select it puts aria-required on a button (axe)
                .withValidator(value -> value != null, getTranslation("plan.priority-required"))
                .bind(d -> d.priority, (d, v) -> d.priority = v);
        binder.forField(status)
                // not asRequired: on a Select it puts aria-required on a button (axe)
                .withValidator(value -> value != null, getTranslation("plan.status-required"))
                .bind(d -> d.status, (d, v) -> d.status = v);
        dropReasonBinding = binder.forField(dropReason)
                .withValidator(
                        reason -> status.getValue() != PlanStatus.DROPPED || !reason.isBlank(),
                        getTranslation("plan.drop-reason-required"))
                .withValidator((text, context) -> FreeText.refusedCharacter(text, true)
                        .map(c -> ValidationResult.error(getTranslation("text.unsafe.plan-drop-reason", c)))
                        .orElse(ValidationResult.ok()))
                .bind(d -> d.dropReason, (d, v) -> d.dropReason = v);
        binder.setBean(new Draft());
        refusals.on("plan.practice-", practice)
                .on("plan.action-", action)
                .on("text.unsafe.plan-action", action)
                .on("plan.owner-", owner)
                .on("text.unsafe.plan-owner", owner)
                .on("plan.due-", due)
                .on("plan.priority-", priority)
                .on("plan.status-", status)
                .on("plan.new-closed", status)
                .on("plan.drop-reason-", dropReason)
                .on("text.unsafe.plan-drop-reason", dropReason);
    }

    /** The free-text field whose text is longer than the service's limit, or null. */
    private HasValidation longerThan(int limit) {
        for (HasValue<?, String> field : List.<HasValue<?, String>>of(action, dropReason, owner)) {
            String text = field.getValue();
            if (text != null && text.strip().length() > limit) {
                return (HasValidation) field;
            }
        }
        return null;
    }
}
