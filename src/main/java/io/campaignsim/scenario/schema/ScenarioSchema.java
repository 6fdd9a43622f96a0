package io.campaignsim.scenario.schema;

import static io.campaignsim.scenario.schema.SchemaNodes.anyOf;
import static io.campaignsim.scenario.schema.SchemaNodes.array;
import static io.campaignsim.scenario.schema.SchemaNodes.bool;
import static io.campaignsim.scenario.schema.SchemaNodes.constant;
import static io.campaignsim.scenario.schema.SchemaNodes.integer;
import static io.campaignsim.scenario.schema.SchemaNodes.namedMap;
import static io.campaignsim.scenario.schema.SchemaNodes.number;
import static io.campaignsim.scenario.schema.SchemaNodes.numberBetween;
import static io.campaignsim.scenario.schema.SchemaNodes.object;
import static io.campaignsim.scenario.schema.SchemaNodes.oneOf;
import static io.campaignsim.scenario.schema.SchemaNodes.oneWordOf;
import static io.campaignsim.scenario.schema.SchemaNodes.opt;
import static io.campaignsim.scenario.schema.SchemaNodes.pattern;
import static io.campaignsim.scenario.schema.SchemaNodes.ref;
import static io.campaignsim.scenario.schema.SchemaNodes.req;
import static io.campaignsim.scenario.schema.SchemaNodes.string;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.campaignsim.scenario.ActionSpec;
import io.campaignsim.scenario.ChannelChoiceSpec;
import io.campaignsim.scenario.CheckSpec;
import io.campaignsim.scenario.PopulationSpec;
import io.campaignsim.scenario.ReportSpec;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.ScenarioLoader;
import io.campaignsim.scenario.SendTimeSpec;
import io.campaignsim.scenario.SweepParameter;
import io.campaignsim.scenario.SweepSpec;
import io.campaignsim.scenario.StrategyTypeInfo;
import io.campaignsim.scenario.UpliftGroupsSpec;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (draft-07) of scenario files, for editors (VS Code's YAML extension completes
 * and checks keys with it) and other tools. It is the declarative list of every section's keys,
 * types, ranges and defaults; {@code ScenarioSchemaDriftTest} proves, for every object in it,
 * that the loader accepts exactly these keys and these numeric ranges, and the strategy
 * parameters come from the strategy registry's own declarations ({@code ParamSpec}). The loader stays the authority for what a
 * schema cannot say (shares summing to 1, references between sections, conditions).
 *
 * <p>The schema is stricter than the loader in two harmless ways: words must be lower case, and
 * booleans must be {@code true}/{@code false} (YAML 1.1's {@code yes}/{@code no} are accepted by the
 * loader but are strings to YAML 1.2 editors).
 */
public final class ScenarioSchema {

    /** Where the schema is committed in the repository (and what {@code campaignsim schema} prints). */
    public static final String FILE = "schema/scenario.schema.json";

    private static final String NAME = "^[A-Za-z][A-Za-z0-9_\\-]*$";
    private static final String CHANNEL_NAME = "^[a-z][a-z0-9_]*$";
    private static final int UNLIMITED = Integer.MAX_VALUE;

    private ScenarioSchema() {}

    /** The schema as pretty-printed JSON with '\n' line ends and a final newline (stable bytes). */
    public static String json() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return new ObjectMapper().writer(printer).writeValueAsString(build()) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema as a tree. */
    public static ObjectNode build() {
        ObjectNode root = object("A campaignsim scenario; every key is documented in docs/scenario.md.",
                req("name", pattern(NAME, "Scenario name; the default output folder is reports/<name>.")),
                opt("description", string("Free text.")),
                opt("seed", integer(Long.MIN_VALUE, Long.MAX_VALUE, 1L, "Root seed of every random stream.")),
                req("horizon_days", integer(1, Scenario.MAX_HORIZON_DAYS, null, "Simulated days.")),
                opt("replications", integer(1, Scenario.MAX_REPLICATIONS, 1L,
                        "Independent replications for compare and check.")),
                opt("holdout_share", numberBetween(0, 1, Scenario.DEFAULT_HOLDOUT_SHARE,
                        "Share of customers held out (never contacted) in the randomised holdout test that compare "
                                + "reads for each strategy and replication, to set what a real test would have "
                                + "shown against the true effect.")),
                req("population", ref("population", "How the synthetic population is generated.")),
                req("channels", channels()),
                opt("offers", array(offer(), 0, UNLIMITED, "Incentives attached to contacts.")),
                opt("catalog", catalog()),
                opt("economics", economics()),
                opt("policy", ref("policy", "The journey policy that simulate runs.")),
                opt("strategies", array(ref("strategy", null), 1, UNLIMITED, "Strategies that compare runs.")),
                opt("report", report()),
                opt("check", check()),
                opt("sweep", sweep()));
        ObjectNode schema = SchemaNodes.emptyObject();
        schema.put("$schema", "http://json-schema.org/draft-07/schema#");
        schema.put("title", "campaignsim scenario");
        schema.setAll(root);
        ObjectNode definitions = schema.putObject("definitions");
        definitions.set("population", population());
        definitions.set("segment", segment());
        definitions.set("channel", channel());
        definitions.set("policy", policy());
        definitions.set("frequency_cap", frequencyCap());
        definitions.set("action", action());
        definitions.set("condition", string("A condition over observed fields, e.g. "
                + "\"days_since_purchase > 30 and email_open_rate_30d < 0.05\" (docs/conditions.md)."));
        definitions.set("rule", rule());
        definitions.set("journey", journey());
        definitions.set("stage", stage());
        definitions.set("strategy", strategy());
        return schema;
    }

