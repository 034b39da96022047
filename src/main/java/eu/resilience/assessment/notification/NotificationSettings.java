package eu.resilience.assessment.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mail settings ({@code resilience.notification.*}); the SMTP server itself is Spring Boot's {@code spring.mail.*}.
 *
 * @param publicUrl the address users reach the application at, for the links in mails ({@code resilience.public-url})
 * @param from the sender of every mail
 * @param scheduling whether this node runs the sender and the reminders on a schedule (tests call them directly)
 * @param sendInterval the pause between two rounds of the sender
 * @param reminderInterval the pause between two rounds of reminders and digests
 * @param batchSize the most notifications one round sends
 * @param maxAttempts after this many failed attempts a notification is FAILED
 * @param retryDelay the wait after the first failure; doubled after each further one
 * @param retryMaxDelay the longest wait between two attempts
 * @param claimLease how long a node's claim on a row lasts (longer than any SMTP timeout)
 */
@ConfigurationProperties("resilience.notification")
record NotificationSettings(
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue("Resilience Assessment <no-reply@resilience.example>") String from,
        @DefaultValue("true") boolean scheduling,
        @DefaultValue("15s") Duration sendInterval,
        @DefaultValue("1h") Duration reminderInterval,
        @DefaultValue("50") int batchSize,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("1m") Duration retryDelay,
        @DefaultValue("1h") Duration retryMaxDelay,
        @DefaultValue("5m") Duration claimLease) {

    NotificationSettings {
        publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The domain part of the Message-IDs: the public address's host. */
    String messageIdDomain() {
        String host = java.net.URI.create(publicUrl).getHost();
        return host == null ? "resilience.example" : host;
    }
}
