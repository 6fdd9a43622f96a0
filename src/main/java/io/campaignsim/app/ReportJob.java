package io.campaignsim.app;

import io.campaignsim.core.UserInputException;
import io.campaignsim.report.compare.ComparisonCharts;
import io.campaignsim.report.compare.ComparisonJson;
import io.campaignsim.report.compare.ComparisonPages;
import io.campaignsim.report.sim.SummaryJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The {@code report} use case: redraw the charts and pages of a compare results folder from its saved
 * files, without simulating again. Files are rendered into a hidden staging folder inside the results
 * folder and then renamed over the old ones one by one (charts before the page that links them), so
 * a reader never sees a half-written file; if rendering fails, nothing in the folder changes.
 */
public final class ReportJob {

    /** What the user asked for. */
    public record Request(Path dir, Set<ComparisonPages.Format> formats, boolean logTime) {}

    /** What was written. */
    public record Outcome(Path dir, List<Path> files) {}

    public Outcome run(Request req) throws IOException {
        Path dir = req.dir().toAbsolutePath().normalize();
        check(req.dir(), dir);
        Path staging;
        try {
            staging = Files.createTempDirectory(dir, ".report-");
        } catch (IOException e) {
            throw new UserInputException(req.dir() + " cannot be written to (" + e.getClass().getSimpleName()
                    + "); expected a results folder you may write in");
        }
        try {
            List<Path> rendered = ComparisonPages.render(dir, staging, req.formats(),
                    new ComparisonCharts.Options(req.logTime()));
            List<Path> files = new ArrayList<>();
            for (Path f : rendered) {
                Path target = dir.resolve(f.getFileName());
                Files.move(f, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                files.add(target);
            }
            return new Outcome(dir, List.copyOf(files));
        } finally {
            deleteRecursively(staging);
        }
    }

    private static void check(Path given, Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UserInputException(given + " is not a folder; expected a results folder written by "
                    + "'campaignsim compare'");
        }
        if (Files.isRegularFile(dir.resolve(ComparisonJson.FILE))) {
            return;
        }
        if (Files.isRegularFile(dir.resolve(SummaryJson.FILE))) {
            throw new UserInputException(given + " holds 'simulate' results (summary.json), which report cannot redraw "
                    + "yet; expected a folder written by 'campaignsim compare' (simulate already writes its charts)");
        }
        throw new UserInputException(given + " is not a results folder (no " + ComparisonJson.FILE
                + "); expected a folder written by 'campaignsim compare'");
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
