package eu.resilience.assessment.questionnaire.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.questionnaire.TestQuestionnaires;
import org.junit.jupiter.api.Test;

/** The catalogue's source column: the source's title, publisher and date in a few words, empty without a source. */
class CatalogSourceTest {

    @Test
    void theSourceColumnSaysWhereTheContentComesFrom() {
        var model = TestQuestionnaires.parse(
                "model-1.0.yaml",
                TestQuestionnaires.minimal()
                        .replace(
                                "locales: [en]",
                                "locales: [en]\nsource: {title: C2M2 v2.1, publisher: U.S. DOE, date: 2022-06,"
                                        + " licence: Public domain}"));

        assertThat(CatalogView.source(model)).isEqualTo("C2M2 v2.1 · U.S. DOE · 2022-06");
        assertThat(CatalogView.source(TestQuestionnaires.parse("plain-1.0.yaml", TestQuestionnaires.minimal())))
                .isEmpty();
    }
}
