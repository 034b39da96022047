package eu.resilience.assessment.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A new campaign as a partnership lead describes it.
 *
 * @param carryOver start each organization from its latest submitted answers to the same questionnaire (any version),
 *     marked "to re-confirm"
 * @param reminderDays the days before the closing day on which organizations that have not submitted are reminded by
 *     e-mail; null for the default ({@link #DEFAULT_REMINDER_DAYS}), empty for none
 * @param targetId the target profile the campaign names for its participants, or null
 */
public record CampaignForm(
        String name,
        String questionnaireId,
        String questionnaireVersion,
        LocalDate opensOn,
        LocalDate closesOn,
        Set<Long> organizationIds,
        boolean carryOver,
        List<Integer> reminderDays,
        Long targetId) {

    /** Reminders 14 and 3 days before the closing day. */
    public static final List<Integer> DEFAULT_REMINDER_DAYS = List.of(14, 3);

    /** A campaign without a target profile of its own. */
    public CampaignForm(
            String name,
            String questionnaireId,
            String questionnaireVersion,
            LocalDate opensOn,
            LocalDate closesOn,
            Set<Long> organizationIds,
            boolean carryOver,
            List<Integer> reminderDays) {
        this(
                name,
                questionnaireId,
                questionnaireVersion,
                opensOn,
                closesOn,
                organizationIds,
                carryOver,
                reminderDays,
                null);
    }

    /** A campaign with the default reminders. */
    public CampaignForm(
            String name,
            String questionnaireId,
            String questionnaireVersion,
            LocalDate opensOn,
            LocalDate closesOn,
            Set<Long> organizationIds,
            boolean carryOver) {
        this(name, questionnaireId, questionnaireVersion, opensOn, closesOn, organizationIds, carryOver, null, null);
    }

    /**
     * Reads reminder days as a lead types them ("14, 3"); blank means none.
     *
     * @throws AssessmentException "campaign.reminder-days-invalid" for anything but whole numbers
     */
    public static List<Integer> reminderDays(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        try {
            return java.util.Arrays.stream(typed.split("[,;\\s]+"))
                    .filter(part -> !part.isBlank())
                    .map(Integer::valueOf)
                    .toList();
        } catch (NumberFormatException e) {
            throw new AssessmentException("campaign.reminder-days-invalid", CampaignService.MAX_REMINDER_DAYS);
        }
    }

    /**
     * Checks reminder days: at most {@value CampaignService#MAX_REMINDERS}, each from 1 to
     * {@value CampaignService#MAX_REMINDER_DAYS}; returns them without repeats.
     *
     * @throws AssessmentException "campaign.reminders-too-many" or "campaign.reminder-days-invalid"
     */
    public static List<Integer> validReminderDays(List<Integer> requested) {
        if (requested.size() > CampaignService.MAX_REMINDERS) {
            throw new AssessmentException("campaign.reminders-too-many", CampaignService.MAX_REMINDERS);
        }
        for (Integer days : requested) {
            if (days == null || days < 1 || days > CampaignService.MAX_REMINDER_DAYS) {
                throw new AssessmentException("campaign.reminder-days-invalid", CampaignService.MAX_REMINDER_DAYS);
            }
        }
        return requested.stream().distinct().toList();
    }
}
