package io.campaignsim.scenario;

import io.campaignsim.scenario.expr.ConditionCompiler;
import io.campaignsim.scenario.expr.ExpressionException;
import io.campaignsim.scenario.expr.ObservedFields;
import io.campaignsim.scenario.yaml.Loc;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Rules that span several fields: shares summing to 1, unique names, references to declared
 * channels/offers/categories/stages, journeys without loops, well-formed conditions. Each rule
 * lives here once; per-value ranges live in the readers.
 */
final class ScenarioValidator {

    /** Shares are typed by hand with 2-3 decimals; allow that much rounding. */
    static final double SHARE_TOLERANCE = 1e-6;

    private final Scenario s;
    private final Problems problems;

    ScenarioValidator(Scenario scenario, Problems problems) {
        this.s = scenario;
        this.problems = problems;
    }

    void validate() {
        PopulationSpec pop = s.population();
        unique(pop.segments(), SegmentSpec::name, SegmentSpec::loc, "segment");
        if (!pop.segments().isEmpty()) {
            sumsToOne(pop.segments().stream().mapToDouble(SegmentSpec::share).sum(), pop.segments().get(0).loc(),
                    "population.segments shares");
        }
        UpliftGroupsSpec g = pop.upliftGroups();
        double groupSum = 0;
        for (int i = 0; i < 4; i++) {
            groupSum += g.get(i).share();
        }
        sumsToOne(groupSum, g.loc(), "population.uplift_groups shares");
        uniqueNames(pop.regions(), "population.regions");
        uniqueNames(s.catalog().categories(), "catalog.categories");
        unique(s.offers(), OfferSpec::name, OfferSpec::loc, "offer");
        for (OfferSpec o : s.offers()) {
            if (o.name().equals(NO_CONTACT)) {
                problems.add(o.loc(), "offer name 'no_contact' is reserved for the arm that means not contacting",
                        "another offer name");
            }
        }
        for (OfferSpec o : s.offers()) {
            if (o.name().equals(ActionSpec.NONE) && (o.discount() > 0 || o.fixedCost() > 0)) {
                problems.add(o.loc(), "offer 'none' has a cost", "'none' to mean no incentive (discount 0, fixed_cost 0)");
            }
        }
        unique(s.strategies(), StrategySpec::name, StrategySpec::loc, "strategy");
        for (StrategySpec st : s.strategies()) {
            noRepeats(st);
            for (String arm : st.allNames(ParamSpec.Kind.ARMS)) {
                arm(st, arm, false);
            }
            for (String arm : st.allNames(ParamSpec.Kind.CHANNEL_ARMS)) {
                arm(st, arm, true);
            }
            st.typeInfo().check().check(st, problems);
            if (st.type().equals(CATEGORY_STRATEGY)) {
                categoryArms(st);
            }
            for (String offer : st.allNames(ParamSpec.Kind.OFFERS)) {
                arm(st, offer, false, false);
            }
            for (String channel : st.allNames(ParamSpec.Kind.CHANNELS)) {
                if (s.channelIndex(channel) < 0) {
                    problems.add(st.loc(), "strategy '" + st.name() + "' channel '" + channel + "' is not declared"
                            + MapReader.suggestion(channel, s.channelNames()), "one of the channels: " + listOr(s.channelNames()));
                }
            }
        }
        for (StrategySpec st : s.strategies()) {
            clvReward(st);
        }
        validatePolicy(s.policy());
    }

    /** Each arm or factor level once: a repeated arm would be two arms with one label. */
    private void noRepeats(StrategySpec st) {
        for (ParamSpec p : st.typeInfo().params()) {
            if (!p.kind().isList() || !(st.params().get(p.key()) instanceof List<?> items)) {
                continue;
            }
            java.util.Set<Object> seen = new java.util.HashSet<>();
            for (Object item : items) {
                if (!seen.add(item)) {
                    String list = p.key();
                    problems.add(st.loc(), "strategy '" + st.name() + "' lists " + list.replaceAll("s$", "") + " '" + item
                            + "' twice in " + list, "each of the " + list + " once, e.g. [" + String.join(", ",
                            new java.util.LinkedHashSet<>(items).stream().map(String::valueOf).toList()) + "]");
                    return;
                }
            }
        }
    }


