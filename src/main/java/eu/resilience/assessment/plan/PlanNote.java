package eu.resilience.assessment.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A note on a plan item, as stored. */
@Entity
@Table(name = "plan_note")
class PlanNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_item_id", nullable = false)
    private long planItemId;

    @Column(nullable = false)
    private String author;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(nullable = false)
    private String text;

    protected PlanNote() {}

    PlanNote(long planItemId, String author, Instant writtenAt, String text) {
        this.planItemId = planItemId;
        this.author = author;
        this.writtenAt = writtenAt;
        this.text = text;
    }

    long getPlanItemId() {
        return planItemId;
    }

    PlanEntry.Note toNote() {
        return new PlanEntry.Note(author, writtenAt, text);
    }
}
