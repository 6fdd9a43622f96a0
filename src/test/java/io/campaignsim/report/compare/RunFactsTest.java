package io.campaignsim.report.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.core.UserInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** run.json: the facts of a compare run that the report prints (issue #5). */
class RunFactsTest {

    @TempDir
    Path tmp;

    @Test
    void readsBackWhatWasWritten() throws IOException {
        RunFacts facts = new RunFacts("shop", null, -7, 20_000, "0.1.0", 3.2);
        facts.write(tmp);
        assertEquals(Optional.of(facts), RunFacts.read(tmp));
        assertTrue(Files.readString(tmp.resolve(RunFacts.FILE)).endsWith("}\n"));
    }

    @Test
    void absentIsEmptyAndBrokenIsAUserError() throws IOException {
        assertEquals(Optional.empty(), RunFacts.read(tmp));
        Files.writeString(tmp.resolve(RunFacts.FILE), "{");
        assertThrows(UserInputException.class, () -> RunFacts.read(tmp));
    }
}