    private static ObjectNode population() {
        return object("How the synthetic population is generated.",
                req("size", integer(1, PopulationSpec.MAX_SIZE, null, "Number of customers.")),
                req("segments", array(ref("segment", null), 1, PopulationSpec.MAX_CODES,
                        "Customer segments; shares sum to 1.")),
                opt("heterogeneity", number(0, 2, 0.5, "Log-normal spread of individual rates around the segment means.")),
                opt("uplift_groups", upliftGroups()),
                opt("regions", array(string(null), 1, PopulationSpec.MAX_CODES,
                        "Region labels (default north, south, east, west).")),
                opt("hour_modes", array(object("A peak of the preferred-hour distribution.",
                        req("hour", integer(0, 23, null, "Hour of the day.")),
                        req("weight", number(0, 1e6, null, "Relative weight."))), 1, 24,
                        "Peak hours customers prefer (default 8h 0.25, 12h 0.25, 19h 0.5).")),
                opt("discount_habituation", object("Customers who see incentive offers wait for them (default off).",
                        opt("per_offer", number(0, 10, 0.0, "Habituation per seen offer worth 10 % off (0: off).")),
                        opt("half_life_days", number(1, 3650, 60.0, "Days for habituation to halve.")))));
    }

    private static ObjectNode segment() {
        List<SchemaNodes.Prop> shares = UpliftGroupsSpec.NAMES.stream()
                .map(g -> opt(g, number(0, 1, 0.0, "Share of " + g + "s in this segment."))).toList();
        return object("A customer segment.",
                req("name", pattern(NAME, "Unique segment name.")),
                req("share", number(0, 1, null, "Fraction of the population.")),
                req("purchase_rate", number(0, 0.5, null, "Mean daily organic purchase probability.")),
                opt("churn_hazard", number(0, 0.5, 0.001, "Mean daily churn hazard.")),
                opt("avg_basket", number(0.01, 1e7, 60.0, "Mean basket value.")),
                opt("discount_sensitivity", number(0, 10, 0.3, "Mean relative lift of a 10 % discount.")),
                opt("tenure_days", number(0, 36500, 365.0, "Mean tenure at the start, in days.")),
                opt("uplift_groups", object("This segment's own mix of uplift groups (shares summing to 1).",
                        shares.toArray(SchemaNodes.Prop[]::new))),
                opt("preferred_weekdays", object("Distribution of members' hidden preferred weekday: relative weights by "
                        + "weekday name, left-out days 0 (default uniform).",
                        io.campaignsim.scenario.SegmentSpec.WEEKDAYS.stream()
                                .map(d -> opt(d, number(0, 1e6, 0.0, "Relative weight of " + d + ".")))
                                .toArray(SchemaNodes.Prop[]::new))));
    }

    private static ObjectNode upliftGroups() {
        UpliftGroupsSpec d = UpliftGroupsSpec.defaults();
        return object("Shares and effects of the four hidden uplift groups.",
                opt("persuadable", upliftGroup(0, 1, "persuadable", d.persuadable())),
                opt("sure_thing", upliftGroup(-0.5, 0.5, "sure thing", d.sureThing())),
                opt("lost_cause", upliftGroup(-0.5, 0.5, "lost cause", d.lostCause())),
                opt("sleeping_dog", upliftGroup(-1, 0, "sleeping dog", d.sleepingDog())));
    }

