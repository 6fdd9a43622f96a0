package io.campaignsim.cli;

import io.campaignsim.scenario.ScenarioException;
import io.campaignsim.scenario.ScenarioLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Loads and validates scenario files; prints {@code ok} or every problem, one per line. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files: YAML syntax, known keys, types, ranges and references.",
        footerHeading = "%nExamples:%n", footer = {"  campaignsim validate scenarios/quickstart.yaml",
            "  campaignsim validate scenarios/*.yaml"})
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO.yaml", description = "Scenario files to check.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioLoader loader = new ScenarioLoader();
        boolean allOk = true;
        for (Path f : files) {
            try {
                loader.load(f);
                out.println(f + ": ok");
            } catch (ScenarioException e) {
                e.lines().forEach(err::println);
                allOk = false;
            }
        }
        out.flush();
        err.flush();
        return allOk ? ExitCode.OK.code() : ExitCode.INVALID_INPUT.code();
    }
}
