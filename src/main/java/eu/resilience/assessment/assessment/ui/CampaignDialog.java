package eu.resilience.assessment.assessment.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import eu.resilience.assessment.assessment.AssessmentException;
import eu.resilience.assessment.assessment.CampaignForm;
import eu.resilience.assessment.assessment.CampaignOverlap;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.assessment.CampaignTargets;
import eu.resilience.assessment.organization.OrganizationService;
import eu.resilience.assessment.organization.OrganizationSummary;
import eu.resilience.assessment.organization.Sector;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.QuestionnaireService;
import eu.resilience.assessment.questionnaire.QuestionnaireStatus;
import eu.resilience.assessment.text.Formats;
import eu.resilience.assessment.text.FreeText;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * The form of a new campaign: questionnaire version, name, dates, and the organizations invited one by one or by
 * sector. Each field shows its own error (cleared as soon as it is fixed); creating asks for confirmation and warns of
 * open campaigns of the same questionnaire that already invite some of the organizations.
 */
class CampaignDialog extends Dialog {

    private final TextField name = new TextField();
    private final ComboBox<Questionnaire> questionnaire = new ComboBox<>();
    private final DatePicker opensOn = new DatePicker();
    private final DatePicker closesOn = new DatePicker();
    private final MultiSelectComboBox<OrganizationSummary> organizations = new MultiSelectComboBox<>();
    private final ComboBox<Sector> bySector = new ComboBox<>();
    private final Checkbox carryOver = new Checkbox();
    private final TextField reminders = new TextField();
    private final ComboBox<CampaignTargets.Choice> target = new ComboBox<>();
    private final Paragraph error = new Paragraph();
    private final Binder<Draft> binder = new Binder<>();
    private final CampaignService campaigns;
    private final LongConsumer created;

    /** What the lead typed, field by field. */
    static final class Draft {
        String name = "";
        Questionnaire questionnaire;
        LocalDate opensOn = LocalDate.now();
        LocalDate closesOn = LocalDate.now().plusWeeks(8);
        Set<OrganizationSummary> organizations = new HashSet<>();
        String reminders =
                CampaignForm.DEFAULT_REMINDER_DAYS.stream().map(String::valueOf).collect(Collectors.joining(", "));
        CampaignTargets.Choice target;
        boolean carryOver;
    }

