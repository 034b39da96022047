package eu.resilience.assessment.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import eu.resilience.assessment.assessment.AssessmentException;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.assessment.Participation;
import java.time.LocalDate;

/** The lead's extension of a campaign's closing day for one organization: new day and reason; refusals shown. */
final class ExtensionDialog {

    private ExtensionDialog() {}

    /**
     * Opens the dialog for one organization of a campaign that closed on {@code campaignCloses}: the day picker offers
     * only the days the service accepts (today or later, after the close, at most the last extension day), suggesting
     * two weeks from today within them.
     */
    static void open(CampaignService campaigns, Participation participation, LocalDate campaignCloses, Runnable done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("campaigns.extend.title", participation.organizationName()));
        LocalDate today = LocalDate.now();
        LocalDate first = today.isAfter(campaignCloses) ? today : campaignCloses.plusDays(1);
        LocalDate last = CampaignService.lastExtensionDay(campaignCloses);
        LocalDate suggested = today.plusDays(14).isAfter(last) ? last : today.plusDays(14);
        DatePicker day = new DatePicker(dialog.getTranslation("campaigns.extend.closes"), suggested);
        day.setId("extension-day");
        day.setRequired(true);
        day.setMin(first);
        day.setMax(last);
        day.setHelperText(dialog.getTranslation("campaigns.extend.last-day", last));
        TextArea reason = new TextArea(dialog.getTranslation("campaigns.extend.reason"));
        reason.setId("extension-reason");
        reason.addClassName("ra-reason");
        reason.setMaxLength(2000);
        reason.setRequired(true);
        day.addValueChangeListener(e -> day.setInvalid(false));
        reason.addValueChangeListener(e -> reason.setInvalid(false));
        dialog.add(new VerticalLayout(day, reason));
        Button confirm = new Button(dialog.getTranslation("campaigns.extend"), click -> {
            try {
                campaigns.extendDeadline(participation.assessmentId(), day.getValue(), reason.getValue());
                dialog.close();
                done.run();
            } catch (AssessmentException refused) {
                boolean aboutReason = refused.messageKey().startsWith("extension.reason")
                        || refused.messageKey().startsWith("text.");
                String message = dialog.getTranslation(refused.messageKey(), refused.arguments());
                if (aboutReason) {
                    reason.setErrorMessage(message);
                    reason.setInvalid(true);
                    reason.focus();
                } else {
                    day.setErrorMessage(message);
                    day.setInvalid(true);
                    day.focus();
                }
            }
        });
        confirm.setId("extension-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(dialog.getTranslation("action.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }
}
