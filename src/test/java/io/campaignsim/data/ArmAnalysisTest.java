package io.campaignsim.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.app.AnalyzeJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArmAnalysisTest {

    @TempDir
    Path dir;

    /** 100 control rows with 10 buyers, 100 treated with 20; spend = 10 per buyer; two segments split evenly. */
    private AnalyzeResult analyze() throws Exception {
        StringBuilder csv = new StringBuilder("arm,buy,spend,region\n");
        for (int i = 0; i < 100; i++) {
            String region = i % 2 == 0 ? "north" : "south";
            csv.append("control,").append(i < 10 ? "1,10" : "0,0").append(',').append(region).append('\n');
            csv.append("mail,").append(i < 20 ? "1,10" : "0,0").append(',').append(region).append('\n');
        }
        Path f = dir.resolve("log.csv");
        Files.writeString(f, csv);
        return new AnalyzeJob().analyze(new AnalyzeJob.Request(f, "arm", null, List.of("buy", "spend"), "region",
                null, null, 2, 1));
    }

    @Test
    void ratesAndEffectsAreTheObservedOnes() throws Exception {
        AnalyzeResult r = analyze();
        assertEquals("control", r.control(), "recognised without --control");
        ArmStat mail = r.armStats().stream().filter(a -> a.scope().equals("all") && a.outcome().equals("buy")
                && a.arm().equals("mail")).findFirst().orElseThrow();
        assertEquals(0.20, mail.value(), 1e-12);
        double half = 1.959963984540054 * Math.sqrt(0.2 * 0.8 / 100);
        assertEquals(0.20 - half, mail.ciLow(), 1e-9);
        Effect buy = r.effects().get(0);
        assertEquals("z", buy.test());
        assertEquals(0.10, buy.effect(), 1e-12);
        assertEquals(1.0, buy.relative(), 1e-12);
        assertTrue(buy.pValue() > 0.01 && buy.pValue() < 0.1, "z = 1.95 gives p near 0.05: " + buy.pValue());
        Effect spend = r.effects().get(1);
        assertEquals("welch", spend.test());
        assertEquals(1.0, spend.effect(), 1e-12);
    }

    @Test
    void everySegmentGetsItsOwnEffects() throws Exception {
        AnalyzeResult r = analyze();
        List<Effect> north = r.effects().stream().filter(e -> e.scope().equals("region=north")).toList();
        assertEquals(2, north.size());
        assertEquals(50, north.get(0).n());
        assertEquals(0.10, north.get(0).effect(), 1e-12, "buyers are spread evenly over the regions");
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("spend is heavy-tailed")), r.notes().toString());
    }
}
