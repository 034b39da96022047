package eu.resilience.assessment.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import eu.resilience.assessment.assessment.AssessmentException;
import eu.resilience.assessment.assessment.CampaignForm;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.assessment.CampaignTargets;
import eu.resilience.assessment.organization.Organization;
import eu.resilience.assessment.organization.OrganizationService;
import eu.resilience.assessment.organization.Sector;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.QuestionnaireService;
import eu.resilience.assessment.questionnaire.QuestionnaireStatus;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/** The form of a new campaign: questionnaire version, name, dates, and the organizations invited one by one or by sector. */
class CampaignDialog extends Dialog {

    private final TextField name = new TextField();
    private final ComboBox<Questionnaire> questionnaire = new ComboBox<>();
    private final DatePicker opensOn = new DatePicker();
    private final DatePicker closesOn = new DatePicker();
    private final MultiSelectComboBox<Organization> organizations = new MultiSelectComboBox<>();
    private final ComboBox<Sector> bySector = new ComboBox<>();
    private final Checkbox carryOver = new Checkbox();
    private final TextField reminders = new TextField();
    private final ComboBox<CampaignTargets.Choice> target = new ComboBox<>();
    private final Paragraph error = new Paragraph();

    CampaignDialog(
            CampaignService campaigns,
            QuestionnaireService questionnaires,
            OrganizationService directory,
            CampaignTargets targets,
            LongConsumer created) {
        setHeaderTitle(getTranslation("campaigns.new"));
        setWidth("720px");
        name.setLabel(getTranslation("campaigns.name"));
        name.setId("campaign-name");
        name.setMaxLength(200);
        questionnaire.setLabel(getTranslation("home.questionnaire"));
        questionnaire.setId("campaign-questionnaire");
        questionnaire.setItems(questionnaires.catalogue().stream()
                .filter(q -> q.status() == QuestionnaireStatus.PUBLISHED)
                .toList());
        questionnaire.setItemLabelGenerator(q -> q.title().in(getLocale()) + " " + q.version());
        opensOn.setLabel(getTranslation("campaigns.opens"));
        opensOn.setId("campaign-opens");
        opensOn.setValue(LocalDate.now());
        closesOn.setLabel(getTranslation("campaigns.closes"));
        closesOn.setId("campaign-closes");
        closesOn.setValue(LocalDate.now().plusWeeks(8));
        List<Organization> all = directory.activeOrganizations();
        organizations.setLabel(getTranslation("campaigns.organizations"));
        organizations.setId("campaign-organizations");
        organizations.setItems(all);
        organizations.setItemLabelGenerator(Organization::getName);
        bySector.setLabel(getTranslation("campaigns.by-sector"));
        bySector.setId("campaign-sector");
        bySector.setItems(
                all.stream().map(Organization::getSector).distinct().sorted().toList());
        bySector.setItemLabelGenerator(s -> getTranslation("sector." + s.id()));
        bySector.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                Set<Organization> chosen = new HashSet<>(organizations.getValue());
                chosen.addAll(
                        all.stream().filter(o -> o.getSector() == e.getValue()).toList());
                organizations.setValue(chosen);
                bySector.clear();
            }
        });
        carryOver.setLabel(getTranslation("campaigns.carry-over"));
        carryOver.setId("campaign-carry-over");
        reminders.setLabel(getTranslation("campaign.reminders"));
        reminders.setHelperText(getTranslation("campaign.reminders.help"));
        reminders.setValue(
                CampaignForm.DEFAULT_REMINDER_DAYS.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        reminders.setId("campaign-reminders");
        target.setLabel(getTranslation("campaign.target"));
        target.setHelperText(getTranslation("campaign.target.help"));
        target.setId("campaign-target");
        target.setItemLabelGenerator(CampaignTargets.Choice::name);
        target.setEnabled(false);
        questionnaire.addValueChangeListener(e -> {
            target.clear();
            List<CampaignTargets.Choice> choices = e.getValue() == null || targets == null
                    ? List.of()
                    : targets.targetsOf(e.getValue().id(), e.getValue().version());
            target.setItems(choices);
            target.setEnabled(!choices.isEmpty());
        });
        error.addClassName("ra-error");
        error.setId("campaign-error");

        FormLayout form = new FormLayout(
                name, questionnaire, opensOn, closesOn, organizations, bySector, reminders, target, carryOver);
        form.setColspan(name, 2);
        form.setColspan(organizations, 2);
        add(form, error);

        Button save = new Button(getTranslation("campaigns.create"), click -> {
            try {
                Questionnaire chosen = questionnaire.getValue();
                long id = campaigns.create(new CampaignForm(
                        name.getValue(),
                        chosen == null ? null : chosen.id(),
                        chosen == null ? null : chosen.version(),
                        opensOn.getValue(),
                        closesOn.getValue(),
                        organizations.getValue().stream()
                                .map(Organization::getId)
                                .collect(Collectors.toSet()),
                        carryOver.getValue(),
                        CampaignForm.reminderDays(reminders.getValue()),
                        target.getValue() == null ? null : target.getValue().id()));
                close();
                created.accept(id);
            } catch (AssessmentException refused) {
                error.setText(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        save.setId("campaign-create");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
