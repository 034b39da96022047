package eu.resilience.assessment.plan.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import eu.resilience.assessment.organization.Sector;
import eu.resilience.assessment.organization.SizeClass;
import eu.resilience.assessment.plan.DomainTarget;
import eu.resilience.assessment.plan.PlanException;
import eu.resilience.assessment.plan.Target;
import eu.resilience.assessment.plan.TargetService;
import eu.resilience.assessment.plan.TargetTexts;
import eu.resilience.assessment.questionnaire.Domain;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.ScaleOption;
import eu.resilience.assessment.questionnaire.ScoringMethod;
import eu.resilience.assessment.text.FreeText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A new target profile: questionnaire version, who it is for, a target per domain, and practice minimums. Each field
 * shows its own error, the service's refusals too (name taken, a domain's target), cleared as soon as it is fixed; a
 * refusal about no field (nothing targeted) is shown under the form.
 */
class TargetDialog extends Dialog {

    final TextField name = new TextField();
    final ComboBox<Questionnaire> questionnaire = new ComboBox<>();
    final ComboBox<Sector> sector = new ComboBox<>();
    final ComboBox<SizeClass> size = new ComboBox<>();
    final FormLayout domains = new FormLayout();
    final Map<String, Select<DomainTarget>> domainTargets = new LinkedHashMap<>();
    final ComboBox<Practice> practice = new ComboBox<>();
    final Select<ScaleOption> minimum = new Select<>();
    final Map<String, String> minimums = new LinkedHashMap<>();
    final UnorderedList minimumList = new UnorderedList();
    final Paragraph error = new Paragraph();
    private final Binder<Draft> binder = new Binder<>();
    private final FieldRefusals refusals = new FieldRefusals();

    /** The name and questionnaire as chosen. */
    static final class Draft {
        String name = "";
        Questionnaire questionnaire;
    }

    TargetDialog(TargetService targets, List<Questionnaire> catalogue, Runnable created) {
        setHeaderTitle(getTranslation("targets.new"));
        addClassName("ra-dialog-xl");
        name.setLabel(getTranslation("targets.name"));
        name.setId("target-name");
        name.setMaxLength(200);
        questionnaire.setLabel(getTranslation("home.questionnaire"));
        questionnaire.setId("target-questionnaire");
        questionnaire.setItems(catalogue);
        questionnaire.setItemLabelGenerator(q -> q.title().in(getLocale()) + " " + q.version());
        sector.setLabel(getTranslation("targets.sector"));
        sector.setPlaceholder(getTranslation("targets.all"));
        sector.setId("target-sector");
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> getTranslation("sector." + s.id()));
        size.setLabel(getTranslation("targets.size"));
        size.setPlaceholder(getTranslation("targets.all"));
        size.setId("target-size");
        size.setItems(SizeClass.values());
        size.setItemLabelGenerator(s -> getTranslation("size." + s.id()));
        domains.setId("target-domains");
        practice.setLabel(getTranslation("targets.practice"));
        practice.setId("target-practice");
        practice.setItemLabelGenerator(p -> p.id() + " " + p.text().in(getLocale()));
        minimum.setLabel(getTranslation("targets.minimum"));
        minimum.setId("target-minimum");
        minimum.setItemLabelGenerator(o -> o.label().in(getLocale()));
        practice.addValueChangeListener(e -> {
            minimum.setItems(
                    e.getValue() == null ? List.of() : e.getValue().scale().options());
        });
        Button addMinimum = new Button(getTranslation("targets.add-minimum"), click -> {
            if (practice.getValue() != null && minimum.getValue() != null) {
                minimums.put(practice.getValue().id(), minimum.getValue().id());
                minimumList.add(new ListItem(practice.getValue().id() + " ≥ "
                        + minimum.getValue().label().in(getLocale())));
                practice.clear();
            }
        });
        addMinimum.setId("target-add-minimum");
        minimumList.setId("target-minimums");
        questionnaire.addValueChangeListener(e -> showDomains(e.getValue()));
        error.addClassName("ra-error");
        error.setId("target-error");
        error.setVisible(false);
        bind();

        FormLayout head = new FormLayout(name, questionnaire, sector, size);
        head.setColspan(name, 2);
        HorizontalLayout minimumRow = new HorizontalLayout(practice, minimum, addMinimum);
        minimumRow.setDefaultVerticalComponentAlignment(HorizontalLayout.Alignment.BASELINE);
        add(
                head,
                new H4(getTranslation("targets.domains")),
                domains,
                new H4(getTranslation("targets.minimums")),
                minimumRow,
                minimumList,
                error);

