package eu.resilience.assessment.questionnaire.internal;

import eu.resilience.assessment.questionnaire.LoadError;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.QuestionnaireStatus;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Loads every questionnaire file of a directory. A bad file is reported and skipped; the others load. A published
 * id+version is locked to the hash of its content the first time it loads; afterwards it is served only from a file with
 * that content, and any other file claiming the same id+version (changed, draft or copy) is refused and named.
 */
@Component
public class QuestionnaireDirectoryLoader {

    private static final Logger log = LoggerFactory.getLogger(QuestionnaireDirectoryLoader.class);

    private final QuestionnaireVersionLockRepository locks;
    private final QuestionnaireParser parser = new QuestionnaireParser();
    private final Clock clock;

    QuestionnaireDirectoryLoader(QuestionnaireVersionLockRepository locks, Clock clock) {
        this.locks = locks;
        this.clock = clock;
    }

    /** What a directory gave: the questionnaires that loaded and the errors of those that did not. */
    public record Loaded(List<Questionnaire> questionnaires, List<LoadError> errors) {}

    public Loaded load(Path directory) {
        List<Questionnaire> loaded = new ArrayList<>();
        List<LoadError> errors = new ArrayList<>();
        if (!Files.isDirectory(directory)) {
            errors.add(new LoadError(directory.toString(), 0, "", "the questionnaire directory does not exist"));
            return new Loaded(loaded, errors);
        }
        // every file that parses, grouped by the id+version it claims (in file name order within a group)
        Map<String, List<Questionnaire>> claims = new LinkedHashMap<>();
        // each file's hashes under the first lock rule, for locks stored before translations were left out
        Map<Questionnaire, Set<String>> firstRuleHashes = new IdentityHashMap<>();
        for (Path file : files(directory)) {
            String name = file.getFileName().toString();
            String text;
            try {
                text = read(file);
            } catch (IOException e) {
                errors.add(new LoadError(name, 0, "", e.getMessage()));
                continue;
            }
            QuestionnaireParser.Result result = parser.parse(name, text);
            if (!result.ok()) {
                errors.addAll(result.errors());
                continue;
            }
            Questionnaire questionnaire = result.questionnaire();
            firstRuleHashes.put(questionnaire, result.firstRuleHashes());
            claims.computeIfAbsent(questionnaire.key(), key -> new ArrayList<>())
                    .add(questionnaire);
        }
        for (List<Questionnaire> claimants : claims.values()) {
            Questionnaire chosen = choose(claimants, firstRuleHashes, errors);
            if (chosen != null) {
                loaded.add(chosen);
            }
        }
        errors.forEach(error -> log.warn("Questionnaire not loaded: {}", error));
        log.info(
                "Loaded {} questionnaire(s) from {}, {} error(s)",
                loaded.size(),
                directory.toAbsolutePath(),
                errors.size());
        return new Loaded(List.copyOf(loaded), List.copyOf(errors));
    }

    /**
     * Which of the files claiming one id+version is served, whatever their names: a locked (published) version only
     * from content that matches its lock; otherwise the published file, or the first draft. Every other claimant is
     * refused and named, so an added file can never shadow or take down the genuine one.
     */
    private Questionnaire choose(
            List<Questionnaire> claimants, Map<Questionnaire, Set<String>> firstRuleHashes, List<LoadError> errors) {
        Questionnaire first = claimants.get(0);
        QuestionnaireVersionLock.Key key = new QuestionnaireVersionLock.Key(first.id(), first.version());
        QuestionnaireVersionLock lock = locks.findById(key).orElse(null);
        if (lock != null) {
            return chooseLocked(claimants, lock, firstRuleHashes, errors);
        }
        List<Questionnaire> published = claimants.stream()
                .filter(q -> q.status() == QuestionnaireStatus.PUBLISHED)
                .toList();
        if (published.stream().map(Questionnaire::contentHash).distinct().count() > 1) {
            // two different published contents and no lock yet to tell which is genuine: neither is served
            for (Questionnaire claimant : claimants) {
                errors.add(error(
                        claimant,
                        "claims version " + claimant.version() + " of " + claimant.id() + " with other content than "
                                + otherFiles(claimants, claimant)
                                + "; no file is loaded for this version until only one claims it"));
            }
            return null;
        }
        Questionnaire chosen = published.isEmpty() ? first : published.get(0);
        refuseOthers(claimants, chosen, errors);
        if (chosen.status() != QuestionnaireStatus.PUBLISHED) {
            return chosen;
        }
        try {
            lock = locks.saveAndFlush(
                    new QuestionnaireVersionLock(key, chosen.contentHash(), chosen.sourceFile(), clock.instant()));
        } catch (DataIntegrityViolationException raced) {
            // another node locked it at the same moment: compare with what it stored
            lock = locks.findById(key).orElseThrow();
        }
        if (matches(lock, chosen, firstRuleHashes)) {
            return chosen;
        }
        errors.add(lockedWithOtherContent(chosen, lock, null));
        return null;
    }