    /** reward: clv discounts future profit, so the scenario must say at what rate (economics.discount_rate). */
    private void clvReward(StrategySpec st) {
        boolean clv = EconomicsSpec.CLV.equals(st.params().get("reward"));
        if (clv && !s.economics().clvDeclared()) {
            problems.add(st.locOf("reward"), "strategy '" + st.name() + "' has reward: clv, but economics.discount_rate "
                    + "is not set", "economics: { discount_rate: 0.10 } (annual; 0 for undiscounted), which the CLV reward "
                    + "discounts future profit with (see docs/strategies.md)");
        }
        if (!clv && st.params().containsKey("reward_window_days")) {
            problems.add(st.locOf("reward_window_days"), "strategy '" + st.name()
                    + "' sets reward_window_days without reward: clv", "reward: clv with it, or no reward_window_days");
        }
    }

    /** The arm that means "do not contact today" (Arm.NO_CONTACT of the strategies). */
    static final String NO_CONTACT = "no_contact";

    /**
     * An arm is {@code [channel:]part[:part]}: each part an offer ('ten_off', 'none'), a catalog
     * category ('helmets') or 'last_purchased', at most one offer and one category ('email:helmets',
     * 'sms:ten_off:helmets'); or no_contact.
     */
    private void arm(StrategySpec st, String arm, boolean channelRequired) {
        arm(st, arm, channelRequired, true);
    }

    /** As above; {@code noContact}: whether no_contact is allowed (not among multivariate's offer factors). */
    private void arm(StrategySpec st, String arm, boolean channelRequired, boolean noContact) {
        if (arm.equals(NO_CONTACT) && noContact) {
            return;
        }
        Loc loc = st.locOf(noContact ? "arms" : "offers");
        String[] parts = arm.split(":", -1);
        int colon = arm.indexOf(':');
        if (colon < 0 && channelRequired) {
            problems.add(loc, "strategy '" + st.name() + "' arm '" + arm + "' names no channel",
                    "channel:offer arms for " + st.type() + ", e.g. email:" + arm);
        }
        if (parts.length > 3) {
            problems.add(loc, "strategy '" + st.name() + "' arm '" + arm + "' has " + parts.length + " parts",
                    "channel:offer, channel:category or channel:offer:category");
            return;
        }
        int from = 0;
        if (colon >= 0 && s.channelIndex(parts[0]) >= 0) {
            from = 1;
        } else if (colon >= 0 && parts.length == 2 && !isItem(parts[0])) {
            String channel = parts[0];
            problems.add(loc, "strategy '" + st.name() + "' arm '" + arm + "' names channel '" + channel
                    + "', which is not declared" + MapReader.suggestion(channel, s.channelNames()),
                    "channel:offer with one of the channels: " + listOr(s.channelNames()));
            from = 1;
        }
        List<String> cats = s.catalog().categories();
        int offers = 0;
        int categories = 0;
        for (int p = from; p < parts.length; p++) {
            String part = parts[p];
            boolean offer = part.equals(ActionSpec.NONE) || s.offerIndex(part) >= 0;
            boolean category = part.equals(ActionSpec.LAST_PURCHASED) || cats.contains(part)
                    || CategoryBundle.parse(part, cats) >= 0;
            if (CategoryBundle.looksLikeBundle(part) && !category) {
                problems.add(loc, "strategy '" + st.name() + "' arm '" + arm + "' bundle '" + part
                        + "' does not name two different declared categories",
                        "two of the categories joined by '+', e.g. " + (cats.size() < 2 ? "a+b" : cats.get(0) + "+" + cats.get(1)));
                continue;
            }
            if (offer && category) {
                problems.add(loc, "strategy '" + st.name() + "' arm '" + arm + "' part '" + part
                        + "' is both an offer and a category", "distinct offer and category names");
            } else if (offer) {
                offers++;
            } else if (category) {
                categories++;
            } else if (!noContact) {
                problems.add(loc, "strategy '" + st.name() + "' arm '" + arm + "' is not a declared offer"
                        + MapReader.suggestion(part, s.offerNames()), "one of the offers: " + listOr(s.offerNames())
                        + " (or none), optionally as channel:offer, or no_contact");
            } else {
                List<String> names = new ArrayList<>(s.offerNames());
                names.addAll(cats);
                problems.add(loc, "strategy '" + st.name() + "' arm '" + arm + "' names '" + part
                        + "', which is not a declared offer or category" + MapReader.suggestion(part, names),
                        "one of the offers: " + listOr(s.offerNames()) + " (or none), or of the categories: " + listOr(cats)
                        + " (or last_purchased), e.g. email:" + (cats.isEmpty() ? "none" : cats.get(0)) + ", or no_contact");
            }
        }
        if (offers > 1 || categories > 1) {
            problems.add(loc, "strategy '" + st.name() + "' arm '" + arm + "' names " + (offers > 1 ? "two offers" : "two categories"),
                    "at most one offer and one category, e.g. email:ten_off:" + (cats.isEmpty() ? "home" : cats.get(0)));
        }
        if (!noContact && categories > 0) {
            problems.add(loc, "strategy '" + st.name() + "' offer '" + arm + "' is a category", "an offer name");
        }
    }

