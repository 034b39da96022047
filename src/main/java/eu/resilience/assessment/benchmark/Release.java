package eu.resilience.assessment.benchmark;

import java.time.Instant;

/**
 * A published benchmark release of a campaign: its figures were computed once, at publication, and are never
 * recomputed; a reopen, a return or a late submission changes nothing in it.
 *
 * @param number 1 for the campaign's first release
 * @param members how many submitted assessments it was computed from
 * @param afterClose published after the campaign's close date
 */
public record Release(
        long id,
        long campaignId,
        int number,
        Instant publishedAt,
        String publishedBy,
        int k,
        int members,
        boolean afterClose) {}