    CampaignDialog(
            CampaignService campaigns,
            QuestionnaireService questionnaires,
            OrganizationService directory,
            CampaignTargets targets,
            LongConsumer created) {
        this.campaigns = campaigns;
        this.created = created;
        setHeaderTitle(getTranslation("campaigns.new"));
        addClassName("ra-dialog-l");
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
        closesOn.setLabel(getTranslation("campaigns.closes"));
        closesOn.setId("campaign-closes");
        List<OrganizationSummary> all = directory.activeOrganizations();
        organizations.setLabel(getTranslation("campaigns.organizations"));
        organizations.setId("campaign-organizations");
        organizations.setItems(all);
        organizations.setItemLabelGenerator(OrganizationSummary::name);
        organizations.setRequiredIndicatorVisible(true);
        bySector.setLabel(getTranslation("campaigns.by-sector"));
        bySector.setId("campaign-sector");
        bySector.setItems(all.stream()
                .map(OrganizationSummary::sector)
                .distinct()
                .sorted()
                .toList());
        bySector.setItemLabelGenerator(s -> getTranslation("sector." + s.id()));
        bySector.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                Set<OrganizationSummary> chosen = new HashSet<>(organizations.getValue());
                chosen.addAll(
                        all.stream().filter(o -> o.sector() == e.getValue()).toList());
                organizations.setValue(chosen);
                bySector.clear();
            }
        });
        carryOver.setLabel(getTranslation("campaigns.carry-over"));
        carryOver.setId("campaign-carry-over");
        reminders.setLabel(getTranslation("campaign.reminders"));
        reminders.setHelperText(getTranslation("campaign.reminders.help"));
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
        bind();
        error.addClassName("ra-error");
        error.setId("campaign-error");

        FormLayout form = new FormLayout(
                name, questionnaire, opensOn, closesOn, organizations, bySector, reminders, target, carryOver);
        form.setColspan(name, 2);
        form.setColspan(organizations, 2);
        add(form, error);

        Button save = new Button(getTranslation("campaigns.create"), click -> confirm());
        save.setId("campaign-create");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void bind() {
        binder.forField(name)
                .asRequired(getTranslation("campaign.name-required"))
                .withValidator((text, context) -> FreeText.refusedCharacter(text, false)
                        .map(character ->
                                ValidationResult.error(getTranslation("text.unsafe.campaign-name", character)))
                        .orElse(ValidationResult.ok()))
                .bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(questionnaire)
                .asRequired(getTranslation("campaign.questionnaire-required"))
                .bind(d -> d.questionnaire, (d, v) -> d.questionnaire = v);
        binder.forField(opensOn)
                .asRequired(getTranslation("campaign.dates-required"))
                .bind(d -> d.opensOn, (d, v) -> d.opensOn = v);
        Binder.Binding<Draft, LocalDate> closes = binder.forField(closesOn)
                .asRequired(getTranslation("campaign.dates-required"))
                .withValidator(
                        day -> opensOn.getValue() == null || !day.isBefore(opensOn.getValue()),
                        getTranslation("campaign.dates-order"))
                .bind(d -> d.closesOn, (d, v) -> d.closesOn = v);
        opensOn.addValueChangeListener(e -> {
            if (!closesOn.isEmpty()) {
                closes.validate();
            }
        });
        binder.forField(organizations)
                .withValidator(chosen -> !chosen.isEmpty(), getTranslation("campaign.organizations-required"))
                .bind(d -> d.organizations, (d, v) -> d.organizations = v);
        binder.forField(reminders)
                .withValidator((text, context) -> {
                    try {
                        CampaignForm.validReminderDays(CampaignForm.reminderDays(text));
                        return ValidationResult.ok();
                    } catch (AssessmentException refused) {
                        return ValidationResult.error(getTranslation(refused.messageKey(), refused.arguments()));
                    }
                })
                .bind(d -> d.reminders, (d, v) -> d.reminders = v);
        binder.forField(target).bind(d -> d.target, (d, v) -> d.target = v);
        binder.forField(carryOver).bind(d -> d.carryOver, (d, v) -> d.carryOver = v);
        binder.setBean(new Draft());
    }

    private CampaignForm form() {
        Draft draft = binder.getBean();
        return new CampaignForm(
                draft.name,
                draft.questionnaire.id(),
                draft.questionnaire.version(),
                draft.opensOn,
                draft.closesOn,
                draft.organizations.stream().map(OrganizationSummary::id).collect(Collectors.toSet()),
                draft.carryOver,
                CampaignForm.reminderDays(draft.reminders),
                draft.target == null ? null : draft.target.id());
    }

    /** Checks every field; if all are right, asks for confirmation with any overlap, then creates. */
    private void confirm() {
        error.setText("");
        if (!binder.validate().isOk()) {
            return;
        }
        CampaignForm form = form();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("campaign-confirm");
        dialog.setHeader(getTranslation("campaigns.confirm.title"));
        Div text = new Div(new Paragraph(getTranslation(
                "campaigns.confirm.text",
                form.name().strip(),
                questionnaire.getItemLabelGenerator().apply(questionnaire.getValue()),
                Formats.date(form.opensOn(), getLocale()),
                Formats.date(form.closesOn(), getLocale()),
                form.organizationIds().size())));
        for (CampaignOverlap overlap : campaigns.overlaps(form)) {
            Paragraph warning = new Paragraph(getTranslation(
                    "campaigns.overlap",
                    overlap.name(),
                    Formats.date(overlap.opensOn(), getLocale()),
                    Formats.date(overlap.closesOn(), getLocale()),
                    String.join(", ", overlap.organizations())));
            warning.addClassName("ra-banner");
            warning.addClassName("campaign-overlap");
            text.add(warning);
        }
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("campaigns.create"));
        dialog.addConfirmListener(confirmed -> create(form));
        dialog.open();
    }

    private void create(CampaignForm form) {
        try {
            long id = campaigns.create(form);
            close();
            created.accept(id);
        } catch (AssessmentException refused) {
            String message = getTranslation(refused.messageKey(), refused.arguments());
            HasValidation field = FIELD_OF.entrySet().stream()
                    .filter(entry -> refused.messageKey().startsWith(entry.getKey()))
                    .map(entry -> fieldNamed(entry.getValue()))
                    .findFirst()
                    .orElse(null);
            if (field == null) {
                error.setText(message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
    }

    /** The field a refusal of the service is about, by its message key (the others go under the form). */
    private static final Map<String, String> FIELD_OF = Map.ofEntries(
            Map.entry("campaign.name-", "name"),
            Map.entry("text.unsafe.campaign-name", "name"),
            Map.entry("text.too-long", "name"),
            Map.entry("campaign.questionnaire-", "questionnaire"),
            Map.entry("campaign.dates-", "closesOn"),
            Map.entry("campaign.organization", "organizations"),
            Map.entry("campaign.reminder", "reminders"),
            Map.entry("campaign.target-", "target"));

    private HasValidation fieldNamed(String field) {
        return switch (field) {
            case "name" -> name;
            case "questionnaire" -> questionnaire;
            case "closesOn" -> closesOn;
            case "organizations" -> organizations;
            case "reminders" -> reminders;
            default -> target;
        };
    }
}
