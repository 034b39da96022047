package eu.resilience.assessment.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.resilience.assessment.plan.PlanDisclosure;
import eu.resilience.assessment.plan.PlanException;
import eu.resilience.assessment.plan.PlanFigures;
import eu.resilience.assessment.plan.PlanReleases;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * The partnership lead's view of the plans, in aggregate only: per questionnaire, sector and domain, how many
 * organizations have items, items by status, overdue items, and the share of followed items that improved, from
 * published releases (docs/DISCLOSURE.md); hidden cells say why.
 */
@Route("partnership-plans")
@Menu(order = 35, title = "nav.partnership-plans")
@RolesAllowed("LEAD")
public class PartnershipPlansView extends VerticalLayout implements HasDynamicTitle {

    private final PlanReleases releases;
    private final Select<PlanFigures> release = new Select<>();
    private final Grid<PlanFigures.Cell> grid = new Grid<>();
    private final Paragraph message = new Paragraph();

    public PartnershipPlansView(PlanReleases releases) {
        this.releases = releases;
        Button publish = new Button(getTranslation("plans.publish"), click -> publish());
        publish.setId("publish-plan-release");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("plans.title")), publish);
        header.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        Paragraph explain = new Paragraph(getTranslation("plans.explain"));
        explain.addClassName("ra-muted");
        message.setId("plans-message");
        release.setId("plan-release");
        release.setLabel(getTranslation("plans.release"));
        release.setItemLabelGenerator(
                r -> getTranslation("plans.release.label", r.number(), java.util.Date.from(r.publishedAt())));
        release.addValueChangeListener(e -> show(e.getValue()));
        grid.setId("plan-figures");
        grid.setAllRowsVisible(true);
        grid.addColumn(PlanFigures.Cell::questionnaireId).setHeader(getTranslation("home.questionnaire"));
        grid.addColumn(c -> getTranslation("sector." + c.sector())).setHeader(getTranslation("campaigns.sector"));
        grid.addColumn(c -> PlanDisclosure.ANY_DOMAIN.equals(c.domainId()) ? getTranslation("plans.any") : c.domainId())
                .setHeader(getTranslation("questionnaire.domain"));
        grid.addColumn(c -> c.organizations() == null ? "" : String.valueOf(c.organizations()))
                .setHeader(getTranslation("plans.organizations"));
        grid.addColumn(c -> c.counts() == null ? "" : String.valueOf(c.counts().planned()))
                .setHeader(getTranslation("plan.status.PLANNED"));
        grid.addColumn(c -> c.counts() == null ? "" : String.valueOf(c.counts().inProgress()))
                .setHeader(getTranslation("plan.status.IN_PROGRESS"));
        grid.addColumn(c -> c.counts() == null ? "" : String.valueOf(c.counts().done()))
                .setHeader(getTranslation("plan.status.DONE"));
        grid.addColumn(c -> c.counts() == null ? "" : String.valueOf(c.counts().dropped()))
                .setHeader(getTranslation("plan.status.DROPPED"));
        grid.addColumn(c -> c.counts() == null ? "" : String.valueOf(c.counts().overdue()))
                .setHeader(getTranslation("plan.overdue"));
        grid.addColumn(c -> c.improvedPercent() == null ? "" : c.improvedPercent() + " %")
                .setHeader(getTranslation("plans.improved"));
        grid.addColumn(c -> c.suppression() == null ? "" : getTranslation("plans.hidden." + c.suppression()))
                .setHeader(getTranslation("plans.hidden"))
                .setFlexGrow(2);
        add(header, explain, message, release, grid);
        refresh(null);
    }

    private void publish() {
        try {
            PlanFigures published = releases.publish();
            message.setText(getTranslation("plans.published", published.number()));
            refresh(published.releaseId());
        } catch (PlanException refused) {
            message.setText(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void refresh(Long selected) {
        List<PlanFigures> all = releases.releases();
        release.setItems(all);
        release.setVisible(!all.isEmpty());
        grid.setVisible(!all.isEmpty());
        if (all.isEmpty()) {
            message.setText(getTranslation("plans.none"));
            return;
        }
        release.setValue(all.stream()
                .filter(r -> selected == null || r.releaseId() == selected)
                .findFirst()
                .orElse(all.get(0)));
    }

    private void show(PlanFigures figures) {
        grid.setItems(figures == null ? List.of() : figures.cells());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("plans.title");
    }
}
