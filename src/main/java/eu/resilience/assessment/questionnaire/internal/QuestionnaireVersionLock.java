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

    /** 1: the hash covers every text in every language; 2: translations are left out ({@link ContentHash}). */
    @Column(name = "hash_rule", nullable = false)
    private int hashRule = ContentHash.RULE;

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

    int hashRule() {
        return hashRule;
    }

    /** Moves a lock of the first rule to the current one, once its file was found to have the locked content. */
    void rehash(String currentRuleHash) {
        this.contentHash = currentRuleHash;
        this.hashRule = ContentHash.RULE;
    }

    String sourceFile() {
        return sourceFile;
    }

    Instant firstLoadedAt() {
        return firstLoadedAt;
    }
}
