package io.campaignsim.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.app.AnalyzeJob;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpliftAnalysisTest {

    @TempDir
    Path dir;

    /**
     * Treatment raises the buy rate from 5 % to 25 % for group "young" only. A model that finds the
     * young ranks them first, so its out-of-fold Qini must be well above 0 (random ranking) and
     * uplift@30 % (all young, effect 0.20) must exceed the average effect (0.10). The best
     * ranking has Qini (0.5·200/2 + 0.5·200 − 200/2) / 4000 = 0.0125 per customer; half of it is required.
     */
    @Test
    void outOfFoldModelsFindAPlantedEffect() throws Exception {
        SplittableRandom rng = new SplittableRandom(7);
        StringBuilder csv = new StringBuilder("arm,age,noise,buy\n");
        for (int i = 0; i < 4000; i++) {
            boolean treated = rng.nextBoolean();
            boolean young = rng.nextBoolean();
            double p = treated && young ? 0.25 : 0.05;
            csv.append(treated ? "mail" : "control").append(',').append(young ? "young" : "old").append(',')
                    .append(rng.nextDouble()).append(',').append(rng.nextDouble() < p ? 1 : 0).append('\n');
        }
        Path f = dir.resolve("log.csv");
        Files.writeString(f, csv);
        AnalyzeResult r = new AnalyzeJob().analyze(new AnalyzeJob.Request(f, "arm", "control", List.of("buy"), null,
                null, null, 5, 3));
        assertEquals(List.of("age=young", "noise"), r.features());
        assertEquals(2, r.uplift().size());
        for (UpliftResult u : r.uplift()) {
            assertTrue(u.qini() > 0.006, u.model() + " qini " + u.qini());
            assertTrue(u.upliftAt30() > 0.15, u.model() + " uplift@30 " + u.upliftAt30());
            assertEquals(101, u.qiniCurve().size());
        }
    }
}
