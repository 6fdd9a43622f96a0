package io.campaignsim.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Invalid user input: a scenario, population file or option. Carries every problem found,
 * each printable as one {@code file:line:col} line. The CLI maps it to exit code 2.
 */
public final class ScenarioException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final transient List<Problem> problems;

    public ScenarioException(String file, List<Problem> problems) {
        super(problems.stream().map(p -> p.format(file)).collect(Collectors.joining("\n")));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    /** A single problem without a position, e.g. a missing file. */
    public static ScenarioException of(String file, String what, String expected) {
        return new ScenarioException(file, List.of(new Problem(null, what, expected)));
    }

    public String file() {
        return file;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One formatted line per problem. */
    public List<String> lines() {
        return problems.stream().map(p -> p.format(file)).toList();
    }
}
