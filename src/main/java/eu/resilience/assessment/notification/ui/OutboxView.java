package eu.resilience.assessment.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.resilience.assessment.notification.NotificationException;
import eu.resilience.assessment.notification.NotificationStatus;
import eu.resilience.assessment.notification.OutboxEntry;
import eu.resilience.assessment.notification.OutboxService;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The administrator's outbox: every e-mail, newest first, with its status (queued, sent, failed with the SMTP error,
 * or "not sent: no mail server configured"), its attempts, and "Send again" for a failed one.
 */
@Route("admin/outbox")
@Menu(order = 125, title = "nav.outbox")
@RolesAllowed("ADMIN")
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final OutboxService outbox;
    private final Grid<OutboxEntry> grid = new Grid<>();
    private final ComboBox<NotificationStatus> status = new ComboBox<>();

    public OutboxView(OutboxService outbox) {
        this.outbox = outbox;
        setSizeFull();
        Paragraph intro = new Paragraph(getTranslation("outbox.intro"));
        intro.addClassName("ra-muted");
        add(new H2(getTranslation("outbox.title")), intro);
        if (!outbox.mailServerConfigured()) {
            Paragraph warning = new Paragraph(getTranslation("outbox.no-mail-server"));
            warning.setId("outbox-no-mail-server");
            warning.addClassName("ra-error");
            add(warning);
        }
        status.setLabel(getTranslation("outbox.filter"));
        status.setItems(NotificationStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("outbox.status." + s.name()) + " (" + outbox.count(s) + ")");
        status.setPlaceholder(getTranslation("outbox.all"));
        status.setClearButtonVisible(true);
        status.setId("outbox-status");
        status.addValueChangeListener(change -> refresh());
        add(status);

        grid.setId("outbox");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> when(e.createdAt()))
                .setHeader(getTranslation("outbox.created"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> getTranslation("notification.kind." + e.kind().name()))
                .setHeader(getTranslation("outbox.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(OutboxEntry::recipient)
                .setHeader(getTranslation("outbox.recipient"))
                .setFlexGrow(2);
        grid.addColumn(OutboxEntry::subject)
                .setHeader(getTranslation("outbox.subject"))
                .setFlexGrow(2);
        grid.addComponentColumn(this::state)
                .setHeader(getTranslation("outbox.state"))
                .setKey("state")
                .setFlexGrow(1);
        grid.addColumn(OutboxEntry::attempts)
                .setHeader(getTranslation("outbox.attempts"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> e.lastError() == null ? "" : e.lastError())
                .setHeader(getTranslation("outbox.error"))
                .setKey("error")
                .setFlexGrow(1);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        add(grid);
        refresh();
    }

    private Span state(OutboxEntry entry) {
        String text = getTranslation("outbox.state." + entry.state().name());
        if (entry.state() == OutboxEntry.State.SENT) {
            text += " " + when(entry.sentAt());
        } else if (entry.state() == OutboxEntry.State.RETRYING) {
            text += " (" + getTranslation("outbox.next-attempt") + " " + when(entry.nextAttemptAt()) + ")";
        }
        Span span = new Span(text);
        if (entry.state() == OutboxEntry.State.FAILED || entry.state() == OutboxEntry.State.NO_MAIL_SERVER) {
            span.addClassName("ra-error");
        }
        return span;
    }

    private Button actions(OutboxEntry entry) {
        Button resend = new Button(getTranslation("outbox.resend"), click -> {
            try {
                outbox.resend(entry.id());
                Notification.show(getTranslation("outbox.resent")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (NotificationException refused) {
                Notification.show(getTranslation(refused.messageKey()))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            refresh();
        });
        resend.setId("resend-" + entry.id());
        resend.addThemeVariants(ButtonVariant.LUMO_SMALL);
        resend.setVisible(entry.status() == NotificationStatus.FAILED);
        return resend;
    }

    private void refresh() {
        NotificationStatus filter = status.getValue();
        grid.setItems(page -> outbox.entries(filter, page.getOffset(), page.getLimit()).stream());
    }

    private static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title");
    }
}
