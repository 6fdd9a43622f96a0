package io.campaignsim.cli;

import io.campaignsim.scenario.schema.ScenarioSchema;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the JSON Schema of scenario files. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Print the JSON Schema (draft-07) of scenario files: every key with its type, range, "
                + "default and description. Editors use it to complete and check scenarios; the repository "
                + "holds the same text in " + ScenarioSchema.FILE + ".",
            "It checks keys, types and ranges; 'campaignsim validate' also checks what a schema cannot say "
                + "(shares summing to 1, references between sections, conditions)."},
        footerHeading = "%nExamples:%n",
        footer = {"  campaignsim schema > /tmp/scenario.schema.json",
            "  # first line of a scenario, for VS Code's YAML extension:",
            "  # yaml-language-server: $schema=../schema/scenario.schema.json"})
public final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(ScenarioSchema.json());
        out.flush();
        return ExitCode.OK.code();
    }
}