    /** The strategy type that learns categories (strategy.spec.NextProductSpec): every arm must name one. */
    static final String CATEGORY_STRATEGY = "next_product";

    private void categoryArms(StrategySpec st) {
        List<String> cats = s.catalog().categories();
        for (String arm : st.allNames(ParamSpec.Kind.ARMS)) {
            boolean named = false;
            for (String part : arm.split(":", -1)) {
                named |= part.equals(ActionSpec.LAST_PURCHASED) || cats.contains(part)
                        || CategoryBundle.parse(part, cats) >= 0;
            }
            if (!named && !arm.equals(NO_CONTACT)) {
                problems.add(st.locOf("arms"), "strategy '" + st.name() + "' arm '" + arm + "' names no category, which "
                        + st.type() + " chooses", "arms such as email:" + cats.get(0) + " with one of the categories: "
                        + listOr(cats) + " (or last_purchased)");
            }
        }
    }

    private boolean isItem(String part) {
        return part.equals(ActionSpec.NONE) || s.offerIndex(part) >= 0 || part.equals(ActionSpec.LAST_PURCHASED)
                || s.catalog().categories().contains(part) || CategoryBundle.parse(part, s.catalog().categories()) >= 0;
    }

    private void validatePolicy(PolicySpec p) {
        for (Map.Entry<String, FrequencyCap> e : p.channelCaps().entrySet()) {
            channelRef(e.getKey(), p.channelCapLocs().get(e.getKey()), "policy.channel_caps");
        }
        ChannelChoiceSpec cc = p.channelChoice();
        if (cc.channel() != null) {
            channelRef(cc.channel(), cc.loc(), "policy.channel_choice.channel");
        }
        unique(p.rules(), RuleSpec::name, r -> r.then().loc(), "rule");
        ConditionCompiler conditions = new ConditionCompiler(ObservedFields.of(s));
        for (RuleSpec r : p.rules()) {
            action(r.then(), "rule '" + r.name() + "'");
            condition(conditions, r.when(), "rule '" + r.name() + "'");
        }
        unique(p.journeys(), JourneySpec::name, JourneySpec::loc, "journey");
        for (JourneySpec j : p.journeys()) {
            journey(j);
            condition(conditions, j.entry(), "journey '" + j.name() + "' entry");
            for (StageSpec st : j.stages()) {
                String owner = "journey '" + j.name() + "' stage '" + st.name() + "'";
                condition(conditions, st.when(), owner + " when");
                condition(conditions, st.exit(), owner + " exit");
            }
        }
    }

    /** Compiles a condition to report its first error at the column of the offending token. */
    private void condition(ConditionCompiler compiler, ConditionSource c, String owner) {
        if (c == null) {
            return;
        }
        try {
            compiler.compile(c.text());
        } catch (ExpressionException e) {
            problems.add(c.locAt(e.index()), owner + " condition: " + e.what(), e.expected());
        }
    }