    private Questionnaire chooseLocked(
            List<Questionnaire> claimants,
            QuestionnaireVersionLock lock,
            Map<Questionnaire, Set<String>> firstRuleHashes,
            List<LoadError> errors) {
        Questionnaire genuine = claimants.stream()
                .filter(q -> q.status() == QuestionnaireStatus.PUBLISHED)
                .filter(q -> matches(lock, q, firstRuleHashes))
                // identical copies: the file that was locked first, else the first by name
                .min(Comparator.comparing((Questionnaire q) -> !q.sourceFile().equals(lock.sourceFile())))
                .orElse(null);
        for (Questionnaire claimant : claimants) {
            if (claimant == genuine) {
                continue;
            }
            boolean sameContent =
                    claimant.status() == QuestionnaireStatus.PUBLISHED && matches(lock, claimant, firstRuleHashes);
            errors.add(sameContent ? definedBy(claimant, genuine) : lockedWithOtherContent(claimant, lock, genuine));
        }
        if (genuine != null && lock.hashRule() != ContentHash.RULE) {
            lock.rehash(genuine.contentHash());
            locks.saveAndFlush(lock);
            log.info(
                    "Questionnaire {} {}: its lock now leaves translations out (the file has the locked content)",
                    genuine.id(),
                    genuine.version());
        }
        return genuine;
    }

    /**
     * Whether a file has the content its version is locked to: under the current rule the same structure, values and
     * default-language texts; under the first rule the same content, or the same with languages added since.
     */
    private static boolean matches(
            QuestionnaireVersionLock lock, Questionnaire claimant, Map<Questionnaire, Set<String>> firstRuleHashes) {
        return lock.hashRule() == ContentHash.RULE
                ? lock.contentHash().equals(claimant.contentHash())
                : firstRuleHashes.getOrDefault(claimant, Set.of()).contains(lock.contentHash());
    }

    private static void refuseOthers(List<Questionnaire> claimants, Questionnaire chosen, List<LoadError> errors) {
        for (Questionnaire claimant : claimants) {
            if (claimant != chosen) {
                errors.add(definedBy(claimant, chosen));
            }
        }
    }

    private static LoadError definedBy(Questionnaire claimant, Questionnaire chosen) {
        return error(
                claimant,
                "claims version " + claimant.version() + " of " + claimant.id() + ", which is already defined by "
                        + chosen.sourceFile() + "; this file is not loaded: give it another id or version");
    }

    private static LoadError lockedWithOtherContent(
            Questionnaire claimant, QuestionnaireVersionLock lock, Questionnaire served) {
        String what = claimant.status() == QuestionnaireStatus.PUBLISHED
                ? "a published version is immutable: give the changed file a new version"
                : "a draft may not replace a published version: give the draft a new version";
        return error(
                claimant,
                "claims published version " + claimant.version() + " of " + claimant.id()
                        + ", which is locked with other content (first loaded on " + lock.firstLoadedAt() + " from "
                        + lock.sourceFile() + (served == null ? "" : ", served from " + served.sourceFile()) + "); "
                        + what);
    }

    private static LoadError error(Questionnaire claimant, String message) {
        return new LoadError(claimant.sourceFile(), 1, claimant.id(), message);
    }

    private static String otherFiles(List<Questionnaire> claimants, Questionnaire claimant) {
        return String.join(
                ", ",
                claimants.stream()
                        .filter(q -> q != claimant)
                        .map(Questionnaire::sourceFile)
                        .toList());
    }

    private static List<Path> files(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + directory, e);
        }
    }

    private static String read(Path file) throws IOException {
        if (Files.size(file) > QuestionnaireParser.MAX_FILE_BYTES) {
            throw new IOException(
                    "the file is larger than " + QuestionnaireParser.MAX_FILE_BYTES / 1024 / 1024 + " MB");
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IOException("the file is not UTF-8 text");
        }
    }
}
