package eu.resilience.assessment.questionnaire;

import java.util.List;

/** References of a practice to standards: NIST CSF 2.0, ISO/IEC 27001:2022 Annex A, NIS2 Art. 21(2). */
public record References(List<String> nistCsf, List<String> iso27001, List<String> nis2) {

    public static final References NONE = new References(List.of(), List.of(), List.of());

    public References {
        nistCsf = List.copyOf(nistCsf);
        iso27001 = List.copyOf(iso27001);
        nis2 = List.copyOf(nis2);
    }

    public boolean isEmpty() {
        return nistCsf.isEmpty() && iso27001.isEmpty() && nis2.isEmpty();
    }
}
