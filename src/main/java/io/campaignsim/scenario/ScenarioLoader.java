package io.campaignsim.scenario;

import io.campaignsim.core.FileInputException;
import io.campaignsim.core.InputFiles;
import io.campaignsim.scenario.yaml.Loc;
import io.campaignsim.scenario.yaml.YamlNode;
import io.campaignsim.scenario.yaml.YamlTreeReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Loads a scenario file: read, parse, bind every key with its position, then validate across
 * fields. All problems are collected and thrown together as one {@link ScenarioException}.
 */
public final class ScenarioLoader {

    /** Scenario files are hand-written; anything larger is a mistake (a data file passed by accident). */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    /** The oracle's type name: the yardstick of a comparison, not a strategy to compare. */
    private static final String ORACLE = "oracle";

    /** Reachability and unsubscribes are bit masks in an int per customer. */
    public static final int MAX_CHANNELS = 30;

    private final YamlTreeReader yaml = new YamlTreeReader();
    private final StrategyCatalog strategyTypes;

    /** A loader that knows the strategy types on the class path ({@link StrategyCatalog#installed()}). */
    public ScenarioLoader() {
        this(StrategyCatalog.installed());
    }

    /** A loader that accepts the strategy types of {@code strategies}. */
    public ScenarioLoader(StrategyCatalog strategies) {
        this.strategyTypes = strategies;
    }

    public Scenario load(Path file) {
        return loadDocument(file).scenario();
    }