    private static ObjectNode upliftGroup(double minEffect, double maxEffect, String what, UpliftGroupsSpec.Group d) {
        return object("The " + what + " group.",
                req("share", number(0, 1, null, "Share of the population.")),
                opt("effect", number(minEffect, maxEffect, d.effect(),
                        "Mean absolute change in the day's purchase probability when contacted.")),
                opt("base_multiplier", number(0, 20, d.baseMultiplier(), "Multiplier of the segment's organic rate.")));
    }

    private static ObjectNode channels() {
        ObjectNode o = namedMap("Channel names (e.g. email, sms, push) to their settings.", CHANNEL_NAME,
                ref("channel", null));
        o.put("minProperties", 1);
        o.put("maxProperties", ScenarioLoader.MAX_CHANNELS);
        return o;
    }

    private static ObjectNode channel() {
        return object("A contact channel and its ground-truth response.",
                opt("cost", number(0, 1e6, 0.0, "Cost of one delivered contact.")),
                opt("reach", number(0, 1, 1.0, "Share of customers reachable on the channel.")),
                opt("preference", number(0, 1e6, null,
                        "Mean weight in customers' channel preferences (default 1 / number of channels).")),
                opt("open_rate", number(0, 1, 0.2, "Probability that a contact is seen.")),
                opt("click_rate", number(0, 1, 0.1, "Probability of a click once seen.")),
                opt("persuasion", number(0, 100, 1.0, "Multiplier of the customer's effect on this channel.")),
                opt("fatigue_per_send", number(0, 10, 0.1, "Fatigue added by each delivered contact.")),
                opt("fatigue_half_life_days", number(0.1, 3650, 7.0, "Days for fatigue to halve.")),
                opt("unsubscribe_rate", number(0, 1, 0.002, "Probability that a contact unsubscribes a rested customer.")));
    }

    private static ObjectNode offer() {
        return object("An incentive attached to a contact.",
                req("name", pattern(NAME, "Unique offer name.")),
                opt("discount", number(0, 0.99, 0.0, "Fraction of the basket given away on redemption.")),
                opt("fixed_cost", number(0, 1e6, 0.0, "Fixed cost per redemption (e.g. free shipping).")));
    }

    private static ObjectNode catalog() {
        return object("Product categories for next-best-product and cross-sell.",
                req("categories", array(string(null), 1, PopulationSpec.MAX_CODES, "Category names.")),
                opt("affinity_correlation", number(0, 0.95, 0.5,
                        "Correlation of a customer's affinities for neighbouring categories.")),
                opt("conversion", namedMap("Per category, the multiplier of a recommendation's effect (default 1).", NAME,
                        number(0, io.campaignsim.scenario.CatalogSpec.MAX_FACTOR, 1.0, "Conversion multiplier."))),
                opt("leads_to", namedMap("Cross-category effects: buying the category raises the hidden affinity for others.",
                        NAME, namedMap("Category to the lift of its affinity right after the purchase.", NAME,
                                number(0, io.campaignsim.scenario.CatalogSpec.MAX_FACTOR, 0.0, "Lift: affinity x (1 + lift).")))),
                opt("leads_to_half_life_days", number(0.5, 3650, io.campaignsim.scenario.CatalogSpec.DEFAULT_HALF_LIFE_DAYS,
                        "Half-life in days of the cross-category lift.")));
    }

    private static ObjectNode economics() {
        return object("Margin, objective and how customer lifetime value is valued.",
                opt("margin_rate", number(0, 1, 0.4, "Gross margin on revenue before incentives.")),
                opt("objective", oneWordOf(List.of("profit", "revenue", "conversions", "clv"), "profit",
                        "What 'better' means when strategies are ranked; clv needs discount_rate.")),
                opt("discount_rate", number(0, 10, 0.0, "Annual discount rate of future margin in CLV and reward: clv; "
                        + "must be written for objective: clv or any reward: clv.")),
                opt("residual_days", integer(0, io.campaignsim.scenario.EconomicsSpec.MAX_RESIDUAL_DAYS, 365L,
                        "Days after the horizon whose expected margin counts as residual value in CLV.")));
    }

