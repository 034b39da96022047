package eu.resilience.assessment.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** An operator of critical services taking part in the partnership. */
@Entity
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Column(nullable = false)
    private String sector;

    @Column(name = "sub_sector")
    private String subSector;

    @Enumerated(EnumType.STRING)
    @Column(name = "size_class", nullable = false)
    private SizeClass sizeClass;

    @Column(nullable = false)
    private String country;

    @Column(nullable = false)
    private boolean active = true;

    /** The operator allows partnership leads to see its results by name (otherwise only in aggregates). */
    @Column(name = "share_named_results", nullable = false)
    private boolean shareNamedResults;

    @Version
    private long version;

    protected Organization() {}

    public Organization(String name, Sector sector, String subSector, SizeClass sizeClass, String country) {
        this.name = name;
        this.sector = sector.id();
        this.subSector = subSector;
        this.sizeClass = sizeClass;
        this.country = country;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Sector getSector() {
        return Sector.byId(sector).orElseThrow();
    }

    public String getSubSector() {
        return subSector;
    }

    public SizeClass getSizeClass() {
        return sizeClass;
    }

    public String getCountry() {
        return country;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isShareNamedResults() {
        return shareNamedResults;
    }

    void setShareNamedResults(boolean share) {
        this.shareNamedResults = share;
    }

    /** Changes the name (administrators only; the services check who may). */
    public void rename(String name) {
        this.name = name;
    }

    /** Changes the profile that visibility conditions and benchmark slices read. */
    public void changeProfile(Sector sector, String subSector, SizeClass sizeClass, String country) {
        this.sector = sector.id();
        this.subSector = subSector;
        this.sizeClass = sizeClass;
        this.country = country;
    }

    /** Takes the organization out of new campaigns and lists; its data stays. */
    public void deactivate() {
        this.active = false;
    }
}
