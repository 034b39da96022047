package eu.resilience.assessment.report.docx;

import eu.resilience.assessment.report.PlanReportData;
import eu.resilience.assessment.report.Texts;

/** The organization's improvement plan alone, as a Word document. */
public final class PlanDocx {

    private PlanDocx() {}

    public static byte[] write(PlanReportData data) {
        Texts t = data.texts();
        try (Word word = new Word(data.tlp())) {
            word.title(t.get("plan.title") + " · " + data.organizationName());
            word.text(data.tlp().label() + " · " + t.get(data.tlp().ruleKey()) + "\n" + t.get("report.date") + ": "
                    + data.date());
            CompanyDocx.plan(word, t, data.plan());
            return word.bytes();
        }
    }
}