    private static ObjectNode policy() {
        return object("The journey policy: journeys and rules propose contacts; caps and quiet hours constrain them.",
                opt("frequency_cap", ref("frequency_cap", "Caps over all channels together.")),
                opt("channel_caps", namedMap("Caps per channel name.", CHANNEL_NAME, ref("frequency_cap", null))),
                opt("quiet_hours", object("Hours in which nothing is sent, from start (inclusive) to end (exclusive).",
                        req("start", integer(0, 23, null, "First quiet hour.")),
                        req("end", integer(0, 23, null, "First allowed hour.")))),
                opt("send_time", object("When an action with hour: auto is sent.",
                        opt("mode", oneWordOf(List.of(SendTimeSpec.FIXED, SendTimeSpec.BEST_OBSERVED, SendTimeSpec.LEARNED),
                                SendTimeSpec.FIXED, "fixed: always hour; best_observed: the hour this customer opened "
                                        + "most often; learned: Thompson sampling on the customer's open rates by hour.")),
                        opt("hour", integer(0, 23, 10L, "Default hour.")),
                        opt("explore", number(0, 1, null,
                                "Share of contacts sent at a random hour (default 0.1 with best_observed, else 0).")),
                        opt("prior_strength", number(0, 100, SendTimeSpec.DEFAULT_PRIOR_STRENGTH,
                                "With learned: weight of the segment's preferred hours in a customer's posterior "
                                        + "(1: Bayes' rule).")),
                        opt("weekday", oneWordOf(SendTimeSpec.weekdayChoices(), SendTimeSpec.NO_WEEKDAY,
                                "none: a rule's contact goes out the day the rule fires; learned: held back within "
                                        + "weekday_window_days to the customer's weekday (Thompson sampling on their "
                                        + "open rates by weekday); a weekday name: held back to that weekday.")),
                        opt("weekday_window_days", integer(1, 7, (long) SendTimeSpec.DEFAULT_WEEKDAY_WINDOW,
                                "With a weekday: a held rule contact goes out within this many days of the day the "
                                        + "rule first fired.")))),
                opt("channel_choice", object("Which channel an action with channel: auto uses.",
                        opt("mode", oneWordOf(List.of(ChannelChoiceSpec.FIXED, ChannelChoiceSpec.PREFERRED_OBSERVED,
                                ChannelChoiceSpec.CHEAPEST_REACHABLE, ChannelChoiceSpec.LEARNED), ChannelChoiceSpec.FIXED,
                                "How the channel is chosen.")),
                        opt("channel", string("The fixed or fallback channel (default: the first declared).")),
                        opt("prior_strength", number(0.01, 1e6, ChannelChoiceSpec.DEFAULT_PRIOR_STRENGTH,
                                "With learned: sends the segment's open rate counts as in a customer's prior.")),
                        opt("unsubscribe_cost", number(0, 1e9, ChannelChoiceSpec.DEFAULT_UNSUBSCRIBE_COST,
                                "With learned: cost of losing a channel subscription, in currency units.")))),
                opt("rules", array(ref("rule", null), 0, UNLIMITED, "Rules, evaluated in order every day.")),
                opt("first_match_only", bool(true, "Only the first matching rule fires.")),
                opt("journeys", array(ref("journey", null), 0, UNLIMITED, "Journeys (state machines).")));
    }

    private static ObjectNode frequencyCap() {
        return object("Maximum delivered contacts per customer.",
                opt("per_day", integer(0, UNLIMITED, null, "Per day (default unlimited).")),
                opt("per_week", integer(0, UNLIMITED, null, "Per rolling 7-day week (default unlimited).")));
    }

    private static ObjectNode action() {
        return object("What to send.",
                opt("channel", string("A channel name, or auto (default): the policy's channel_choice.")),
                opt("offer", string("An offer name, or none (default).")),
                opt("category", string("A category name, last_purchased, or none (default).")),
                opt("hour", anyOf("Send hour 0..23, or auto (default): the policy's send_time.",
                        integer(0, 23, null, null), pattern("^(?i:" + ActionSpec.AUTO + ")$", null))));
    }

    private static ObjectNode rule() {
        return object("If this customer looks like X, send Y.",
                opt("name", pattern(NAME, "Rule name (default rule_N).")),
                opt("when", ref("condition", "Condition; absent means always.")),
                req("then", ref("action", "The action.")));
    }

    private static ObjectNode journey() {
        return object("A journey: a state machine of stages.",
                req("name", pattern(NAME, "Unique journey name.")),
                opt("entry", ref("condition", "Condition to enter (absent: everyone enters on day 0).")),
                req("stages", array(ref("stage", null), 1, UNLIMITED, "Stages; next links must not loop.")),
                opt("exit_on", array(oneWordOf(List.of("purchase", "unsubscribe"), null, null), 0, UNLIMITED,
                        "Events that end the journey (default purchase and unsubscribe).")),
                opt("opt_out_rate", number(0, 1, 0.0, "Probability that a seen contact makes the customer leave.")),
                opt("reentry", bool(false, "Whether a customer who left may enter again.")));
    }

