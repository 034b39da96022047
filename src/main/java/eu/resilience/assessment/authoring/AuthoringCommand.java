package eu.resilience.assessment.authoring;

import eu.resilience.assessment.exchange.ExchangeException;
import eu.resilience.assessment.questionnaire.QuestionnaireFormat;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The authoring command, without the application (no database, no server): export a questionnaire file to the authoring
 * template, import a template workbook or a framework library as a draft file. See the README, "Authoring
 * questionnaires".
 */
public final class AuthoringCommand {

    private static final String USAGE = String.join(
            "\n",
            "usage:",
            "  export <questionnaire.yaml> <template.xlsx>        the questionnaire as an authoring template",
            "  import-xlsx <template.xlsx> [<folder>]             a draft questionnaire file from a template",
            "  import-library <library.yaml> [<folder>]           a draft questionnaire file from a framework library",
            "The folder is questionnaires/ unless given; an existing file is never replaced.");

    private AuthoringCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs one command; 0 when done, 1 when refused (with every problem on {@code err}), 2 on a usage error. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length < 2) {
            err.println(USAGE);
            return 2;
        }
        ResourceBundle messages = ResourceBundle.getBundle("messages", Locale.ROOT);
        try {
            Path input = Path.of(args[1]);
            switch (args[0]) {
                case "export" -> {
                    if (args.length < 3) {
                        err.println(USAGE);
                        return 2;
                    }
                    QuestionnaireFormat.Read read =
                            QuestionnaireFormat.read(input.getFileName().toString(), Files.readString(input));
                    if (read.questionnaire().isEmpty()) {
                        read.errors().forEach(e -> err.println(e));
                        return 1;
                    }
                    Files.write(
                            Path.of(args[2]),
                            Authoring.template(read.questionnaire().get()));
                    out.println("written " + args[2]);
                    return 0;
                }
                case "import-xlsx", "import-library" -> {
                    byte[] content = Files.readAllBytes(input);
                    String name = input.getFileName().toString();
                    Authoring.Draft draft = args[0].equals("import-xlsx")
                            ? Authoring.fromWorkbook(name, content)
                            : Authoring.fromLibrary(name, content);
                    Path folder = Path.of(args.length > 2 ? args[2] : "questionnaires");
                    Path written = Authoring.write(folder, draft);
                    print(draft.notes(), messages, out);
                    out.println("written " + written + " (draft: review it, then publish)");
                    return 0;
                }
                default -> {
                    err.println(USAGE);
                    return 2;
                }
            }
        } catch (AuthoringException refused) {
            print(refused.problems(), messages, err);
            err.println("nothing written");
            return 1;
        } catch (ExchangeException refused) {
            err.println(format(messages, refused.messageKey(), refused.arguments()));
            err.println("nothing written");
            return 1;
        } catch (IOException e) {
            err.println(e);
            return 1;
        }
    }

    private static void print(List<Problem> problems, ResourceBundle messages, PrintStream to) {
        for (Problem problem : problems) {
            to.println(place(problem) + format(messages, problem.messageKey(), problem.argumentArray()));
        }
    }

    /** Where a problem is: "sheet, row, column: " or "node, field: ". */
    static String place(Problem problem) {
        StringBuilder place = new StringBuilder(problem.blocking() ? "" : "note: ");
        if (!problem.sheet().isEmpty()) {
            place.append(problem.sheet());
            if (problem.row() > 0) {
                place.append(", row ").append(problem.row());
            }
            if (!problem.column().isEmpty()) {
                place.append(", ").append(problem.column());
            }
            place.append(": ");
        } else if (!problem.node().isEmpty()) {
            place.append(problem.node());
            if (!problem.field().isEmpty()) {
                place.append(", ").append(problem.field());
            }
            place.append(": ");
        }
        return place.toString();
    }

    private static String format(ResourceBundle messages, String key, Object... arguments) {
        String pattern = messages.containsKey(key) ? messages.getString(key) : key;
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }
}
