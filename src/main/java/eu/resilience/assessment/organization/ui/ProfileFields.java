package eu.resilience.assessment.organization.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.Binder;
import eu.resilience.assessment.organization.Country;
import eu.resilience.assessment.organization.ProfileForm;
import eu.resilience.assessment.organization.Sector;
import eu.resilience.assessment.organization.SizeClass;
import java.util.List;

/**
 * The profile fields of an organization: sector, sub-sector (of that sector), size class and country. Each shows its own
 * error, the service's refusals too, cleared as soon as it is fixed.
 */
class ProfileFields extends FormLayout {

    private final ComboBox<Sector> sector = new ComboBox<>();
    private final ComboBox<String> subSector = new ComboBox<>();
    private final ComboBox<SizeClass> size = new ComboBox<>();
    private final ComboBox<String> country = new ComboBox<>();
    private final Binder<Draft> binder = new Binder<>();
    private final FieldRefusals refusals = new FieldRefusals();

    /** The profile as chosen, field by field. */
    static final class Draft {
        Sector sector;
        String subSector;
        SizeClass size;
        String country;
    }

    ProfileFields(String idPrefix) {
        sector.setLabel(getTranslation("organization.sector"));
        sector.setItems(Sector.values());
        sector.setItemLabelGenerator(s -> getTranslation("sector." + s.id()));
        sector.setId(idPrefix + "-sector");
        sector.setRequired(true);
        sector.addValueChangeListener(change -> showSubSectors(change.getValue()));

        subSector.setLabel(getTranslation("organization.sub-sector"));
        subSector.setItemLabelGenerator(id -> getTranslation("subsector." + id));
        subSector.setId(idPrefix + "-sub-sector");
        subSector.setClearButtonVisible(true);
        showSubSectors(null);

        size.setLabel(getTranslation("organization.size"));
        size.setItems(SizeClass.values());
        size.setItemLabelGenerator(s -> getTranslation("size." + s.id()));
        size.setId(idPrefix + "-size");
        size.setRequired(true);

        country.setLabel(getTranslation("organization.country"));
        country.setItems(Country.codes());
        country.setItemLabelGenerator(this::countryName);
        country.setId(idPrefix + "-country");
        country.setRequired(true);

        add(sector, subSector, size, country);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("500px", 2));

        binder.forField(sector)
                .asRequired(getTranslation("organization.sector-required"))
                .bind(d -> d.sector, (d, v) -> d.sector = v);
        binder.forField(subSector).bind(d -> d.subSector, (d, v) -> d.subSector = v);
        binder.forField(size)
                .asRequired(getTranslation("organization.size-required"))
                .bind(d -> d.size, (d, v) -> d.size = v);
        binder.forField(country)
                .asRequired(getTranslation("organization.country-invalid"))
                .bind(d -> d.country, (d, v) -> d.country = v);
        binder.setBean(new Draft());
        refusals.on("organization.sector-", sector)
                .on("organization.sub-sector-", subSector)
                .on("organization.size-", size)
                .on("organization.country-", country);
    }

    ProfileForm value() {
        return new ProfileForm(sector.getValue(), subSector.getValue(), size.getValue(), country.getValue());
    }

    void setValue(ProfileForm profile) {
        sector.setValue(profile.sector());
        subSector.setValue(profile.subSector());
        size.setValue(profile.sizeClass());
        country.setValue(profile.country());
    }

    /** Checks every field, showing each one's error; true when all are right. */
    boolean validate() {
        return binder.validate().isOk();
    }

    /** Shows a refusal of the service on the field it is about; false when it is about none of them. */
    boolean showRefusal(String messageKey, String message) {
        return refusals.show(messageKey, message);
    }

    private void showSubSectors(Sector chosen) {
        List<String> ids = chosen == null ? List.of() : chosen.subSectors();
        subSector.clear();
        subSector.setItems(ids);
        subSector.setEnabled(!ids.isEmpty());
    }

    private String countryName(String code) {
        return Country.OTHER.equals(code)
                ? getTranslation("country.other")
                : Country.name(code, getLocale()) + " (" + code + ")";
    }
}
