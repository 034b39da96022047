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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Loads every questionnaire file of a directory. A bad file is reported and skipped; the others load. A published
 * id+version is locked to the hash of its content the first time it loads; changed content is refused afterwards.
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
        Map<String, String> fileByKey = new HashMap<>();
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
            String other = fileByKey.putIfAbsent(questionnaire.key(), name);
            if (other != null) {
                errors.add(new LoadError(
                        name,
                        1,
                        questionnaire.id(),
                        "version " + questionnaire.version() + " of " + questionnaire.id() + " is already defined by "
                                + other));
                continue;
            }
            LoadError changed = checkLock(questionnaire);
            if (changed != null) {
                errors.add(changed);
                continue;
            }
            loaded.add(questionnaire);
        }
        errors.forEach(error -> log.warn("Questionnaire not loaded: {}", error));
        log.info(
                "Loaded {} questionnaire(s) from {}, {} error(s)",
                loaded.size(),
                directory.toAbsolutePath(),
                errors.size());
        return new Loaded(List.copyOf(loaded), List.copyOf(errors));
    }

    private LoadError checkLock(Questionnaire questionnaire) {
        if (questionnaire.status() != QuestionnaireStatus.PUBLISHED) {
            return null;
        }
        QuestionnaireVersionLock.Key key =
                new QuestionnaireVersionLock.Key(questionnaire.id(), questionnaire.version());
        QuestionnaireVersionLock lock = locks.findById(key).orElse(null);
        if (lock == null) {
            try {
                lock = locks.saveAndFlush(new QuestionnaireVersionLock(
                        key, questionnaire.contentHash(), questionnaire.sourceFile(), clock.instant()));
            } catch (DataIntegrityViolationException raced) {
                // another node locked it at the same moment: compare with what it stored
                lock = locks.findById(key).orElseThrow();
            }
        }
        if (lock.contentHash().equals(questionnaire.contentHash())) {
            return null;
        }
        return new LoadError(
                questionnaire.sourceFile(),
                1,
                questionnaire.id(),
                "published version "
                        + questionnaire.version() + " of " + questionnaire.id() + " was first loaded on "
                        + lock.firstLoadedAt()
                        + " with other content; a published version is immutable: give the changed file a new version");
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
