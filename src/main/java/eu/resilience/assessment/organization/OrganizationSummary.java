package eu.resilience.assessment.organization;

/**
 * An organization as other modules and the screens see it: a copy of its row, never the managed entity.
 *
 * @param subSector one of the sector's NIS2 sub-sectors, or null
 * @param country a code of {@link Country#codes()}
 */
public record OrganizationSummary(
        long id,
        String name,
        Sector sector,
        String subSector,
        SizeClass sizeClass,
        String country,
        boolean active,
        boolean shareNamedResults) {

    static OrganizationSummary of(Organization organization) {
        return new OrganizationSummary(
                organization.getId(),
                organization.getName(),
                organization.getSector(),
                organization.getSubSector(),
                organization.getSizeClass(),
                organization.getCountry(),
                organization.isActive(),
                organization.isShareNamedResults());
    }

    /** The profile that visibility conditions and benchmark slices read. */
    public ProfileForm profile() {
        return new ProfileForm(sector, subSector, sizeClass, country);
    }
}
