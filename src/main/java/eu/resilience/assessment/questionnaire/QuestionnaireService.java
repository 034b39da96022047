package eu.resilience.assessment.questionnaire;

import eu.resilience.assessment.questionnaire.internal.QuestionnaireDirectoryLoader;
import jakarta.annotation.PostConstruct;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The questionnaire catalogue: every questionnaire version loaded from the questionnaire directory. */
@Service
public class QuestionnaireService {

    private final QuestionnaireDirectoryLoader loader;
    private final Path directory;
    private volatile QuestionnaireDirectoryLoader.Loaded current =
            new QuestionnaireDirectoryLoader.Loaded(List.of(), List.of());

    QuestionnaireService(
            QuestionnaireDirectoryLoader loader, @Value("${resilience.questionnaires.directory}") Path directory) {
        this.loader = loader;
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

    private synchronized List<LoadError> reloadFiles() {
        current = loader.load(directory);
        return current.errors();
    }
}
