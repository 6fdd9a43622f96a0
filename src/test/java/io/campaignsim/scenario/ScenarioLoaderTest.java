package io.campaignsim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Loading files from disk, the bundled scenarios, and the defaults the readers fill in. */
class ScenarioLoaderTest {

    private final ScenarioLoader loader = new ScenarioLoader();

    static Stream<Path> bundledScenarios() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 3, "expected quickstart, retail-winback and cross-sell in scenarios/");
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledScenarios")
    void everyBundledScenarioLoads(Path file) {
        Scenario s = loader.load(file);
        assertEquals(file.getFileName().toString().replace(".yaml", ""), s.name());
        assertFalse(s.strategies().isEmpty());
    }

    @Test
    void retailWinbackIsTheStoryItTells() {
        Scenario s = loader.load(Path.of("scenarios/retail-winback.yaml"));
        assertEquals(200_000, s.population().size());
        assertEquals(List.of("loyal", "regular", "lapsing"), s.segmentNames());
        assertEquals(List.of("email", "sms", "push", "call"), s.channelNames());
        assertEquals(List.of("none", "ten_off", "twenty_off", "free_ship"), s.offerNames());
        assertEquals(20, s.replications());
        ChannelSpec call = s.channels().get(s.channelIndex("call"));
        ChannelSpec email = s.channels().get(s.channelIndex("email"));
        assertTrue(call.cost() > 100 * email.cost() && call.persuasion() > email.persuasion());
        assertEquals(List.of("holdout", "ab_test", "thompson", "linucb", "uplift"),
                s.strategies().stream().map(StrategySpec::type).toList());
    }

    @Test
    void crossSellRecommendsTheLastPurchasedCategory() {
        Scenario s = loader.load(Path.of("scenarios/cross-sell.yaml"));
        assertTrue(s.catalog().categories().size() >= 6);
        assertEquals(0.5, s.catalog().affinityCorrelation());
        int furniture = s.catalog().categories().indexOf("furniture");
        int textiles = s.catalog().categories().indexOf("textiles");
        assertEquals(3.0, s.catalog().leadsTo(furniture, textiles), "a sofa makes cushions wanted");
        assertEquals(0.0, s.catalog().leadsTo(textiles, furniture));
        assertEquals(0.3, s.catalog().conversion(furniture));
        assertEquals(20.0, s.catalog().leadsToHalfLifeDays());
        assertEquals(0.0, s.channels().get(s.channelIndex("web")).cost());
        assertTrue(s.policy().rules().stream().anyMatch(r -> r.then().category().equals(ActionSpec.LAST_PURCHASED)));
    }

    @Test
    void defaultsAreAppliedWhereKeysAreAbsent() {
        String minimal = """
                name: minimal
                horizon_days: 7
                population:
                  size: 100
                  segments:
                    - { name: all, share: 1, purchase_rate: 0.01 }
                channels:
                  email: {}
                  sms: {}
                  push: { preference: 2 }
                  call: {}
                """;
        Scenario s = loader.parse(minimal, "m.yaml");
        assertEquals(1, s.seed());
        assertEquals(1, s.replications());
        assertEquals(0.25, s.channels().get(0).preference(), "preference defaults to 1 / number of channels");
        assertEquals(2.0, s.channels().get(2).preference());
        ChannelSpec email = s.channels().get(0);
        assertEquals(0.0, email.cost());
        assertEquals(1.0, email.reach());
        assertEquals(7.0, email.fatigueHalfLifeDays());
        assertEquals(UpliftGroupsSpec.defaults(), s.population().upliftGroups());
        assertEquals(0.5, s.population().heterogeneity());
        assertEquals(List.of("north", "south", "east", "west"), s.population().regions());
        SegmentSpec seg = s.population().segments().get(0);
        assertEquals(60.0, seg.avgBasket());
        assertEquals(0.001, seg.churnHazard());
        assertEquals(CatalogSpec.defaults(), s.catalog());
        assertEquals(EconomicsSpec.defaults(), s.economics());
        assertEquals(PolicySpec.none(), s.policy());
        assertEquals(List.of(), s.offers());
        assertEquals(List.of(), s.strategies());
        assertEquals("reports/minimal", s.report().out());
        assertEquals(ReportSpec.CHART_NAMES, s.report().charts());
    }

    @Test
    void upliftGroupsLeftOutOfAWrittenSectionHaveShareZeroAndDefaultEffects() {
        String text = ScenarioValidationTest.edit(ScenarioValidationTest.BASE, "  size: 1000",
                "  size: 1000\n  uplift_groups:\n    persuadable: { share: 0.6 }\n    lost_cause: { share: 0.4 }");
        UpliftGroupsSpec g = loader.parse(text, "t.yaml").population().upliftGroups();
        assertEquals(0.6, g.persuadable().share());
        assertEquals(0.03, g.persuadable().effect());
        assertEquals(0.0, g.sureThing().share());
        assertEquals(2.0, g.sureThing().baseMultiplier());
        assertEquals(-0.02, g.sleepingDog().effect());
    }

    @Test
    void actionDefaultsToAutoChannelNoOfferAutoHour() {
        String text = ScenarioValidationTest.edit(ScenarioValidationTest.BASE, "then: { channel: email, offer: ten_off }",
                "then: {}");
        ActionSpec a = loader.parse(text, "t.yaml").policy().rules().get(0).then();
        assertEquals(ActionSpec.AUTO, a.channel());
        assertEquals(ActionSpec.NONE, a.offer());
        assertEquals(ActionSpec.NONE, a.category());
        assertEquals(-1, a.hour());
    }

    @Test
    void missingFile(@TempDir Path dir) {
        Path f = dir.resolve("nope.yaml");
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.load(f));
        assertEquals(List.of(f + ": no such file; expected an existing scenario .yaml file (see scenarios/)"), e.lines());
    }

    @Test
    void directory(@TempDir Path dir) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.load(dir));
        assertEquals(List.of(dir + ": is a directory; expected a scenario .yaml file (see scenarios/)"),
                e.lines());
    }

    @Test
    void nonUtf8Bytes(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("latin1.yaml");
        Files.write(f, "name: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.load(f));
        assertEquals(List.of(f + ": file is not UTF-8 text; expected a UTF-8 encoded YAML file"), e.lines());
    }

    @Test
    void fileTooLarge(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("big.yaml");
        byte[] bytes = new byte[(int) ScenarioLoader.MAX_FILE_BYTES + 1];
        java.util.Arrays.fill(bytes, (byte) '#');
        Files.write(f, bytes);
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.load(f));
        assertEquals(List.of(f + ": file is larger than 4 MiB; expected at most 4 MiB for a "
                + "scenario .yaml file (see scenarios/)"), e.lines());
    }

    @Test
    void utf8ByteOrderMarkIsAccepted(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bom.yaml");
        Files.writeString(f, "\uFEFF" + ScenarioValidationTest.BASE, StandardCharsets.UTF_8);
        assertEquals("t", loader.load(f).name());
    }

    @Test
    void errorsAfterABomKeepTheirColumns(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("bom.yaml");
        Files.writeString(f, "\uFEFF" + ScenarioValidationTest.edit(ScenarioValidationTest.BASE, "name: t\n", "name: 2t\n"),
                StandardCharsets.UTF_8);
        ScenarioException e = assertThrows(ScenarioException.class, () -> loader.load(f));
        assertEquals(List.of(f + ":1:7: name '2t' is not a valid name; expected letters, digits, '_' or '-', starting "
                + "with a letter"), e.lines());
    }
}
