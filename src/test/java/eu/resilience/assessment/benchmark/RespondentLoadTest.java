package eu.resilience.assessment.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The load driver groups its failures by kind: the same failure of other respondents and practices is one kind. */
class RespondentLoadTest {

    @Test
    void groupsFailuresWithoutTheirParticulars() {
        assertThat(RespondentLoad.particularsOut("status of SHARE.2.3 after saving: 'Not answered yet'"))
                .isEqualTo(RespondentLoad.particularsOut("status of VULN.3.2 after saving: 'Not answered yet'"))
                .isEqualTo("status of <practice> after saving: 'Not answered yet'");
        String stopped = "load-1x2y3z-0042 stopped: java.lang.IllegalStateException: no radio group in";
        assertThat(RespondentLoad.particularsOut(stopped + " practice-GOV.1.1"))
                .isEqualTo("<respondent> stopped: java.lang.IllegalStateException: no radio group in"
                        + " practice-<practice>");
        assertThat(RespondentLoad.particularsOut("status of GOV.1.1 after saving: 'Saved by Load 12 at 10:02'"))
                .isEqualTo("status of <practice> after saving: 'Saved by <name> at <time>'");
        assertThat(RespondentLoad.particularsOut("UIDL request answered 500")).isEqualTo("UIDL request answered 500");
        assertThat(RespondentLoad.particularsOut("the screen of assessments/447 has no element with an id: ... request"
                        + " timed out after 5465ms (total=10, active=10, idle=0, waiting=50)"))
                .isEqualTo("the screen of assessments/<n> has no element with an id: ... request timed out after <n>ms"
                        + " (total=<n>, active=<n>, idle=<n>, waiting=<n>)");
    }

    @Test
    void readsACardsStatusAsTheBrowserShowsItFromItsHtmlAndTheChangesAppliedSince() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        UidlSession session = new UidlSession(java.net.URI.create("http://localhost/"), null);
        session.apply(
                json.readTree(
                        """
                {"syncId": 1, "changes": [
                  {"node": 40, "type": "attach"},
                  {"node": 40, "type": "put", "key": "id", "feat": 3, "value": "practice-GOV.1.1"}
                ], "execute": [
                  ["<span id=\\"status-GOV.1.1\\" data-status>Not answered yet &amp; more</span>", [0, 40],
                   "this.insertAdjacentHTML('afterbegin', $0)"]
                ]}"""),
                true);
        UidlSession.Node card = session.byElementId("practice-GOV.1.1").orElseThrow();
        assertThat(RespondentLoad.status(session, card)).isEqualTo("Not answered yet & more");

        // a change of the status, then one of the tools only (status null: unchanged)
        session.apply(
                json.readTree(
                        """
                {"syncId": 2, "execute": [
                  [null, "Saved by Rita at 10:02", "saved", null, false, "", false, [0, 40], "status [data-status]"],
                  [null, null, "saved", true, false, "", false, [0, 40], "status [data-status]"]
                ]}"""),
                true);
        assertThat(RespondentLoad.status(session, card)).isEqualTo("Saved by Rita at 10:02");
    }
}
