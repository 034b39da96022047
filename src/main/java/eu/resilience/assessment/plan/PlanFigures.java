package eu.resilience.assessment.plan;

import java.time.Instant;
import java.util.List;

/**
 * A published release of the plan figures as a partnership lead sees it: per questionnaire, sector and domain, the
 * number of organizations and the item counts, or why the cell is hidden. Never an item's text, owner or organization.
 */
public record PlanFigures(long releaseId, int number, Instant publishedAt, int k, List<Cell> cells) {

    /**
     * One cell; {@code counts} null when hidden (then {@code suppression} says why) or for the "has a plan" cell.
     *
     * @param organizations the organizations with items in the cell, shown only when the cell is
     */
    public record Cell(
            String questionnaireId,
            String sector,
            String domainId,
            Integer organizations,
            PlanDisclosure.Counts counts,
            String suppression) {

        /** The share of the items followed into a next assessment whose practice improved, in percent; null if none. */
        public Long improvedPercent() {
            return counts == null || counts.followed() == 0
                    ? null
                    : Math.round(100.0 * counts.improved() / counts.followed());
        }
    }
}
