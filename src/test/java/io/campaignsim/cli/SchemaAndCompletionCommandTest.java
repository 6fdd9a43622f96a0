package io.campaignsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code campaignsim schema} and {@code campaignsim completion} through the real command line. */
class SchemaAndCompletionCommandTest {

    @Test
    void schemaPrintsTheCommittedFile() throws Exception {
        CliRun.Result r = CliRun.run("schema");
        assertEquals(0, r.exit(), r.err());
        assertEquals(Files.readString(Path.of("schema/scenario.schema.json")), r.out());
    }

    @Test
    void completionKnowsEveryCommandAndItsOptions() {
        CliRun.Result r = CliRun.run("completion");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("complete -F _complete_campaignsim"), "a bash completion function is registered");
        assertTrue(r.out().contains("bashcompinit"), "zsh loads it through bashcompinit");
        for (String command : new String[] {"validate", "generate", "simulate", "compare", "calibrate", "report", "bench",
            "check", "analyze", "ope", "schema", "completion", "sweep"}) {
            assertTrue(r.out().contains(command), command);
        }
        for (String option : new String[] {"--replications", "--update-baseline", "--treatment", "--estimators", "--set",
            "--design", "--fresh"}) {
            assertTrue(r.out().contains(option), option);
        }
    }
}