    private void journey(JourneySpec j) {
        unique(j.stages(), StageSpec::name, StageSpec::loc, "stage of journey '" + j.name() + "'");
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < j.stages().size(); i++) {
            index.putIfAbsent(j.stages().get(i).name(), i);
        }
        int[] next = new int[j.stages().size()];
        for (int i = 0; i < next.length; i++) {
            StageSpec st = j.stages().get(i);
            if (st.action() != null) {
                action(st.action(), "journey '" + j.name() + "' stage '" + st.name() + "'");
            }
            if (st.next() == null) {
                next[i] = i + 1 < next.length ? i + 1 : -1;
            } else if (st.next().equals(StageSpec.EXIT)) {
                next[i] = -1;
            } else if (index.containsKey(st.next())) {
                next[i] = index.get(st.next());
            } else {
                next[i] = -1;
                problems.add(st.nextLoc(), "journey '" + j.name() + "' stage '" + st.name() + "' goes to unknown stage '"
                        + st.next() + "'" + MapReader.suggestion(st.next(), index.keySet()),
                        "a stage of this journey or 'exit': " + listOr(index.keySet()));
            }
        }
        // A loop would keep a customer in the journey for ever; recurring contacts are rules' job.
        for (int start = 0; start < next.length; start++) {
            Set<Integer> seen = new HashSet<>();
            for (int at = start; at >= 0; at = next[at]) {
                if (!seen.add(at)) {
                    StageSpec st = j.stages().get(start);
                    problems.add(st.loc(), "journey '" + j.name() + "' loops back to stage '" + j.stages().get(at).name()
                            + "'", "stages that lead to 'exit' (use a rule for recurring contacts)");
                    return;
                }
            }
        }
    }

    private void action(ActionSpec a, String owner) {
        if (!a.channel().equals(ActionSpec.AUTO)) {
            channelRef(a.channel(), a.loc(), owner + " channel");
        }
        if (!a.offer().equals(ActionSpec.NONE) && s.offerIndex(a.offer()) < 0) {
            problems.add(a.loc(), owner + " offer '" + a.offer() + "' is not declared"
                    + MapReader.suggestion(a.offer(), s.offerNames()), "'none' or one of the offers: " + listOr(s.offerNames()));
        }
        List<String> cats = s.catalog().categories();
        if (!a.category().equals(ActionSpec.NONE) && !a.category().equals(ActionSpec.LAST_PURCHASED)
                && !cats.contains(a.category())) {
            problems.add(a.loc(), owner + " category '" + a.category() + "' is not in the catalog"
                    + MapReader.suggestion(a.category(), cats), "'none', 'last_purchased' or one of " + listOr(cats));
        }
    }

    private void channelRef(String channel, Loc loc, String owner) {
        if (s.channelIndex(channel) < 0) {
            problems.add(loc, owner + " names channel '" + channel + "', which is not declared"
                    + MapReader.suggestion(channel, s.channelNames()), "one of the channels: " + listOr(s.channelNames()));
        }
    }

    private void sumsToOne(double sum, Loc loc, String what) {
        if (Math.abs(sum - 1.0) > SHARE_TOLERANCE) {
            problems.add(loc, what + " sum to " + round(sum), "shares that sum to 1");
        }
    }

    private <T> void unique(List<T> items, Function<T, String> name, Function<T, Loc> loc, String what) {
        Map<String, Loc> seen = new HashMap<>();
        for (T item : items) {
            String n = name.apply(item);
            if (n == null || n.isEmpty()) {
                continue;
            }
            Loc first = seen.putIfAbsent(n, loc.apply(item));
            if (first != null) {
                problems.add(loc.apply(item), "duplicate " + what + " name '" + n + "' (first at " + first + ")",
                        "a unique name");
            }
        }
    }

    private void uniqueNames(List<String> names, String what) {
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            if (!seen.add(n)) {
                problems.add(null, what + " lists '" + n + "' twice", "each name once");
            }
        }
    }

    private static String listOr(java.util.Collection<String> names) {
        return names.isEmpty() ? "(none declared)" : String.join(", ", new ArrayList<>(names));
    }

    private static String round(double v) {
        return String.valueOf(Math.round(v * 1e6) / 1e6);
    }
}
