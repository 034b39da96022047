package eu.resilience.assessment.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.security.CurrentUser;
import jakarta.annotation.security.PermitAll;

/** The start address after login: each role lands where its work is. */
@Route("")
@PermitAll
public class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Role role = currentUser.role().orElse(Role.RESPONDENT);
        event.forwardTo(
                switch (role) {
                    case RESPONDENT, ORG_ADMIN -> "assessments";
                    case LEAD -> "campaigns";
                    case ADMIN -> "questionnaires";
                });
    }
}
