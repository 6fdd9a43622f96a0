package io.campaignsim.cli;

import static io.campaignsim.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationCsv;
import io.campaignsim.scenario.ScenarioLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    private static final String QUICKSTART = "scenarios/quickstart.yaml";

    @TempDir
    Path dir;



    @Test
    void writesAParsableFile() {
        Path file = dir.resolve("sub/p.csv");
        CliRun.Result r = run("generate", "--scenario", QUICKSTART, "--size", "1000", "--out", file.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("wrote 1000 customers to .*p\\.csv in \\d+\\.\\d s\\R"), r.out());
        Population p = PopulationCsv.read(file, new ScenarioLoader().load(Path.of(QUICKSTART)), 1);
        assertEquals(1000, p.size());
        assertFalse(Files.exists(dir.resolve("sub/p.csv.tmp")));
    }

    @Test
    void sameSeedSameBytesAndSeedOptionChangesThem() throws Exception {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Path c = dir.resolve("c.csv");
        run("generate", "--scenario", QUICKSTART, "--size", "2000", "--with-truth", "--threads", "1", "--out", a.toString());
        run("generate", "--scenario", QUICKSTART, "--size", "2000", "--with-truth", "--threads", "2", "--out", b.toString());
        run("generate", "--scenario", QUICKSTART, "--size", "2000", "--with-truth", "--seed", "43", "--out", c.toString());
        assertEquals(Files.readString(a), Files.readString(b));
        assertFalse(Files.readString(a).equals(Files.readString(c)));
        assertTrue(Files.readString(a).lines().findFirst().orElseThrow().contains("true_uplift_group"));
    }

    @Test
    void describePrintsTheSummary() {
        CliRun.Result r = run("generate", "--scenario", QUICKSTART, "--size", "1000", "--describe");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("true_purchase_rate") && !r.out().contains("hidden_"), r.out());
        assertTrue(r.out().contains("loyal"), r.out());
    }

    @Test
    void badScenarioPathIsOneLineExitTwo() {
        CliRun.Result r = run("generate", "--scenario", "no/such.yaml", "--out", dir.resolve("p.csv").toString());
        assertEquals(2, r.exit());
        assertEquals(Path.of("no/such.yaml") + ": no such file; expected an existing scenario .yaml file (see scenarios/)",
                r.err().strip());
    }

    @Test
    void nothingToDoIsAUsageError() {
        CliRun.Result r = run("generate", "--scenario", QUICKSTART);
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("campaignsim: nothing to do: give --out FILE.csv, --describe, or both"), r.err());
    }

    @Test
    void outAsADirectoryIsRefused() {
        CliRun.Result r = run("generate", "--scenario", QUICKSTART, "--size", "10", "--out", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().startsWith("campaignsim: " + dir + ": is a folder; expected a file path for --out"), r.err());
    }

    @Test
    void sizeOutOfRangeIsAUsageError() {
        CliRun.Result r = run("generate", "--scenario", QUICKSTART, "--size", "0", "--describe");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("--size must be between 1 and 50000000, but was 0"), r.err());
    }
}
