package io.campaignsim.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The public real datasets shared beside the repository ({@code ../shared/datasets}); tests skip without them. */
public final class SharedDatasets {

    public static final Path ROOT = Path.of("..", "shared", "datasets");
    public static final Path HILLSTROM = ROOT.resolve("hillstrom")
            .resolve("Kevin_Hillstrom_MineThatData_E-MailAnalytics_DataMiningChallenge_2008.03.20.csv");
    public static final Path OBD = ROOT.resolve("open_bandit_dataset_small");
    /** CDNOW transactions: {@code CDNOW_master.txt} (with a header) and {@code CDNOW_sample.txt} (without). */
    public static final Path CDNOW = ROOT.resolve("cdnow");

    private SharedDatasets() {}

    /** The file, or the test is skipped with a message saying where it was looked for. */
    public static Path require(Path file) {
        assumeTrue(Files.isRegularFile(file), "shared datasets not found at " + file.toAbsolutePath().normalize());
        return file;
    }

    /** An Open Bandit Dataset log, e.g. {@code obd("bts", "men")}. */
    public static Path obd(String policy, String campaign) {
        return require(OBD.resolve(policy).resolve(campaign).resolve(campaign + ".csv"));
    }
}
