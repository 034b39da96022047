package eu.resilience.assessment.assessment.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteParameters;
import java.util.Map;
import java.util.OptionalLong;

/** The assessment id in an address: a number, or "not found" for anything else. */
final class AssessmentRoutes {

    private AssessmentRoutes() {}

    static RouteParameters of(long assessmentId) {
        return new RouteParameters(Map.of("id", String.valueOf(assessmentId)));
    }

    /** The id of the address, or empty after rerouting to the "not found" page. */
    static OptionalLong id(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("");
        try {
            return OptionalLong.of(Long.parseLong(raw));
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return OptionalLong.empty();
        }
    }
}
