package eu.resilience.assessment.authoring;

import java.util.List;

/** An import refused with its problems (each with its place and message key); nothing was written. */
public class AuthoringException extends RuntimeException {

    private final transient List<Problem> problems;

    public AuthoringException(List<Problem> problems) {
        super(problems.isEmpty() ? "refused" : problems.get(0).messageKey());
        this.problems = List.copyOf(problems);
    }

    static AuthoringException of(String key, Object... arguments) {
        return new AuthoringException(List.of(Problem.inSheet("", 0, "", key, arguments)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
