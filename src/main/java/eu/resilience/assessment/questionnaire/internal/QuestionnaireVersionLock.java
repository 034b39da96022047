package eu.resilience.assessment.questionnaire.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The stored content hash of a published questionnaire version: its content may never change afterwards. */
@Entity
@Table(name = "questionnaire_version")
class QuestionnaireVersionLock {

    @Embeddable
    record Key(@Column(name = "questionnaire_id") String questionnaireId, @Column(name = "version") String version)
            implements Serializable {}

    @EmbeddedId
    private Key key;

    @Column(name = "content_hash", nullable = false)
    private String contentHash;

    @Column(name = "source_file", nullable = false)
    private String sourceFile;

    @Column(name = "first_loaded_at", nullable = false)
    private Instant firstLoadedAt;

    protected QuestionnaireVersionLock() {}

    QuestionnaireVersionLock(Key key, String contentHash, String sourceFile, Instant firstLoadedAt) {
        this.key = key;
        this.contentHash = contentHash;
        this.sourceFile = sourceFile;
        this.firstLoadedAt = firstLoadedAt;
    }

    String contentHash() {
        return contentHash;
    }

    String sourceFile() {
        return sourceFile;
    }

    Instant firstLoadedAt() {
        return firstLoadedAt;
    }
}
