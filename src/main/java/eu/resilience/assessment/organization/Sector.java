package eu.resilience.assessment.organization;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Sectors of the NIS2 Directive (EU) 2022/2555, Annex I (high criticality) and Annex II (other critical). */
public enum Sector {
    ENERGY("energy", 1, "electricity", "district-heating-cooling", "oil", "gas", "hydrogen"),
    TRANSPORT("transport", 1, "air", "rail", "water", "road"),
    BANKING("banking", 1),
    FINANCIAL_MARKET_INFRASTRUCTURES("financial-market-infrastructures", 1),
    HEALTH("health", 1),
    DRINKING_WATER("drinking-water", 1),
    WASTE_WATER("waste-water", 1),
    DIGITAL_INFRASTRUCTURE("digital-infrastructure", 1),
    ICT_SERVICE_MANAGEMENT("ict-service-management", 1),
    PUBLIC_ADMINISTRATION("public-administration", 1),
    SPACE("space", 1),
    POSTAL("postal", 2),
    WASTE_MANAGEMENT("waste-management", 2),
    CHEMICALS("chemicals", 2),
    FOOD("food", 2),
    MANUFACTURING(
            "manufacturing",
            2,
            "medical-devices",
            "computer-electronic-optical",
            "electrical-equipment",
            "machinery",
            "motor-vehicles",
            "other-transport-equipment"),
    DIGITAL_PROVIDERS("digital-providers", 2),
    RESEARCH("research", 2);

    private final String id;
    private final int annex;
    private final List<String> subSectors;

    Sector(String id, int annex, String... subSectors) {
        this.id = id;
        this.annex = annex;
        this.subSectors = List.of(subSectors);
    }

    /** The id used in questionnaire conditions and files. */
    public String id() {
        return id;
    }

    /** 1 for NIS2 Annex I (high criticality), 2 for Annex II (other critical sectors). */
    public int annex() {
        return annex;
    }

    public List<String> subSectors() {
        return subSectors;
    }

    public static Optional<Sector> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
