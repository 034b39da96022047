package eu.resilience.assessment.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CampaignRepository extends JpaRepository<Campaign, Long> {

    boolean existsByNameIgnoreCase(String name);

    List<Campaign> findAllByOrderByOpensOnDescIdDesc();

    @Query("select distinct c.questionnaireId, c.questionnaireVersion from Campaign c")
    List<Object[]> questionnaireKeys();

    List<Campaign> findByOpensOnLessThanEqualAndClosesOnGreaterThanEqualOrderById(
            java.time.LocalDate opensBy, java.time.LocalDate closesFrom);
}
