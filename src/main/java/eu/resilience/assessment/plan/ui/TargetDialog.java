package eu.resilience.assessment.plan.ui;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A new target profile: questionnaire version, who it is for, a target per domain, and practice minimums. */
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

    TargetDialog(TargetService targets, List<Questionnaire> catalogue, Runnable created) {
        setHeaderTitle(getTranslation("targets.new"));
        setWidth("820px");
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
            Questionnaire chosen = questionnaire.getValue();
            Map<String, DomainTarget> byDomain = new LinkedHashMap<>();
            domainTargets.forEach((domain, select) -> {
                if (select.getValue() != null) {
                    byDomain.put(domain, select.getValue());
                }
            });
            try {
                targets.create(new Target(
                        0,
                        name.getValue(),
                        chosen == null ? null : chosen.id(),
                        chosen == null ? null : chosen.version(),
                        sector.getValue() == null ? null : sector.getValue().id(),
                        size.getValue() == null ? null : size.getValue().id(),
                        byDomain,
                        minimums));
                close();
                created.run();
            } catch (PlanException refused) {
                error.setText(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        save.setId("target-create");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
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
            domainTargets.put(domain.id(), select);
            domains.add(select);
        }
    }
}