    /** Loads a scenario file with its tree and {@code sweep:} block (for {@code campaignsim sweep}). */
    public ScenarioDocument loadDocument(Path file) {
        String name = file.toString();
        String text;
        try {
            byte[] bytes = InputFiles.readAll(file, MAX_FILE_BYTES, "a scenario .yaml file (see scenarios/)");
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (FileInputException e) {
            throw ScenarioException.of(name, e.what(), e.expected());
        } catch (CharacterCodingException e) {
            throw ScenarioException.of(name, "file is not UTF-8 text", "a UTF-8 encoded YAML file");
        }
        return parseDocument(text, name);
    }

    /** Parses and validates scenario text; {@code fileName} is used in messages. */
    public Scenario parse(String text, String fileName) {
        return parseDocument(text, fileName).scenario();
    }

    /**
     * As {@link #parse}, keeping the tree and the {@code sweep:} block, whose every value is checked
     * here against the scenario (set in the tree, bound and validated, reported at the block's position).
     */
    public ScenarioDocument parseDocument(String text, String fileName) {
        Problems problems = new Problems();
        YamlNode root = yaml.read(text, problems);
        problems.throwIfAny(fileName);
        SweepSpec[] sweep = new SweepSpec[1];
        Scenario scenario = bind(root, problems, sweep);
        if (scenario != null) {
            new ScenarioValidator(scenario, problems).validate();
        }
        if (scenario != null && problems.isEmpty() && sweep[0] != null) {
            for (SweepParameter p : sweep[0].parameters()) {
                Loc at = sweep[0].keyLocs().get(p.path());
                for (String value : p.checkedValues()) {
                    String wrong = problemWith(root, p.path(), value);
                    if (wrong != null) {
                        int cut = wrong.lastIndexOf("; expected ");
                        problems.add(at, (wrong.startsWith("path '") ? "" : "sweep.parameters '" + p.path() + "' value "
                                + value + ": ") + (cut < 0 ? wrong : wrong.substring(0, cut)),
                                cut < 0 ? "" : wrong.substring(cut + 11));
                        break;
                    }
                }
            }
        }
        problems.throwIfAny(fileName);
        return new ScenarioDocument(fileName, root, scenario, sweep[0]);
    }

    /**
     * The scenario of an edited tree (a sweep point), bound and validated exactly as a file would be.
     *
     * @throws ScenarioException with the problems, positioned where the tree's nodes came from
     */
    public Scenario bindTree(YamlNode root, String fileName) {
        Problems problems = new Problems();
        Scenario scenario = bind(root, problems, new SweepSpec[1]);
        if (scenario != null) {
            new ScenarioValidator(scenario, problems).validate();
        }
        problems.throwIfAny(fileName);
        return scenario;
    }

    /**
     * What is wrong with the value {@code value} at {@code path} itself (its type or range, or an unknown
     * key), as "what (at line:col); expected ...", or null when the loader finds nothing wrong there.
     * Problems of how it combines with the rest of the scenario (shares that no longer sum to 1) are not
     * reported here, since another swept value may restore them: each point is checked as a whole.
     */
    public String problemWith(YamlNode root, String path, String value) {
        YamlNode edited;
        try {
            edited = ScenarioTree.with(root, path, value);
        } catch (ScenarioTree.PathException e) {
            return e.getMessage();
        }
        try {
            bindTree(edited, "");
            return null;
        } catch (ScenarioException e) {
            Loc at = ScenarioTree.locOf(edited, path);
            for (Problem p : e.problems()) {
                if (at.equals(p.loc())) {
                    return p.what() + " (at " + p.loc() + ")"
                            + (p.expected() == null || p.expected().isEmpty() ? "" : "; expected " + p.expected());
                }
            }
            return null;
        }
    }

    private Scenario bind(YamlNode root, Problems problems, SweepSpec[] sweep) {
        MapReader m = MapReader.of(root, "the scenario", problems);
        if (m == null) {
            return null;
        }
        String name = m.name("name", null, true);
        String description = m.string("description", "");
        long seed = m.integer("seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
        int horizon = (int) m.requiredInteger("horizon_days", 1, Scenario.MAX_HORIZON_DAYS);
        int reps = (int) m.integer("replications", 1, 1, Scenario.MAX_REPLICATIONS);
        double holdoutShare = m.numberBetween("holdout_share", Scenario.DEFAULT_HOLDOUT_SHARE, 0, 1,
                "0.1 (a tenth of the customers is held out of each strategy's test)");
        YamlNode popNode = m.required("population", "a population section with size and segments");
        PopulationSpec population = popNode == null ? null : PopulationSpec.read(popNode, problems);
        YamlNode channelsNode = m.node("channels");
        int channelCount = channelsNode instanceof YamlNode.MapNode cm ? cm.entries().size() : 1;
        List<ChannelSpec> channels = m.namedSections("channels", true, "channel names to channel settings",
                (n, keyLoc, value) -> ChannelSpec.read(n, keyLoc, value, channelCount, problems)).values().stream().toList();
        if (m.has("channels") && channels.isEmpty() && problems.isEmpty()) {
            problems.add(m.locOf("channels"), "channels is empty", "at least one channel, e.g. email: { cost: 0.002 }");
        }
        if (channels.size() > MAX_CHANNELS) {
            problems.add(m.locOf("channels"), "channels declares " + channels.size() + " channels, more than the "
                    + MAX_CHANNELS + " supported", "at most " + MAX_CHANNELS + " channels");
        }
        List<OfferSpec> offers = m.list("offers", false, n -> OfferSpec.read(n, problems));
        CatalogSpec catalog = CatalogSpec.read(m.node("catalog"), problems);
        EconomicsSpec economics = EconomicsSpec.read(m.node("economics"), problems);
        PolicySpec policy = PolicySpec.read(m.node("policy"), problems);
        List<StrategySpec> strategies = m.list("strategies", false, n -> StrategySpec.read(n, strategyTypes, problems));
        if (m.has("strategies") && strategies.isEmpty() && problems.isEmpty()) {
            problems.add(m.locOf("strategies"), "strategies is empty", "at least one strategy, or no 'strategies' key");
        }
        if (!strategies.isEmpty() && strategies.stream().allMatch(st -> st != null && ORACLE.equals(st.type()))) {
            problems.add(m.locOf("strategies"), "strategies has only the oracle, which is the yardstick, not a "
                    + "strategy to compare", "at least one strategy besides the oracle, e.g. - { name: control, type: holdout }");
        }
        ReportSpec report = ReportSpec.read(m.node("report"), name == null ? "scenario" : name, problems);
        CheckSpec check = CheckSpec.read(m.node("check"), strategies.stream().map(StrategySpec::name).toList(), problems);
        sweep[0] = SweepSpec.read(m.node("sweep"), problems);
        m.done();
        if (population == null) {
            return null;
        }
        return new Scenario(name, description, seed, horizon, reps, population, channels, offers, catalog, economics,
                policy, strategies, report, check, holdoutShare);
    }
}
