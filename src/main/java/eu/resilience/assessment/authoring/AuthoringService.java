package eu.resilience.assessment.authoring;

import eu.resilience.assessment.exchange.Download;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.QuestionnaireService;
import java.nio.file.Path;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authoring for administrators: the authoring template of a loaded questionnaire, and imports (template workbook,
 * framework library) that write a draft questionnaire file into the questionnaire folder, then read the folder again.
 * A refused import writes nothing. Every template download and every draft written is audited.
 */
@Service
public class AuthoringService {

    private final QuestionnaireService questionnaires;
    private final ApplicationEventPublisher events;
    private final Path folder;

    AuthoringService(
            QuestionnaireService questionnaires,
            ApplicationEventPublisher events,
            @Value("${resilience.questionnaires.directory}") Path folder) {
        this.questionnaires = questionnaires;
        this.events = events;
        this.folder = folder;
    }

    /** A draft written into the questionnaire folder: its file name, the questionnaire, the notes of the import. */
    public record Imported(String fileName, Questionnaire questionnaire, List<Problem> notes) {}

    /** The authoring template of a loaded questionnaire version. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Download template(String questionnaireId, String version) {
        Questionnaire questionnaire = questionnaires
                .find(questionnaireId, version)
                .orElseThrow(
                        () -> AuthoringException.of("authoring.questionnaire.not-found", questionnaireId, version));
        byte[] content = Authoring.template(questionnaire);
        events.publishEvent(new AuthoringTemplateExported(questionnaire.key()));
        return new Download(
                questionnaire.id() + "-" + questionnaire.version() + "-template.xlsx", Download.XLSX, content);
    }

    /** Imports a workbook in the authoring template as a draft questionnaire file. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Imported importWorkbook(String fileName, byte[] content) {
        return written(Authoring.fromWorkbook(fileName, content), fileName);
    }

    /** Imports a framework library (CISO Assistant's YAML format) as a draft questionnaire file. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Imported importLibrary(String fileName, byte[] content) {
        return written(Authoring.fromLibrary(fileName, content), fileName);
    }

    private Imported written(Authoring.Draft draft, String uploadName) {
        Questionnaire questionnaire = draft.questionnaire();
        if (questionnaires.find(questionnaire.id(), questionnaire.version()).isPresent()) {
            throw AuthoringException.of("authoring.version.exists", questionnaire.id(), questionnaire.version());
        }
        // the audit record first: if the file cannot be written, the transaction rolls it back
        events.publishEvent(
                new QuestionnaireDraftImported(questionnaire.key(), draft.fileName(), shortened(uploadName)));
        Authoring.write(folder, draft);
        questionnaires.reload();
        return new Imported(draft.fileName(), questionnaire, draft.notes());
    }

    private static String shortened(String name) {
        String text = name == null ? "" : name;
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }
}
