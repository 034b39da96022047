package eu.resilience.assessment.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.resilience.assessment.audit.AuditEvent;
import eu.resilience.assessment.audit.AuditLog;
import eu.resilience.assessment.audit.AuditQuery;
import eu.resilience.assessment.audit.AuditSubjects;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The audit log for administrators: who did what and when, newest first, filtered by username, action and days; the
 * grid fetches one page at a time, so the log may grow without the screen loading all of it.
 */
@Route("admin/audit")
@Menu(order = 120, title = "nav.audit")
@RolesAllowed("ADMIN")
public class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final AuditLog audit;
    private final TextField who = new TextField();
    private final ComboBox<String> what = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditEvent> grid = new Grid<>();

    /** The readable names of the subjects of the rows fetched so far ("campaign:7" to "Baseline 2026"). */
    private final java.util.Map<String, String> subjectNames = new java.util.HashMap<>();

    private final AuditSubjects subjects;

    public AuditLogView(AuditLog audit, AuditSubjects subjects) {
        this.audit = audit;
        this.subjects = subjects;
        setSizeFull();
        Paragraph intro = new Paragraph(getTranslation("audit.intro"));
        intro.addClassName("ra-muted");
        add(new H2(getTranslation("audit.title")), intro);

        who.setLabel(getTranslation("audit.who"));
        who.setId("audit-who");
        who.setClearButtonVisible(true);
        who.setValueChangeMode(ValueChangeMode.LAZY);
        what.setLabel(getTranslation("audit.what"));
        what.setId("audit-what");
        what.setItems(audit.actions());
        what.setClearButtonVisible(true);
        from.setLabel(getTranslation("audit.from"));
        from.setId("audit-from");
        from.setClearButtonVisible(true);
        to.setLabel(getTranslation("audit.to"));
        to.setId("audit-to");
        to.setClearButtonVisible(true);
        who.addValueChangeListener(change -> refresh());
        what.addValueChangeListener(change -> refresh());
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(who, what, from, to);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.addClassName(LumoUtility.FlexWrap.WRAP);
        add(filters);

        grid.setId("audit-events");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(e -> WHEN.format(e.getOccurredAt()))
                .setHeader(getTranslation("audit.when"))
                .setKey("when")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEvent::getUsername)
                .setHeader(getTranslation("audit.who"))
                .setKey("who")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEvent::getAction)
                .setHeader(getTranslation("audit.what"))
                .setKey("what")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(this::subject)
                .setHeader(getTranslation("audit.subject"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditLogView::change)
                .setHeader(getTranslation("audit.change"))
                .setFlexGrow(1);
        grid.setPageSize(50);
        setFlexGrow(1, grid);
        add(grid);
        refresh();
    }

    private static String change(AuditEvent event) {
        StringBuilder text = new StringBuilder();
        if (event.getDetail() != null) {
            text.append(event.getDetail());
        }
        if (event.getOldValue() != null || event.getNewValue() != null) {
            if (!text.isEmpty()) {
                text.append(": ");
            }
            text.append(event.getOldValue() == null ? "—" : event.getOldValue())
                    .append(" → ")
                    .append(event.getNewValue() == null ? "—" : event.getNewValue());
        }
        return text.toString();
    }

    private void refresh() {
        AuditQuery query = new AuditQuery(who.getValue(), what.getValue(), from.getValue(), to.getValue());
        grid.setItems(page -> {
            List<AuditEvent> events = audit.search(query, page.getOffset(), page.getLimit());
            nameSubjects(events);
            return events.stream();
        });
    }

    /** Names the page's subjects with one call per subject type. */
    private void nameSubjects(List<AuditEvent> events) {
        java.util.Map<String, java.util.Set<String>> idsByType = new java.util.HashMap<>();
        events.stream()
                .filter(e -> e.getSubjectType() != null && e.getSubjectId() != null)
                .filter(e -> !subjectNames.containsKey(e.getSubjectType() + ":" + e.getSubjectId()))
                .forEach(e -> idsByType
                        .computeIfAbsent(e.getSubjectType(), type -> new java.util.HashSet<>())
                        .add(e.getSubjectId()));
        idsByType.forEach((type, ids) ->
                subjects.names(type, ids).forEach((id, name) -> subjectNames.put(type + ":" + id, name)));
    }

    /** "Campaign: Baseline 2026"; a subject no module names keeps its type and id. */
    private String subject(AuditEvent event) {
        String name = subjectNames.get(event.getSubjectType() + ":" + event.getSubjectId());
        if (name == null) {
            return event.getSubjectType() + " " + event.getSubjectId();
        }
        return getTranslation("audit.subject.named", getTranslation("audit.subject." + event.getSubjectType()), name);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title");
    }
}
