package eu.resilience.assessment.report;

import java.awt.Color;

/**
 * Traffic Light Protocol 2.0 labels, with their colours (text on a black background, as FIRST specifies), and the
 * sharing rule each one stands for.
 */
public enum Tlp {
    RED("TLP:RED", new Color(0xFF2B2B)),
    AMBER_STRICT("TLP:AMBER+STRICT", new Color(0xFFC000)),
    AMBER("TLP:AMBER", new Color(0xFFC000)),
    GREEN("TLP:GREEN", new Color(0x33FF00)),
    CLEAR("TLP:CLEAR", Color.WHITE);

    private final String label;
    private final Color colour;

    Tlp(String label, Color colour) {
        this.label = label;
        this.colour = colour;
    }

    public String label() {
        return label;
    }

    public Color colour() {
        return colour;
    }

    /** The message key of the sharing rule. */
    public String ruleKey() {
        return "report.tlp." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
