package eu.resilience.assessment.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import eu.resilience.assessment.As;
import eu.resilience.assessment.KaribuTest;
import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.security.ui.LoginView;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every screen, opened by address by every role and by an anonymous visitor: allowed roles get the screen, the others a
 * clear "not allowed" page (never a stack trace), anonymous visitors the login page. {@code A} allowed, {@code D} the
 * access-denied page, {@code L} the login page.
 */
class RouteAccessTest extends KaribuTest {

    private static final List<String> ACTORS = List.of("respondent", "coordinator", "lead", "admin", "anonymous");
    private static final List<Role> ROLES = List.of(Role.RESPONDENT, Role.ORG_ADMIN, Role.LEAD, Role.ADMIN);

    //                                                 respondent coordinator lead admin anonymous
    private static final String MATRIX =
            """
            assessments                                     A   A   D   D   L
            assessments/:id                                 A   A   D   D   L
            assessments/:id/review                          A   A   D   D   L
            assessments/:id/results                         A   A   D   D   L
            assessments/:id/benchmark                       A   A   D   D   L
            benchmarks                                      D   D   A   D   L
            campaigns                                       D   D   A   D   L
            questionnaires                                  A   A   A   A   L
            questionnaires/:id/:version                     A   A   A   A   L
            admin/organizations                             D   D   D   A   L
            admin/users                                     D   D   D   A   L
            admin/audit                                     D   D   D   A   L
            my-organization                                 D   A   D   D   L
            admin/outbox                                    D   D   D   A   L
            admin/authoring                                 D   D   D   A   L
            profile                                         A   A   A   A   L
            plan                                            A   A   D   D   L
            targets                                         D   D   A   A   L
            partnership-plans                               D   D   A   D   L
            set-password                                    A   A   A   A   A
            """;

    /** Routes not in the matrix: the start address forwards each role to its work; the login page is for everyone. */
    private static final Set<String> NOT_IN_MATRIX = Set.of("", "login");

    @Autowired
    AssessmentService assessments;

    @Test
    void everyRouteOfTheApplicationIsInTheMatrix() {
        Set<String> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate)
                .filter(template -> !NOT_IN_MATRIX.contains(template))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> inMatrix = MATRIX.strip()
                .lines()
                .map(line -> line.strip().split("\\s+")[0])
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(inMatrix).isEqualTo(routes);
    }

    @Test
    void everyRoleGetsTheScreenOrAClearRefusal() {
        long nordgridAssessment = As.user(
                        "respondent", Role.RESPONDENT, () -> assessments.assessmentsOfMyOrganization())
                .get(0)
                .id();
        List<String> mismatches = new ArrayList<>();
        for (String line : MATRIX.strip().split("\n")) {
            String[] cells = line.strip().split("\\s+");
            String address = cells[0].replace(":id/:version", "cyber-resilience-baseline/1.0")
                    .replace(":id", String.valueOf(nordgridAssessment));
            for (int actor = 0; actor < ACTORS.size(); actor++) {
                String actual = open(actor, address);
                if (!cells[1 + actor].equals(actual)) {
                    mismatches.add(address + " by " + ACTORS.get(actor) + ": expected " + cells[1 + actor] + ", was "
                            + actual);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private String open(int actor, String address) {
        tearDownVaadin();
        setUpVaadin();
        if (actor < ROLES.size()) {
            login(ACTORS.get(actor), ROLES.get(actor));
        }
        UI.getCurrent().navigate(address);
        Component shown = UI.getCurrent()
                .getInternals()
                .getActiveRouterTargetsChain()
                .get(0)
                .getElement()
                .getComponent()
                .orElseThrow();
        if (shown instanceof AccessDeniedView) {
            assertThat(shown.getId()).hasValue("access-denied");
            return "D";
        }
        if (shown instanceof LoginView) {
            return "L";
        }
        if (shown instanceof NotFoundView) {
            return "N";
        }
        return "A";
    }
}
