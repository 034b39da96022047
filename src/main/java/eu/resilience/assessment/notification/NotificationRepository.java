package eu.resilience.assessment.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    boolean existsByDedupKey(String dedupKey);

    /** Queued notifications whose time has come and that no live claim holds, oldest first. */
    @Query(
            """
            select n.id from Notification n
            where n.status = eu.resilience.assessment.notification.NotificationStatus.QUEUED
              and n.nextAttemptAt <= :now and (n.claimedUntil is null or n.claimedUntil < :now)
            order by n.id""")
    List<Long> findDue(Instant now, Pageable page);

    /**
     * Claims one notification for a node until a time. The condition is checked again by the database on the row
     * itself (PostgreSQL re-reads it after a concurrent update commits; H2 locks the row), so of several nodes trying at
     * once exactly one gets 1.
     */
    @Modifying
    @Query(
            """
            update Notification n set n.claimedBy = :node, n.claimedUntil = :until
            where n.id = :id and n.status = eu.resilience.assessment.notification.NotificationStatus.QUEUED
              and n.nextAttemptAt <= :now and (n.claimedUntil is null or n.claimedUntil < :now)""")
    int claim(long id, String node, Instant now, Instant until);

    /** The SMTP server accepted it: sent, the secret erased, the claim released. */
    @Modifying
    @Query(
            """
            update Notification n set n.status = eu.resilience.assessment.notification.NotificationStatus.SENT,
              n.sentAt = :now, n.attempts = n.attempts + 1, n.secret = null, n.lastError = null,
              n.claimedBy = null, n.claimedUntil = null
            where n.id = :id and n.claimedBy = :node""")
    int markSent(long id, String node, Instant now);

    /** An attempt failed: retried at the given time, or failed for good; the claim released. */
    @Modifying
    @Query(
            """
            update Notification n set n.status = :status, n.attempts = :attempts, n.nextAttemptAt = :next,
              n.lastError = :error, n.claimedBy = null, n.claimedUntil = null
            where n.id = :id and n.claimedBy = :node""")
    int markFailed(long id, String node, NotificationStatus status, int attempts, Instant next, String error);

    /** An administrator sends a failed notification again: queued at once, with a fresh count of attempts. */
    @Modifying
    @Query(
            """
            update Notification n set n.status = eu.resilience.assessment.notification.NotificationStatus.QUEUED,
              n.attempts = 0, n.nextAttemptAt = :now, n.claimedBy = null, n.claimedUntil = null
            where n.id = :id and n.status = eu.resilience.assessment.notification.NotificationStatus.FAILED""")
    int requeue(long id, Instant now);

    List<Notification> findByStatusOrderByIdDesc(NotificationStatus status, Pageable page);

    List<Notification> findAllByOrderByIdDesc(Pageable page);

    long countByStatus(NotificationStatus status);
}
