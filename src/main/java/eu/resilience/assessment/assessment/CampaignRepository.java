package eu.resilience.assessment.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

    boolean existsByNameIgnoreCase(String name);

    List<Campaign> findAllByOrderByOpensOnDescIdDesc();

    List<Campaign> findByOpensOnLessThanEqualAndClosesOnGreaterThanEqualOrderById(
            java.time.LocalDate opensBy, java.time.LocalDate closesFrom);
}
