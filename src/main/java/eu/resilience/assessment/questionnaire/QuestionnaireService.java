package eu.resilience.assessment.questionnaire;

import eu.resilience.assessment.questionnaire.internal.QuestionnaireDirectoryLoader;
import jakarta.annotation.PostConstruct;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The questionnaire catalogue: every questionnaire version loaded from the questionnaire directory. */
@Service
public class QuestionnaireService {

    private static final Logger log = LoggerFactory.getLogger(QuestionnaireService.class);

    private final QuestionnaireDirectoryLoader loader;
    private final ObjectProvider<QuestionnairesInUse> inUse;
    private final Path directory;
    private volatile QuestionnaireDirectoryLoader.Loaded current =
            new QuestionnaireDirectoryLoader.Loaded(List.of(), List.of());

    QuestionnaireService(
            QuestionnaireDirectoryLoader loader,
            ObjectProvider<QuestionnairesInUse> inUse,
            @Value("${resilience.questionnaires.directory}") Path directory) {
        this.loader = loader;
        this.inUse = inUse;
        this.directory = directory;
    }

    @PostConstruct
    void loadAtStart() {
        reloadFiles();
    }

    /** Every loaded questionnaire version, by title then version. */
    @PreAuthorize("isAuthenticated()")
    public List<Questionnaire> catalogue() {
        return current.questionnaires().stream()
                .sorted(Comparator.comparing((Questionnaire q) -> q.title().in(null))
                        .thenComparing(Questionnaire::version))
                .toList();
    }

    /**
     * A questionnaire version as screens name it: its title and version ("Cyber resilience baseline 1.0"); the id and
     * version only when that version is not loaded.
     */
    public String title(String id, String version, java.util.Locale locale) {
        return find(id, version).map(q -> q.title().in(locale) + " " + version).orElse(id + " " + version);
    }

    /** A loaded questionnaire version, if there is one with this id and version. */
    public Optional<Questionnaire> find(String id, String version) {
        return current.questionnaires().stream()
                .filter(q -> q.id().equals(id) && q.version().equals(version))
                .findFirst();
    }

    /** The files that did not load, with file, line and id; for administrators. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<LoadError> loadErrors() {
        return current.errors();
    }

    /** Reads the questionnaire directory again (administrators, after adding a file). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<LoadError> reload() {
        return reloadFiles();
    }

    /**
     * Loads the files; a version that was in service and is used by a campaign stays in service as it was when its file
     * no longer loads (deleted, broken or refused): the error says so, and the assessments keep working.
     */
    private synchronized List<LoadError> reloadFiles() {
        QuestionnaireDirectoryLoader.Loaded loaded = loader.load(directory);
        List<Questionnaire> served = new ArrayList<>(loaded.questionnaires());
        List<LoadError> errors = new ArrayList<>(loaded.errors());
        Set<String> reloaded = served.stream().map(Questionnaire::key).collect(Collectors.toSet());
        List<Questionnaire> missing = current.questionnaires().stream()
                .filter(q -> !reloaded.contains(q.key()))
                .toList();
        if (!missing.isEmpty()) {
            QuestionnairesInUse usage = inUse.getIfAvailable();
            Set<String> used = usage == null ? Set.of() : usage.keys();
            for (Questionnaire kept : missing) {
                if (used.contains(kept.key())) {
                    served.add(kept);
                    LoadError keptInService = new LoadError(
                            kept.sourceFile(),
                            0,
                            kept.id(),
                            "version " + kept.version() + " of " + kept.id()
                                    + " did not load again but campaigns use it: the version loaded before stays in"
                                    + " service; restore its file");
                    log.error("Questionnaire catalogue: {}", keptInService);
                    errors.add(keptInService);
                }
            }
        }
        current = new QuestionnaireDirectoryLoader.Loaded(List.copyOf(served), List.copyOf(errors));
        return current.errors();
    }
}
