/**
 * E-mail notifications through a transactional outbox: invitations, reminders, return and submission notices, the
 * leads' weekly digest and password links are written as rows in the transaction of the event that causes them, then
 * sent by a scheduled sender (claimed row by row, retried with backoff, marked sent once the SMTP server accepted).
 */
@ApplicationModule(allowedDependencies = {"assessment", "organization"})
package eu.resilience.assessment.notification;

import org.springframework.modulith.ApplicationModule;
