package eu.resilience.assessment.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** The page for a screen the user's role may not open: says so plainly and offers the way home, never a stack trace. */
@PermitAll
public class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        add(
                new H2(getTranslation("accessdenied.title")),
                new Paragraph(getTranslation("accessdenied.text")),
                new Anchor("", getTranslation("notfound.home")));
        setId("access-denied");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
