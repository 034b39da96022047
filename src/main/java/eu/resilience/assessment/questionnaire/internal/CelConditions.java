package eu.resilience.assessment.questionnaire.internal;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelValidationException;
import dev.cel.common.CelValidationResult;
import dev.cel.common.ast.CelConstant;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.navigation.CelNavigableExpr;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import eu.resilience.assessment.questionnaire.OrganizationProfile;
import eu.resilience.assessment.questionnaire.VisibilityCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compiles visibility conditions written in the Common Expression Language (CEL). The environment declares the profile
 * fields {@code sector}, {@code size}, {@code country} (strings) and {@code answers} (map of practice id to option id).
 */
final class CelConditions {

    private static final CelCompiler COMPILER = CelCompilerFactory.standardCelCompilerBuilder()
            .addVar("sector", SimpleType.STRING)
            .addVar("size", SimpleType.STRING)
            .addVar("country", SimpleType.STRING)
            .addVar("answers", MapType.create(SimpleType.STRING, SimpleType.STRING))
            .setResultType(SimpleType.BOOL)
            .build();
    private static final CelRuntime RUNTIME =
            CelRuntimeFactory.standardCelRuntimeBuilder().build();

    /** The result of compiling a condition: the condition, or the problems found in it. */
    record Compiled(VisibilityCondition condition, List<String> problems) {}

    private CelConditions() {}

    /**
     * Compiles and checks a condition.
     *
     * @param earlierPractices ids of the practices that come before the one the condition belongs to
     * @param allPractices ids of every practice of the questionnaire, to tell "later" from "unknown" in messages
     */
    static Compiled compile(String source, Set<String> earlierPractices, Set<String> allPractices) {
        CelValidationResult result = COMPILER.compile(source);
        if (result.hasError()) {
            return new Compiled(
                    null, List.of("invalid condition '" + source + "': " + firstLine(result.getErrorString())));
        }
        CelAbstractSyntaxTree ast;
        try {
            ast = result.getAst();
        } catch (CelValidationException e) {
            return new Compiled(null, List.of("invalid condition '" + source + "': " + firstLine(e.getMessage())));
        }
        List<String> problems = new ArrayList<>();
        CelNavigableAst.fromAst(ast)
                .getRoot()
                .allNodes()
                .forEach(node -> checkAnswerReference(node, earlierPractices, allPractices, problems));
        if (!problems.isEmpty()) {
            return new Compiled(null, problems);
        }
        try {
            CelRuntime.Program program = RUNTIME.createProgram(ast);
            return new Compiled(new CelCondition(source, program), List.of());
        } catch (dev.cel.common.CelException e) {
            return new Compiled(null, List.of("invalid condition '" + source + "': " + firstLine(e.getMessage())));
        }
    }

    /** Every {@code answers[...]} must index with a constant id of an earlier practice. */
    private static void checkAnswerReference(
            CelNavigableExpr node, Set<String> earlier, Set<String> all, List<String> problems) {
        if (node.getKind() != CelExpr.ExprKind.Kind.CALL) {
            return;
        }
        CelExpr.CelCall call = node.expr().call();
        if (!call.function().equals("_[_]") || call.args().size() != 2) {
            return;
        }
        CelExpr target = call.args().get(0);
        if (target.getKind() != CelExpr.ExprKind.Kind.IDENT
                || !target.ident().name().equals("answers")) {
            return;
        }
        CelExpr key = call.args().get(1);
        if (key.getKind() != CelExpr.ExprKind.Kind.CONSTANT
                || key.constant().getKind() != CelConstant.Kind.STRING_VALUE) {
            problems.add("answers[...] must name a practice id as a constant string");
            return;
        }
        String id = key.constant().stringValue();
        if (!earlier.contains(id)) {
            problems.add(
                    all.contains(id)
                            ? "condition refers to practice " + id + ", which is not earlier in the questionnaire"
                            : "condition refers to unknown practice " + id);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }

    private record CelCondition(String source, CelRuntime.Program program) implements VisibilityCondition {

        @Override
        public boolean test(OrganizationProfile profile, Map<String, String> answers) {
            try {
                Object value = program.eval(Map.of(
                        "sector", nullToEmpty(profile.sector()),
                        "size", nullToEmpty(profile.size()),
                        "country", nullToEmpty(profile.country()),
                        "answers", answers));
                return Boolean.TRUE.equals(value);
            } catch (CelEvaluationException e) {
                // e.g. an answers key missing because the caller gave a partial map: show the practice rather than hide
                // it
                return true;
            }
        }

        private static String nullToEmpty(String value) {
            return value == null ? "" : value;
        }
    }
}
