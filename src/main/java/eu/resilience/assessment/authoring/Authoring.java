package eu.resilience.assessment.authoring;

import eu.resilience.assessment.exchange.UploadReader;
import eu.resilience.assessment.questionnaire.LoadError;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.QuestionnaireFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Authoring as pure functions, shared by the administration screen (through {@link AuthoringService}) and the command
 * ({@link AuthoringCommand}): the template of a questionnaire, a draft from a template workbook or from a framework
 * library, and the writing of a draft file. A draft is made only of text the questionnaire loader accepts.
 */
public final class Authoring {

    private Authoring() {}

    /**
     * A questionnaire file ready to be written: its file name, its YAML text, the questionnaire the loader reads from it,
     * and the notes on what was mapped in another way or not at all.
     */
    public record Draft(String fileName, String yaml, Questionnaire questionnaire, List<Problem> notes) {
        public Draft {
            notes = List.copyOf(notes);
        }
    }

    /** The authoring template (xlsx) of a loaded questionnaire. */
    public static byte[] template(Questionnaire questionnaire) {
        return TemplateWriter.write(questionnaire);
    }

    /** A draft questionnaire file from a workbook in the authoring template; refused with every problem. */
    public static Draft fromWorkbook(String uploadName, byte[] file) {
        return fromWorkbook(uploadName, file, true);
    }

    /** As {@link #fromWorkbook(String, byte[])}; {@code asDraft} false keeps the workbook's status (round trips). */
    static Draft fromWorkbook(String uploadName, byte[] file, boolean asDraft) {
        TemplateReader.Read read;
        try (XSSFWorkbook workbook = UploadReader.open(file)) {
            read = TemplateReader.read(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!read.problems().isEmpty()) {
            throw new AuthoringException(read.problems());
        }
        List<Problem> notes = new ArrayList<>();
        if (asDraft && !"draft".equals(read.tree().get("status"))) {
            read.tree().put("status", "draft");
            notes.add(new Problem(
                    Template.QUESTIONNAIRE, 0, "status", "", "", false, "authoring.note.status-draft", List.of()));
        }
        return checked(read.tree(), "Imported from the authoring workbook " + uploadName, notes, error -> {
            TemplateReader.Place place = read.places().get(error.elementId());
            return place == null
                    ? Problem.inSheet(Template.QUESTIONNAIRE, 0, "", "authoring.loader", error.message())
                    : Problem.inSheet(place.sheet(), place.row(), "", "authoring.loader", error.message());
        });
    }

    /** A draft questionnaire file from a framework library (CISO Assistant's YAML); refused with every problem. */
    public static Draft fromLibrary(String uploadName, byte[] file) {
        LibraryImporter.Mapped mapped = LibraryImporter.map(file);
        List<Problem> blocking =
                mapped.problems().stream().filter(Problem::blocking).toList();
        if (!blocking.isEmpty()) {
            throw new AuthoringException(blocking);
        }
        List<Problem> notes =
                mapped.problems().stream().filter(p -> !p.blocking()).toList();
        return checked(mapped.tree(), "Imported from the framework library " + uploadName, notes, error -> {
            String node = mapped.nodes().getOrDefault(error.elementId(), error.elementId());
            return Problem.inNode(node, "", "authoring.loader", error.message());
        });
    }

    /** Writes the draft into the folder under its file name; refused when that file exists, nothing is replaced. */
    public static Path write(Path folder, Draft draft) {
        Path target = folder.resolve(draft.fileName());
        if (Files.exists(target)) {
            throw AuthoringException.of("authoring.file.exists", draft.fileName());
        }
        Path part = folder.resolve("." + draft.fileName() + ".part");
        try {
            Files.createDirectories(folder);
            Files.writeString(part, draft.yaml(), StandardCharsets.UTF_8);
            // a rename in one folder: the loader sees the whole file or none of it, never a part
            Files.move(part, target);
            return target;
        } catch (FileAlreadyExistsException e) {
            throw AuthoringException.of("authoring.file.exists", draft.fileName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the part file is not a .yaml file: the loader never reads it
            }
        }
    }

    /** The YAML of the tree, kept only when the loader reads it without error. */
    private static Draft checked(
            Map<String, Object> tree, String origin, List<Problem> notes, Function<LoadError, Problem> place) {
        String yaml = DraftYaml.write(tree, origin);
        QuestionnaireFormat.Read read = QuestionnaireFormat.read("draft.yaml", yaml);
        if (read.questionnaire().isEmpty()) {
            List<Problem> problems = new ArrayList<>();
            read.errors().forEach(error -> problems.add(place.apply(error)));
            throw new AuthoringException(problems);
        }
        Questionnaire questionnaire = read.questionnaire().get();
        // id and version are checked by the loader (lower case, digits, hyphens; digits and dots): a safe file name
        String fileName = questionnaire.id() + "-" + questionnaire.version() + ".yaml";
        return new Draft(fileName, yaml, questionnaire, notes);
    }
}
