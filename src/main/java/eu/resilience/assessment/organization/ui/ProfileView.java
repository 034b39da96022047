package eu.resilience.assessment.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.resilience.assessment.organization.AccountSettings;
import eu.resilience.assessment.organization.Language;
import eu.resilience.assessment.organization.MyAccount;
import eu.resilience.assessment.organization.OrganizationException;
import jakarta.annotation.security.PermitAll;

/**
 * Every user's own profile: e-mail address, language of the e-mails, reminders on or off. Each field shows its own
 * error, the service's refusals too (an invalid or taken address), cleared as soon as it is fixed.
 */
@Route("profile")
@Menu(order = 900, title = "nav.profile")
@PermitAll
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

    private final AccountSettings settings;
    private final TextField username = new TextField();
    private final EmailField email = new EmailField();
    private final ComboBox<Language> language = new ComboBox<>();
    private final Checkbox reminders = new Checkbox();
    private final Paragraph error = new Paragraph();
    private final Binder<MyAccount> binder = new Binder<>();
    private final FieldRefusals refusals = new FieldRefusals();

    public ProfileView(AccountSettings settings) {
        this.settings = settings;
        username.setLabel(getTranslation("user.username"));
        username.setReadOnly(true);
        username.setId("profile-username");
        email.setLabel(getTranslation("user.email"));
        email.setId("profile-email");
        email.setHelperText(getTranslation("user.email.help"));
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("email.pattern")));
        language.setLabel(getTranslation("profile.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> getTranslation("language." + l.name()));
        language.setId("profile-language");
        reminders.setLabel(getTranslation("profile.reminders"));
        reminders.setId("profile-reminders");
        binder.forField(email)
                .asRequired(getTranslation("email.required"))
                .bind(a -> a.email() == null ? "" : a.email(), (a, v) -> {}); // read only: the form is saved as a whole
        binder.forField(language)
                .asRequired(getTranslation("language.required"))
                .bind(MyAccount::language, (a, v) -> {});
        refusals.on("email.", email).on("user.email-", email).on("language.", language);
        error.setId("profile-account-error");
        error.addClassName("ra-error");
        error.setVisible(false);
        FormLayout form = new FormLayout(username, email, language, reminders);
        form.setColspan(reminders, 2);
        form.addClassName("ra-form");
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("profile-account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph intro = new Paragraph(getTranslation("profile.intro"));
        intro.addClassName("ra-muted");
        add(new H2(getTranslation("profile.title")), intro, form, error, save);
        show(settings.mine());
    }

    private void show(MyAccount account) {
        username.setValue(account.username());
        binder.readBean(account);
        reminders.setValue(account.reminders());
    }

    private void save() {
        error.setVisible(false);
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            show(settings.update(new MyAccount(
                    username.getValue(), null, email.getValue(), language.getValue(), reminders.getValue())));
            Notification.show(getTranslation("profile.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (OrganizationException refused) {
            String message = getTranslation(refused.messageKey(), refused.arguments());
            if (!refusals.show(refused.messageKey(), message)) {
                error.setText(message);
                error.setVisible(true);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title");
    }
}
