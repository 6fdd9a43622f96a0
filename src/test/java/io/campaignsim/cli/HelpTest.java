package io.campaignsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Every command's help, rendered at 80 columns as a user sees it in a plain terminal: picocli
 * formats it without a warning, no example line is wrapped, and examples write under reports/
 * or a temporary folder, never into the repository root.
 */
class HelpTest {

    private static final int WIDTH = 80;
    /** An output argument: --out X, --json X, --junit X, --markdown X, or a shell redirection. */
    private static final Pattern OUTPUT = Pattern.compile("(--out|--json|--junit|--markdown|--baseline)[ =](\\S+)|> (\\S+)");

    @Test
    void everyHelpRendersWithoutWarnings() {
        for (CommandLine c : commands()) {
            String stderr = stderrOf(() -> help(c));
            assertEquals("", stderr, c.getCommandSpec().qualifiedName() + " --help");
        }
    }

    @Test
    void noExampleLineIsWrapped() {
        for (CommandLine c : commands()) {
            List<String> rendered = Arrays.asList(help(c).split("\n", -1));
            for (String line : footerLines(c)) {
                assertTrue(line.length() <= WIDTH, c.getCommandSpec().qualifiedName() + ": longer than " + WIDTH
                        + " columns: " + line);
                assertTrue(rendered.contains(line), c.getCommandSpec().qualifiedName()
                        + ": the line is shown whole: " + line + "\n" + help(c));
            }
        }
    }

    @Test
    void examplesWriteUnderReportsOrATemporaryFolder() {
        int outputs = 0;
        for (CommandLine c : commands()) {
            for (String line : footerLines(c)) {
                var m = OUTPUT.matcher(line);
                while (m.find()) {
                    String target = m.group(2) != null ? m.group(2) : m.group(3);
                    if (m.group(1) != null && m.group(1).equals("--baseline")) {
                        continue; // read, and written only with --update-baseline, into its own folder
                    }
                    outputs++;
                    assertTrue(target.startsWith("reports/") || target.startsWith("/tmp/") || target.startsWith("~/"),
                            c.getCommandSpec().qualifiedName() + " example writes " + target + ": " + line);
                }
            }
        }
        assertTrue(outputs >= 5, "examples with an output: " + outputs);
    }

    @Test
    void noOptionIsWrappedInTheUsageLine() {
        for (CommandLine c : commands()) {
            String synopsis = String.join("\n", c.getCommandSpec().usageMessage().customSynopsis());
            if (synopsis.isEmpty()) {
                synopsis = c.getHelp().synopsis(0);
            }
            for (CommandLine.Model.OptionSpec o : c.getCommandSpec().options()) {
                if (o.usageHelp() || o.versionHelp() || o.hidden() || o.arity().max() == 0 && o.shortestName().length() == 2) {
                    continue; // short flags are clustered as -hqvV
                }
                String token = o.arity().max() == 0 ? o.longestName() : o.longestName() + "=" + o.paramLabel();
                if (o.shortestName().length() == 2 && o.arity().max() > 0) {
                    token = o.shortestName() + "=" + o.paramLabel(); // picocli shows -t=T
                }
                assertTrue(synopsis.contains(token), c.getCommandSpec().qualifiedName() + ": '" + token
                        + "' whole on one line of the usage:\n" + synopsis);
            }
        }
    }

    @Test
    void theAnalyzeUsageLineIsReadable() {
        CommandLine analyze = commands().stream().filter(c -> c.getCommandName().equals("analyze")).findFirst().orElseThrow();
        String usage = help(analyze);
        String synopsis = usage.substring(0, usage.indexOf("Analyse"));
        assertFalse(synopsis.contains("]..."), "each option once, no repetition markers: " + synopsis);
        assertTrue(synopsis.lines().allMatch(l -> l.length() <= WIDTH), synopsis);
        assertTrue(synopsis.lines().count() <= 3, synopsis);
    }

    private static List<CommandLine> commands() {
        CommandLine root = Cli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<CommandLine> all = new ArrayList<>(List.of(root));
        all.addAll(root.getSubcommands().values());
        for (CommandLine c : all) {
            c.setUsageHelpWidth(WIDTH);
            c.setUsageHelpAutoWidth(false);
        }
        assertTrue(all.size() >= 13, "commands: " + all.size());
        return all;
    }

    private static String help(CommandLine c) {
        return c.getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    /** The footer (examples and notes), one string per printed line, with %n expanded. */
    private static List<String> footerLines(CommandLine c) {
        List<String> lines = new ArrayList<>();
        for (String f : c.getCommandSpec().usageMessage().footer()) {
            for (String l : String.format(f).split("\\R", -1)) {
                if (!l.isBlank()) {
                    lines.add(l);
                }
            }
        }
        return lines;
    }

    private static String stderrOf(Runnable r) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setErr(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }
}
