package eu.resilience.assessment.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import eu.resilience.assessment.questionnaire.Domain;
import eu.resilience.assessment.questionnaire.Goal;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.QuestionnaireFormat;
import eu.resilience.assessment.questionnaire.QuestionnaireStatus;
import eu.resilience.assessment.questionnaire.ScaleOption;
import eu.resilience.assessment.questionnaire.ScoringMethod;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The framework library importer on small libraries written for these tests in the open library YAML format: what maps,
 * the notes on what does not (with node and field), and the files refused with every blocking problem.
 */
class LibraryImporterTest {

    static byte[] resource(String name) throws IOException {
        try (InputStream in = LibraryImporterTest.class.getResourceAsStream("/authoring/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void implementationGroupsBecomeCumulativeLevelsAndTheTreeDomainsGoalsAndPractices() throws IOException {
        Authoring.Draft draft = Authoring.fromLibrary("maturity-library.yaml", resource("maturity-library.yaml"));
        Questionnaire q = draft.questionnaire();

        assertThat(draft.fileName()).isEqualTo("harbour-mm-2.yaml");
        assertThat(q.status()).isEqualTo(QuestionnaireStatus.DRAFT);
        assertThat(q.languages()).containsExactly("en", "fr");
        assertThat(q.title().in(Locale.FRENCH)).isEqualTo("Modèle de maturité portuaire");
        assertThat(q.publisher()).isEqualTo("Example harbour authority");
        assertThat(q.method()).isEqualTo(ScoringMethod.CUMULATIVE);
        assertThat(q.levels())
                .extracting(l -> l.id(), l -> l.rank(), l -> l.name().in(Locale.FRENCH))
                .containsExactly(tuple("MIL1", 1, "Initié"), tuple("MIL2", 2, "Réalisé"), tuple("MIL3", 3, "Géré"));
        assertThat(q.domains()).extracting(Domain::id).containsExactly("GOV", "OPS");
        assertThat(q.domains().get(0).goals()).extracting(Goal::id).containsExactly("GOV.1");
        // the heading at depth 3 is flattened: its practice joins the goal, its ref_id made a valid id
        assertThat(q.domains().get(0).practices())
                .extracting(Practice::id, p -> p.level().id(), Practice::weight)
                .containsExactly(
                        tuple("GOV.1.a", "MIL1", 1.0), tuple("GOV.1.b", "MIL2", 2.0), tuple("P1.4-c", "MIL3", 1.0));
        Practice first = q.practice("GOV.1.a").orElseThrow();
        assertThat(first.text().in(Locale.FRENCH)).isEqualTo("Une personne nommée est responsable du risque cyber.");
        assertThat(first.guidance().in(Locale.ENGLISH)).isEqualTo("Look for a **written** appointment.");
        assertThat(first.evidenceHints()).extracting(e -> e.in(Locale.FRENCH)).containsExactly("Lettre de désignation");
        assertThat(first.naAllowed()).isTrue();
        // an assessable node right under a domain: a goal named after the domain; name and description both in the text
        Goal direct = q.domains().get(1).goals().get(0);
        assertThat(direct.id()).isEqualTo("OPS.0");
        assertThat(direct.title().in(Locale.ENGLISH)).isEqualTo("Operations");
        assertThat(direct.practices().get(0).text().in(Locale.ENGLISH))
                .isEqualTo("Backups: Backups are kept offline and tested.");
        // no scores: the compliance scale, with its texts in the questionnaire's locales
        assertThat(q.scales().get(0).options())
                .extracting(ScaleOption::id, ScaleOption::achieved)
                .containsExactly(
                        tuple("compliant", true), tuple("partially-compliant", false), tuple("non-compliant", false));
        assertThat(q.scales().get(0).options().get(0).label().byLanguage()).containsOnlyKeys("en", "fr");

        assertThat(draft.notes())
                .extracting(Problem::node, Problem::field, Problem::messageKey)
                .contains(
                        tuple("library", "copyright", "authoring.library.field-not-mapped"),
                        tuple("library", "objects.reference_controls", "authoring.library.object-not-mapped"),
                        tuple(
                                "urn:example:risk:req_node:harbour-mm:gov.1.a",
                                "questions",
                                "authoring.library.node-field-not-mapped"),
                        tuple(
                                "urn:example:risk:req_node:harbour-mm:gov.1.sub",
                                "",
                                "authoring.library.heading-flattened"),
                        tuple(
                                "urn:example:risk:req_node:harbour-mm:gov.1.sub.a",
                                "ref_id",
                                "authoring.library.id-changed"),
                        tuple("urn:example:risk:req_node:harbour-mm:ops", "", "authoring.library.synthetic-goal"));
        assertThat(draft.notes()).noneMatch(Problem::blocking);
    }

    @Test
    void scoresWithoutGroupsBecomeAnAveragedScaleWithBandsAndAnIncompleteLanguageIsLeftOut() throws IOException {
        Authoring.Draft draft = Authoring.fromLibrary("scored-library.yaml", resource("scored-library.yaml"));
        Questionnaire q = draft.questionnaire();

        assertThat(q.id()).isEqualTo("small-check");
        assertThat(q.method()).isEqualTo(ScoringMethod.AVERAGED);
        assertThat(q.languages()).containsExactly("en");
        assertThat(q.scales().get(0).options())
                .extracting(ScaleOption::id, ScaleOption::value, ScaleOption::step)
                .containsExactly(tuple("score-4", 1.0, 4), tuple("score-2", 0.5, 2), tuple("score-0", 0.0, 0));
        assertThat(q.bands())
                .extracting(b -> b.id(), b -> b.from())
                .containsExactly(tuple("score-0", 0.0), tuple("score-2", 2.0), tuple("score-4", 4.0));
        // ids that start with a digit get a prefix; the same ref_id twice is made unique
        assertThat(q.domains()).extracting(Domain::id).containsExactly("D1");
        assertThat(q.practices()).extracting(Practice::id).containsExactly("P1.1", "P1.2", "P1.2-2");
        assertThat(draft.notes())
                .extracting(Problem::field, Problem::messageKey, Problem::arguments)
                .contains(
                        // title, description and two practices have no German text
                        tuple("translations", "authoring.library.locale-incomplete", java.util.List.of("de", "4")),
                        // the depth a node declares yields to its place under its parent
                        tuple("depth", "authoring.library.node.depth", java.util.List.of("2", "3")));
    }

    @Test
    void theDraftIsAFileTheLoaderReadsAsItIs() throws IOException {
        Authoring.Draft draft = Authoring.fromLibrary("maturity-library.yaml", resource("maturity-library.yaml"));

        QuestionnaireFormat.Read read = QuestionnaireFormat.read(draft.fileName(), draft.yaml());

        assertThat(read.errors()).isEmpty();
        assertThat(read.questionnaire().orElseThrow().practices()).hasSize(4);
        assertThat(draft.yaml()).startsWith("# Imported from the framework library maturity-library.yaml");
    }

    @Test
    void aBrokenTreeIsRefusedWithEveryNodeAtFault() throws IOException {
        assertThatThrownBy(() -> Authoring.fromLibrary("broken.yaml", resource("broken-tree-library.yaml")))
                .isInstanceOfSatisfying(AuthoringException.class, refused -> assertThat(refused.problems())
                        .filteredOn(Problem::blocking)
                        .extracting(Problem::node, Problem::field, Problem::messageKey)
                        .containsExactly(
                                tuple(
                                        "urn:example:risk:req_node:broken:a.1",
                                        "parent_urn",
                                        "authoring.library.node.parent"),
                                tuple("urn:example:risk:req_node:broken:a", "urn", "authoring.library.node.twice"),
                                tuple("#4", "urn", "authoring.library.node.no-urn")));
    }

    @Test
    void filesThatAreNoFrameworkLibraryAreRefusedWithWhy() {
        assertThat(refusal("a: [b".getBytes(StandardCharsets.UTF_8))).isEqualTo("authoring.library.yaml");
        assertThat(refusal("just text".getBytes(StandardCharsets.UTF_8))).isEqualTo("authoring.library.not-library");
        assertThat(refusal("objects: {risk_matrix: []}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("authoring.library.no-framework");
        assertThat(refusal(new byte[0])).isEqualTo("authoring.library.empty");
        assertThat(refusal(new byte[LibraryImporter.MAX_BYTES + 1])).isEqualTo("authoring.library.too-big");
        String noAssessable = "objects: {framework: {ref_id: x, name: X, requirement_nodes: "
                + "[{urn: 'u:1', assessable: false, name: Heading}]}}";
        assertThat(refusal(noAssessable.getBytes(StandardCharsets.UTF_8))).isEqualTo("authoring.library.no-practice");
    }

    private static String refusal(byte[] file) {
        try {
            Authoring.fromLibrary("bad.yaml", file);
            return "accepted";
        } catch (AuthoringException refused) {
            return refused.problems().stream()
                    .filter(Problem::blocking)
                    .findFirst()
                    .orElseThrow()
                    .messageKey();
        }
    }
}
