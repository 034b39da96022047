package eu.resilience.assessment.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A campaign open on a given day and where each invited organization stands; for reminders and digests. */
public record OpenCampaign(
        long id,
        String name,
        LocalDate opensOn,
        LocalDate closesOn,
        Instant createdAt,
        String createdBy,
        List<Integer> reminderDays,
        List<Invitee> invitees) {

    /** One invited organization and the status of its assessment. */
    public record Invitee(long organizationId, String organizationName, long assessmentId, AssessmentStatus status) {

        public boolean hasSubmitted() {
            return status == AssessmentStatus.SUBMITTED;
        }
    }
}
