package io.campaignsim.data.ope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.scenario.ScenarioException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BanditLogTest {

    @TempDir
    Path dir;

    private Path write(String csv) throws Exception {
        Path f = dir.resolve("obd.csv");
        Files.writeString(f, csv);
        return f;
    }

    @Test
    void readsTheObdColumnsAndIgnoresOthers() throws Exception {
        BanditLog log = BanditLog.read(write(",item_id,position,click,propensity_score,user\n0,2,1,0,0.5,u\n1,0,3,1,0.25,v\n"));
        assertEquals(2, log.size());
        assertEquals(3, log.items());
        assertEquals(3, log.positions());
        assertEquals(0.25, log.propensity(1));
    }

    @Test
    void badValuesAreReportedAtTheirCell() throws Exception {
        ScenarioException click = assertThrows(ScenarioException.class,
                () -> BanditLog.read(write("item_id,position,click,propensity_score\n0,1,2,0.5\n")));
        assertTrue(click.getMessage().endsWith("obd.csv:2:5: reward column 'click' has value '2'; expected 0 or 1"),
                click.getMessage());
        ScenarioException p = assertThrows(ScenarioException.class,
                () -> BanditLog.read(write("item_id,position,click,propensity_score\n0,1,0,0.5\n0,1,0,0\n")));
        assertTrue(p.getMessage().contains("obd.csv:3:7:") && p.getMessage().contains("(0, 1]"), p.getMessage());
        ScenarioException item = assertThrows(ScenarioException.class,
                () -> BanditLog.read(write("item_id,position,click,propensity_score\n1.5,1,0,0.5\n")));
        assertTrue(item.getMessage().contains("obd.csv:2:1:"), item.getMessage());
    }
}
