package eu.resilience.assessment.notification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the notification settings, whether or not this node schedules anything. */
@Configuration
@EnableConfigurationProperties(NotificationSettings.class)
class NotificationConfiguration {}
