package io.campaignsim.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.core.UserInputException;
import io.campaignsim.scenario.ScenarioException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogTableTest {

    @TempDir
    Path dir;

    private LogTable read(String csv) throws Exception {
        Path f = dir.resolve("log.csv");
        Files.writeString(f, csv);
        return LogTable.read(f);
    }

    @Test
    void aColumnIsNumericOnlyWhenEveryValueIsANumber() throws Exception {
        LogTable t = read("arm,y,spend,city\nA,0,1.5,Paris\nB,1,2e3,2\nA,1,0,Rome\n");
        assertEquals(3, t.rows());
        assertTrue(t.isNumeric(1));
        assertTrue(t.isBinary(1));
        assertTrue(t.isNumeric(2));
        assertFalse(t.isBinary(2));
        assertFalse(t.isNumeric(3), "one text value makes the column categorical");
        assertEquals(List.of("A", "B"), t.levels(0));
        assertEquals(List.of("0", "1.5", "2e3"), t.levels(2), "numeric levels sort by value");
    }

    @Test
    void aBadValueIsReportedAtItsLineAndColumn() throws Exception {
        LogTable t = read("arm,y\nA,1\nBB,yes\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> t.requireNumeric(1, "--outcome"));
        assertTrue(e.getMessage().endsWith("log.csv:3:4: --outcome column 'y' has value 'yes'; expected a number"),
                e.getMessage());
        LogTable u = read("arm,click\nA,1\nB,2\n");
        ScenarioException b = assertThrows(ScenarioException.class, () -> u.requireBinary(1, "click"));
        assertTrue(b.getMessage().contains("log.csv:3:3:") && b.getMessage().contains("expected 0 or 1"), b.getMessage());
    }

    @Test
    void emptyRaggedAndMissingFilesAreUserErrors() throws Exception {
        assertThrows(UserInputException.class, () -> read(""));
        assertThrows(UserInputException.class, () -> read("a,b\n"));
        ScenarioException ragged = assertThrows(ScenarioException.class, () -> read("a,b\n1,2\n3\n"));
        assertTrue(ragged.getMessage().contains("log.csv:3:1: row has 1 fields"), ragged.getMessage());
        assertThrows(UserInputException.class, () -> LogTable.read(dir.resolve("missing.csv")));
    }

    @Test
    void anUnknownColumnSuggestsTheClosestName() throws Exception {
        LogTable t = read("segment,visit\nA,1\n");
        UserInputException e = assertThrows(UserInputException.class, () -> t.column("segmnt", "--treatment"));
        assertTrue(e.getMessage().contains("(did you mean 'segment'?)"), e.getMessage());
    }
}
