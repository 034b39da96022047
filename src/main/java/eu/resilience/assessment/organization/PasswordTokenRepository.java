package eu.resilience.assessment.organization;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface PasswordTokenRepository extends JpaRepository<PasswordToken, Long> {

    Optional<PasswordToken> findByTokenHash(String tokenHash);

    boolean existsByUserIdAndPurposeAndCreatedAtAfter(Long userId, PasswordLinkIssued.Purpose purpose, Instant after);

    /** Uses the link: succeeds (1) only once, even if two requests present it at the same time. */
    @Modifying
    @Query("update PasswordToken t set t.usedAt = :now where t.id = :id and t.usedAt is null and t.expiresAt > :now")
    int use(long id, Instant now);

    /** A new link makes the user's earlier unused links void. */
    @Modifying
    @Query("update PasswordToken t set t.usedAt = :now where t.userId = :userId and t.usedAt is null")
    int voidUnused(long userId, Instant now);
}
