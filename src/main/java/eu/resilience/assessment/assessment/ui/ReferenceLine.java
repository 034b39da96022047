package eu.resilience.assessment.assessment.ui;

import eu.resilience.assessment.questionnaire.Framework;
import eu.resilience.assessment.questionnaire.References;
import java.util.ArrayList;
import java.util.List;

/** A practice's references to frameworks as one line of its guidance ("NIST CSF 2.0 PR.AA-01 · NIS2 Art. 21(2)(i)"). */
final class ReferenceLine {

    private ReferenceLine() {}

    static String of(References references) {
        List<String> parts = new ArrayList<>();
        if (!references.nistCsf().isEmpty()) {
            parts.add("NIST CSF 2.0 " + String.join(", ", references.nistCsf()));
        }
        if (!references.iso27001().isEmpty()) {
            parts.add("ISO/IEC 27001:2022 " + String.join(", ", references.iso27001()));
        }
        if (!references.nis2().isEmpty()) {
            parts.add("NIS2 Art. " + String.join(", ", references.nis2()));
        }
        // frameworks the questionnaire declares, by key (their titles are in the results' view by framework)
        references.byFramework().forEach((key, ids) -> {
            if (Framework.known(key) == null) {
                parts.add(key + " " + String.join(", ", ids));
            }
        });
        return String.join(" · ", parts);
    }
}
