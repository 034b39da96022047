package eu.resilience.assessment.security;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface LoginThrottleRepository extends JpaRepository<LoginThrottle, String> {

    /** The row, locked until the transaction ends, so that two nodes counting at once do not lose a failure. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from LoginThrottle t where t.key = :key")
    Optional<LoginThrottle> findForUpdate(@Param("key") String key);
}