    private static ObjectNode stage() {
        return object("One stage of a journey.",
                req("name", pattern(NAME, "Unique stage name within the journey.")),
                opt("when", ref("condition", "Entry condition; a stage whose condition is false is skipped.")),
                opt("action", ref("action", "Action taken on entering the stage (absent: a pure wait).")),
                opt("wait_days", integer(0, 365, 1L, "Days in this stage before moving on.")),
                opt("next", string("Next stage (default: the following one; exit leaves).")),
                opt("exit", ref("condition", "Leave the journey when true (checked daily).")));
    }

    /** One alternative per strategy type, told apart by {@code type}; parameters from the strategy registry. */
    private static ObjectNode strategy() {
        List<ObjectNode> types = new ArrayList<>();
        for (Map.Entry<StrategyTypeInfo, List<StrategyParameter>> t : StrategyParameter.byType().entrySet()) {
            List<SchemaNodes.Prop> props = new ArrayList<>();
            props.add(req("name", pattern(NAME, "Unique strategy name.")));
            props.add(req("type", constant(t.getKey().name(), t.getKey().doc())));
            for (StrategyParameter p : t.getValue()) {
                props.add(opt(p.key(), p.schema()));
            }
            types.add(object(t.getKey().name() + ": " + t.getKey().doc(), props.toArray(SchemaNodes.Prop[]::new)));
        }
        return oneOf("A strategy to compare; its type decides which parameters it takes.", types);
    }

    private static ObjectNode report() {
        return object("Where outputs go and which charts to draw.",
                opt("out", string("Output folder (default reports/<scenario name>).")),
                opt("charts", array(oneWordOf(ReportSpec.CHART_NAMES, null, null), 0, UNLIMITED,
                        "Chart names (default: all that apply).")));
    }

    private static ObjectNode check() {
        ObjectNode rule = object("How one metric is checked.",
                opt("direction", oneWordOf(List.of("higher", "lower"), null, "Which way is better (default by metric).")),
                opt("margin", number(0, Double.MAX_VALUE, null, "Tolerated worsening, relative to the baseline mean.")));
        ObjectNode metrics = SchemaNodes.emptyObject();
        metrics.put("type", "object");
        metrics.put("description", "Metric names (incremental_<metric> for the run minus its no-contact twin) "
                + "to their rule.");
        metrics.putObject("propertyNames").set("enum", new ObjectMapper().valueToTree(CheckSpec.metricNames()));
        metrics.set("additionalProperties", rule);
        return object("How campaignsim check decides that a strategy regressed (docs/ci.md).",
                opt("confidence", number(0.51, 0.9999, CheckSpec.DEFAULT_CONFIDENCE, "Confidence of each one-sided test.")),
                opt("correction", oneWordOf(CheckSpec.CORRECTIONS, CheckSpec.CORRECTIONS.get(0),
                        "bonferroni splits 1 - confidence over all tests of the scenario.")),
                opt("metrics", metrics),
                opt("strategies", array(string(null), 1, UNLIMITED, "Strategies checked (default: all).")));
    }

    private static ObjectNode sweep() {
        ObjectNode range = object("A range: from, to and step (inclusive, exact decimals); without step an interval "
                + "for the random and lhs designs.",
                req("from", number(-Double.MAX_VALUE, Double.MAX_VALUE, null, "First value.")),
                req("to", number(-Double.MAX_VALUE, Double.MAX_VALUE, null, "Last value (included when the steps reach it).")),
                opt("step", number(0, Double.MAX_VALUE, null, "Step (positive).")));
        ObjectNode values = anyOf("The values of one parameter.",
                array(anyOf(null, number(-Double.MAX_VALUE, Double.MAX_VALUE, null, null), string(null), bool(null, null)),
                        1, SweepParameter.MAX_LEVELS, "Values, e.g. [1, 2, 3]."), range);
        ObjectNode parameters = SchemaNodes.emptyObject();
        parameters.put("type", "object");
        parameters.put("description", "Dotted paths of scenario values (policy.frequency_cap.per_week, "
                + "offers.ten_off.discount) to their values (docs/sweep.md).");
        parameters.put("minProperties", 1);
        parameters.set("additionalProperties", values);
        return object("What campaignsim sweep varies (docs/sweep.md); --set, --design and --points take precedence.",
                opt("design", oneWordOf(SweepSpec.DESIGNS, "grid", "grid (every combination), random or lhs "
                        + "(Latin hypercube).")),
                opt("points", integer(1, SweepSpec.MAX_POINTS, null, "Points of a random or lhs design.")),
                req("parameters", parameters));
    }
}
