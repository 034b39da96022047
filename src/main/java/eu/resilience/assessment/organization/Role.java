package eu.resilience.assessment.organization;

/** The roles of the product (README.md, "What each role does"). */
public enum Role {
    /** Staff of one operator: answers its assessments. */
    RESPONDENT,
    /** The operator's coordinator: manages its profile and respondents. */
    ORG_ADMIN,
    /** Partnership lead: runs campaigns, sees benchmarks. */
    LEAD,
    /** Platform administrator. */
    ADMIN;

    /** Whether users of this role belong to an organization. */
    public boolean belongsToOrganization() {
        return this == RESPONDENT || this == ORG_ADMIN;
    }
}
