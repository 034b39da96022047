package eu.resilience.assessment.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.resilience.assessment.organization.Contact;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes notifications into the outbox, always inside the transaction of the event that causes them. */
@Component
class Outbox {

    /** The parameter that holds the path of the mail's link, relative to {@code resilience.public-url}. */
    static final String LINK = "link";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final NotificationRepository notifications;
    private final Clock clock;

    Outbox(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    /**
     * Queues a mail to a contact, in the contact's language.
     *
     * @param parameters the texts' placeholders and {@link #LINK}; "name" is filled in from the contact
     * @param secret appended to the link when the mail is sent, and erased then (a password link's token); or null
     * @param dedupKey a key that makes a second notification of the same thing impossible (reminders), or null
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void queue(NotificationKind kind, Contact to, Map<String, String> parameters, String secret, String dedupKey) {
        Map<String, String> all = new LinkedHashMap<>(parameters);
        all.putIfAbsent("name", to.displayName());
        Locale locale = to.language().locale();
        notifications.save(new Notification(
                kind,
                to.email(),
                to.username(),
                locale.toLanguageTag(),
                truncate(MailTexts.subject(kind, locale, all), 300),
                write(all),
                secret,
                dedupKey,
                clock.instant()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    boolean alreadyQueued(String dedupKey) {
        return notifications.existsByDedupKey(dedupKey);
    }

    static Map<String, String> read(String json) {
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable notification parameters", e);
        }
    }

    static String write(Map<String, String> parameters) {
        try {
            return JSON.writeValueAsString(parameters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
