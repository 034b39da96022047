package eu.resilience.assessment.organization;

/**
 * The profile of an organization, which visibility conditions and benchmark slices read.
 *
 * @param subSector one of the sector's NIS2 sub-sectors, or null
 * @param country a code of {@link Country#codes()}
 */
public record ProfileForm(Sector sector, String subSector, SizeClass sizeClass, String country) {

    /** The profile an organization has now, to start a form from. */
    static ProfileForm of(Organization organization) {
        return new ProfileForm(
                organization.getSector(),
                organization.getSubSector(),
                organization.getSizeClass(),
                organization.getCountry());
    }

    /** Refuses an incomplete or inconsistent profile. */
    void validate() {
        if (sector == null) {
            throw new OrganizationException("organization.sector-required");
        }
        if (subSector != null && !sector.subSectors().contains(subSector)) {
            throw new OrganizationException("organization.sub-sector-invalid", subSector);
        }
        if (sizeClass == null) {
            throw new OrganizationException("organization.size-required");
        }
        if (country == null || !Country.isValid(country)) {
            throw new OrganizationException("organization.country-invalid");
        }
    }

    String describe() {
        return sector.id() + (subSector == null ? "" : "/" + subSector) + ", " + sizeClass.id() + ", " + country;
    }
}
