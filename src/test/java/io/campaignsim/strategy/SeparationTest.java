package io.campaignsim.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.engine.ObservedHistoryFactory;
import io.campaignsim.population.GroundTruth;
import io.campaignsim.population.ObservedPopulation;
import io.campaignsim.population.Population;
import io.campaignsim.population.PopulationGenerator;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import io.campaignsim.scenario.StrategySpec;
import io.campaignsim.scenario.StrategyTypeInfo;
import io.campaignsim.strategy.oracle.TrueResponse;
import io.campaignsim.strategy.spec.StrategyRegistry;
import io.campaignsim.world.WorldModel;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Strategies see only observed data (issues #2 and #4): the observed types expose nothing
 * hidden, and no strategy object but the oracle reaches the ground truth through its fields.
 */
class SeparationTest {

    private static final Set<Class<?>> HIDDEN = Set.of(GroundTruth.class, TrueResponse.class, WorldModel.class,
            Population.class, io.campaignsim.engine.HiddenView.class);
    private static final List<String> HIDDEN_WORDS = List.of("purchaserate", "churnhazard", "uplift", "effectscale",
            "affinity", "preferredhour", "preferredweekday", "fatigue", "discountsensitivity", "basketmean", "churned");

    @Test
    void observedTypesHaveNoAccessorForHiddenFields() {
        for (Class<?> type : List.of(ObservedPopulation.class, ObservedHistory.class, Decision.class, Feedback.class,
                FeatureBuilder.class, io.campaignsim.strategy.predict.CustomerPredictor.class,
                io.campaignsim.strategy.predict.PredictorTrainer.class)) {
            for (Method m : type.getMethods()) {
                assertFalse(HIDDEN.contains(m.getReturnType()), type.getSimpleName() + "." + m.getName());
                String name = m.getName().toLowerCase();
                for (String word : HIDDEN_WORDS) {
                    assertFalse(name.contains(word), type.getSimpleName() + "." + m.getName() + " sounds hidden");
                }
            }
        }
    }

    @Test
    void noStrategyButTheOracleHoldsTheTruth() throws Exception {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/quickstart.yaml")).withSize(500);
        Population p = new PopulationGenerator(s).generate(1);
        ObservedHistory history = ObservedHistoryFactory.of(p.observed(), s.horizonDays());
        TrueResponse truth = new TrueResponse(s, p.truth(), history);
        StrategyRegistry registry = new StrategyRegistry();
        int checked = 0;
        for (StrategyTypeInfo type : StrategyRegistry.parameters()) {
            Map<String, Object> params = type.name().equals("multivariate") ? Map.of("offers", List.of("none", "ten_off"))
                    : Map.of();
            StrategySpec spec = new StrategySpec("x", type, params, null);
            Strategy strategy = registry.create(spec, new StrategyContext(s, history, truth, 0, 0));
            boolean reaches = reachesHidden(strategy);
            if (type.name().equals("oracle") || type.name().startsWith("oracle_")) {
                assertTrue(reaches, type.name() + " is built with the truth");
            } else {
                assertFalse(reaches, type.name() + " can reach the hidden truth");
            }
            checked++;
        }
        assertTrue(checked >= 12);
    }

    /**
     * The strategies that learn customer-level predictions (issue #17) reach no hidden type, neither
     * when built nor once their predictor is fitted: the warm-up is run on the observed record (here
     * without simulating, so the labels are what a quiet record says) and the fitted predictor is
     * part of the walk.
     */
    @Test
    void predictionsLearnFromTheObservedRecordOnly() throws Exception {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/quickstart.yaml")).withSize(2000);
        Population p = new PopulationGenerator(s).generate(1);
        ObservedHistory history = ObservedHistoryFactory.of(p.observed(), s.horizonDays());
        TrueResponse truth = new TrueResponse(s, p.truth(), history);
        StrategyRegistry registry = new StrategyRegistry();
        Map<String, StrategyTypeInfo> types = new java.util.HashMap<>();
        StrategyRegistry.parameters().forEach(t -> types.put(t.name(), t));
        List<Map.Entry<String, Map<String, Object>>> cases = List.of(
                Map.entry("churn_prevention", Map.of("score", "churn_within", "within_days", 3.0, "warmup_days", 5.0)),
                Map.entry("propensity", Map.of("score", "first_purchase", "warmup_days", 5.0)),
                Map.entry("propensity", Map.of("score", "repeat_purchase", "within_days", 2.0, "warmup_days", 5.0)),
                Map.entry("propensity", Map.of("score", "clv", "warmup_days", 5.0)),
                Map.entry("next_best_action", Map.of("basket", "next_basket_value", "warmup_days", 5.0)));
        for (Map.Entry<String, Map<String, Object>> c : cases) {
            StrategySpec spec = new StrategySpec("x", types.get(c.getKey()), c.getValue(), null);
            Strategy strategy = registry.create(spec, new StrategyContext(s, history, truth, 0, 0));
            assertFalse(reachesHidden(strategy), c + " can reach the hidden truth");
            for (int day = 0; day < 5; day++) {
                strategy.endOfDay(day);
            }
            assertFalse(strategy.predictors().isEmpty(), c + " fitted no predictor");
            assertFalse(reachesHidden(strategy), c + " can reach the hidden truth once fitted");
        }
    }

    /**
     * The per-customer learners of {@code send_time: learned} and {@code channel_choice: learned}
     * (issue #18) live in the journey policy, which every strategy run also carries: built from a
     * scenario with both, it reaches nothing hidden (the registry loop above covers the
     * {@code send_time} and {@code channel} strategies).
     */
    @Test
    void theSendTimeAndChannelLearnersHoldNoTruth() throws Exception {
        String yaml = java.nio.file.Files.readString(Path.of("scenarios/quickstart.yaml"))
                .replace("send_time: { mode: best_observed, hour: 10 }", "send_time: { mode: learned, weekday: learned }")
                .replace("channel_choice: { mode: preferred_observed, channel: email }", "channel_choice: { mode: learned }");
        Path file = java.nio.file.Files.createTempFile("learned", ".yaml");
        java.nio.file.Files.writeString(file, yaml);
        Scenario s = new ScenarioLoader().load(file).withSize(500);
        assertTrue(s.policy().sendTime().learned() && s.policy().channelChoice().learned()
                && s.policy().sendTime().learnsWeekday());
        Population p = new PopulationGenerator(s).generate(1);
        ObservedHistory history = ObservedHistoryFactory.of(p.observed(), s.horizonDays());
        Object policy = io.campaignsim.policy.JourneyPolicy.factory(s).apply(history);
        assertFalse(reachesHidden(policy), "the journey policy with learned send time and channel reaches the truth");
        int learners = 0;
        for (Object o : reachable(policy)) {
            String n = o.getClass().getSimpleName();
            learners += n.equals("SendTimeLearner") || n.equals("ChannelLearner") || n.equals("WeekdayLearner") ? 1 : 0;
        }
        assertEquals(3, learners, "the hour, weekday and channel learners are in the walked graph");
    }

    /** The send_time strategy with a learned weekday (issue #18) reaches nothing hidden either. */
    @Test
    void theWeekdayLearningStrategyHoldsNoTruth() throws Exception {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/send-weekday.yaml")).withSize(500);
        Population p = new PopulationGenerator(s).generate(1);
        ObservedHistory history = ObservedHistoryFactory.of(p.observed(), s.horizonDays());
        TrueResponse truth = new TrueResponse(s, p.truth(), history);
        StrategySpec spec = s.strategies().stream().filter(x -> x.name().equals("hour_and_weekday_learned")).findFirst()
                .orElseThrow();
        Strategy strategy = new StrategyRegistry().create(spec, new StrategyContext(s, history, truth, 0, 0));
        assertFalse(reachesHidden(strategy));
        assertTrue(reachable(strategy).stream().anyMatch(o -> o instanceof io.campaignsim.policy.WeekdayLearner));
    }

    /** Every io.campaignsim object reachable from {@code root} through instance fields. */
    private static List<Object> reachable(Object root) throws IllegalAccessException {
        List<Object> out = new java.util.ArrayList<>();
        Deque<Object> todo = new ArrayDeque<>(List.of(root));
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (seen.put(o, true) != null) {
                continue;
            }
            out.add(o);
            for (Class<?> c = o.getClass(); c != null && c.getName().startsWith("io.campaignsim"); c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                        continue;
                    }
                    f.setAccessible(true);
                    Object v = f.get(o);
                    if (v != null && v.getClass().getName().startsWith("io.campaignsim")) {
                        todo.push(v);
                    }
                }
            }
        }
        return out;
    }

    /** Walks the object graph through instance fields (not through JDK types). */
    private static boolean reachesHidden(Object root) throws IllegalAccessException {
        Deque<Object> todo = new ArrayDeque<>(List.of(root));
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (seen.put(o, true) != null) {
                continue;
            }
            if (HIDDEN.stream().anyMatch(h -> h.isInstance(o))) {
                return true;
            }
            for (Class<?> c = o.getClass(); c != null && c.getName().startsWith("io.campaignsim"); c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive()) {
                        continue;
                    }
                    f.setAccessible(true);
                    Object v = f.get(o);
                    if (v == null) {
                        continue;
                    }
                    if (v instanceof Object[] arr) {
                        for (Object e : arr) {
                            if (e != null && e.getClass().getName().startsWith("io.campaignsim")) {
                                todo.push(e);
                            }
                        }
                    } else if (v instanceof java.util.Collection<?> col) {
                        for (Object e : col) {
                            if (e != null && e.getClass().getName().startsWith("io.campaignsim")) {
                                todo.push(e);
                            }
                        }
                    } else if (v.getClass().getName().startsWith("io.campaignsim")) {
                        todo.push(v);
                    }
                }
            }
        }
        return false;
    }
}