        Button save = new Button(getTranslation("targets.create"), click -> {
            error.setVisible(false);
            if (!binder.validate().isOk()) {
                return;
            }
            Questionnaire chosen = binder.getBean().questionnaire;
            Map<String, DomainTarget> byDomain = new LinkedHashMap<>();
            domainTargets.forEach((domain, select) -> {
                if (select.getValue() != null) {
                    byDomain.put(domain, select.getValue());
                }
            });
            try {
                targets.create(new Target(
                        0,
                        binder.getBean().name,
                        chosen.id(),
                        chosen.version(),
                        sector.getValue() == null ? null : sector.getValue().id(),
                        size.getValue() == null ? null : size.getValue().id(),
                        byDomain,
                        minimums));
                close();
                created.run();
            } catch (PlanException refused) {
                show(refused);
            }
        });
        save.setId("target-create");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void bind() {
        binder.forField(name)
                .asRequired(getTranslation("target.name-required"))
                .withValidator((text, context) -> FreeText.refusedCharacter(text, false)
                        .map(c -> ValidationResult.error(getTranslation("text.unsafe.target-name", c)))
                        .orElse(ValidationResult.ok()))
                .bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(questionnaire)
                .asRequired(getTranslation("target.questionnaire-required"))
                .bind(d -> d.questionnaire, (d, v) -> d.questionnaire = v);
        binder.setBean(new Draft());
        // chosen from lists: a refusal about them (a stale choice) is cleared by the next choice
        sector.addValueChangeListener(e -> sector.setInvalid(false));
        size.addValueChangeListener(e -> size.setInvalid(false));
        practice.addValueChangeListener(e -> practice.setInvalid(false));
        minimum.addValueChangeListener(e -> minimum.setInvalid(false));
        refusals.on("target.name-", name)
                .on("text.unsafe.target-name", name)
                .on("text.too-long", name)
                .on("target.questionnaire-", questionnaire)
                .on("target.sector-", sector)
                .on("target.size-", size)
                .on("target.practice-", practice)
                .on("target.option-", minimum);
    }

    /** Shows a refusal on the field it is about: a domain's target on that domain's choice; else under the form. */
    private void show(PlanException refused) {
        String message = getTranslation(refused.messageKey(), refused.arguments());
        boolean aboutADomain = refused.messageKey().startsWith("target.domain-")
                || refused.messageKey().startsWith("target.level-")
                || refused.messageKey().startsWith("target.band-");
        HasValidation domain = aboutADomain && refused.arguments().length > 0
                ? domainTargets.get(String.valueOf(refused.arguments()[0]))
                : null;
        if (domain != null) {
            domain.setErrorMessage(message);
            domain.setInvalid(true);
        } else if (!refusals.show(refused.messageKey(), message)) {
            error.setText(message);
            error.setVisible(true);
        }
    }

    private void showDomains(Questionnaire chosen) {
        domains.removeAll();
        domainTargets.clear();
        minimums.clear();
        minimumList.removeAll();
        practice.setItems(chosen == null ? List.of() : chosen.practices());
        if (chosen == null) {
            return;
        }
        List<DomainTarget> choices = new ArrayList<>();
        if (chosen.method() == ScoringMethod.CUMULATIVE) {
            chosen.levels().forEach(l -> choices.add(DomainTarget.level(l.rank())));
        } else {
            chosen.bands().forEach(b -> choices.add(DomainTarget.band(b.id())));
        }
        for (Domain domain : chosen.domains()) {
            Select<DomainTarget> select = new Select<>();
            select.setLabel(domain.id() + " " + domain.title().in(getLocale()));
            select.setId("target-domain-" + domain.id());
            select.setEmptySelectionAllowed(true);
            select.setEmptySelectionCaption(getTranslation("targets.no-target"));
            select.setItems(choices);
            select.setItemLabelGenerator(
                    t -> t == null ? getTranslation("targets.no-target") : TargetTexts.target(chosen, t, getLocale()));
            select.addValueChangeListener(e -> select.setInvalid(false));
            domainTargets.put(domain.id(), select);
            domains.add(select);
        }
    }
}
