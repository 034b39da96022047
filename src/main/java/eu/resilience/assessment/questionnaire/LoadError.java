package eu.resilience.assessment.questionnaire;

/**
 * A problem found while loading a questionnaire file.
 *
 * @param file the file name
 * @param line 1-based line in the file, or 0 when the problem concerns the whole file
 * @param elementId the id of the questionnaire element at fault (questionnaire, domain, goal, practice, scale...), or ""
 */
public record LoadError(String file, int line, String elementId, String message) {

    /** The error as one line: file, line and id first, as people look for them. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(", line ").append(line);
        }
        if (!elementId.isEmpty()) {
            text.append(", ").append(elementId);
        }
        return text.append(": ").append(message).toString();
    }
}
