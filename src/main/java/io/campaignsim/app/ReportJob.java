package io.campaignsim.app;

import io.campaignsim.core.UserInputException;
import io.campaignsim.report.AtomicOutputDirectory;
import io.campaignsim.report.compare.ComparisonCharts;
import io.campaignsim.report.compare.ComparisonJson;
import io.campaignsim.report.compare.ComparisonPages;
import io.campaignsim.report.sim.SummaryJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code report} use case: redraw the charts and pages of a compare results folder from its saved
 * files, without simulating again. Files are rendered into a staging folder beside the results folder
 * and committed by {@link AtomicOutputDirectory#update} (charts before the page that links them): a
 * reader never sees a half-written file, files the user added stay, and if rendering fails nothing in
 * the folder changes.
 */
public final class ReportJob {

    /** What the user asked for. */
    public record Request(Path dir, Set<ComparisonPages.Format> formats, boolean logTime) {}

    /** What was written. */
    public record Outcome(Path dir, List<Path> files) {}

    public Outcome run(Request req) throws IOException {
        Path dir = req.dir().toAbsolutePath().normalize();
        check(req.dir(), dir);
        try (AtomicOutputDirectory out = AtomicOutputDirectory.update(dir)) {
            List<Path> rendered;
            try {
                rendered = ComparisonPages.render(dir, out.staging(), req.formats(),
                        new ComparisonCharts.Options(req.logTime()));
            } catch (IOException e) {
                throw out.writeFailed(e);
            }
            out.commit();
            List<Path> files = new ArrayList<>();
            for (Path f : rendered) {
                files.add(dir.resolve(f.getFileName()));
            }
            return new Outcome(dir, List.copyOf(files));
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
}
