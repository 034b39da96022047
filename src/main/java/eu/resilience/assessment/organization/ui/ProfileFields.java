package eu.resilience.assessment.organization.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import eu.resilience.assessment.organization.Country;
import eu.resilience.assessment.organization.ProfileForm;
import eu.resilience.assessment.organization.Sector;
import eu.resilience.assessment.organization.SizeClass;
import java.util.List;

/** The profile fields of an organization: sector, sub-sector (of that sector), size class and country. */
class ProfileFields extends FormLayout {

    private final ComboBox<Sector> sector = new ComboBox<>();
    private final ComboBox<String> subSector = new ComboBox<>();
    private final ComboBox<SizeClass> size = new ComboBox<>();
    private final ComboBox<String> country = new ComboBox<>();

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
