package io.campaignsim.policy;

import io.campaignsim.engine.ActionBuffer;
import io.campaignsim.engine.ContactGuard;
import io.campaignsim.engine.ContactPolicy;
import io.campaignsim.engine.ObservedFieldSource;
import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.scenario.JourneySpec;
import io.campaignsim.scenario.PolicySpec;
import io.campaignsim.scenario.RuleSpec;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.StageSpec;
import io.campaignsim.scenario.expr.BoundCondition;
import io.campaignsim.scenario.expr.Condition;
import io.campaignsim.scenario.expr.ConditionCompiler;
import io.campaignsim.scenario.expr.FieldSource;
import io.campaignsim.scenario.expr.ObservedFields;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The scenario's journey policy: journeys first (in order), then rules. Caps, quiet hours and
 * reachability are applied afterwards by the engine's guard, so journeys win over rules when a
 * cap is tight.
 *
 * <p>Customer-local: a decision reads only the customer's own history and journey slots, the
 * day passed in and, with learned send times or channels, the learners' segment-level priors,
 * which change only between days ({@link #endOfDay}).
 */
public final class JourneyPolicy implements ContactPolicy {

    private final Journey[] journeys;
    private final RuleSet rules;
    private final ActionResolver resolver;
    private final ObservedHistory history;
    /** The engine's guard rails: rules are decided only on days a contact can go out (ActionBuffer#deliverable). */
    private final ContactGuard guard;

    private JourneyPolicy(Scenario scenario, ObservedHistory history) {
        PolicySpec p = scenario.policy();
        this.history = history;
        this.guard = new ContactGuard(scenario);
        ConditionCompiler compiler = new ConditionCompiler(ObservedFields.of(scenario));
        // in_journey_* reads the journeys array when evaluated, after the constructor has set it.
        FieldSource fields = new ObservedFieldSource(history, new ObservedFieldSource.JourneyMembership() {
            @Override
            public boolean inJourney(int journey, int customer) {
                return journeys[journey].contains(customer);
            }

            @Override
            public boolean optedOut(int journey, int customer) {
                return journeys[journey].optedOut(customer);
            }
        });
        this.resolver = new ActionResolver(scenario, history);
        List<Journey> js = new ArrayList<>();
        for (int j = 0; j < p.journeys().size(); j++) {
            js.add(journey(j, p.journeys().get(j), compiler, fields, scenario, history.size()));
        }
        this.journeys = js.toArray(new Journey[0]);
        List<BoundCondition> conditions = new ArrayList<>();
        List<ActionTemplate> actions = new ArrayList<>();
        for (RuleSpec r : p.rules()) {
            Condition c = r.when() == null ? Condition.ALWAYS : compiler.compile(r.when().text());
            conditions.add(c.bind(fields));
            actions.add(ActionTemplate.of(r.then(), scenario));
        }
        this.rules = new RuleSet(conditions, actions, p.firstMatchOnly(), history.size());
        List<String> names = new ArrayList<>();
        touchpointBase = new int[journeys.length];
        for (int j = 0; j < journeys.length; j++) {
            touchpointBase[j] = names.size();
            for (StageSpec st : p.journeys().get(j).stages()) {
                names.add("journey:" + p.journeys().get(j).name() + "/" + st.name());
            }
        }
        ruleBase = names.size();
        for (RuleSpec r : p.rules()) {
            names.add("rule:" + r.name());
        }
        this.touchpoints = List.copyOf(names);
    }

    private final int[] touchpointBase;
    private final int ruleBase;
    private final List<String> touchpoints;

    @Override
    public List<String> touchpoints() {
        return touchpoints;
    }

    @Override
    public int touchpoint(int source) {
        if (source >= RuleSet.SOURCE_BASE) {
            return ruleBase + source - RuleSet.SOURCE_BASE;
        }
        return source < 0 ? -1 : touchpointBase[source / Journey.STAGE_SLOTS] + source % Journey.STAGE_SLOTS;
    }

    @Override
    public io.campaignsim.engine.JourneyCounts journeyCounts() {
        int n = touchpoints.size();
        long[][] c = new long[5][n];
        for (int j = 0; j < journeys.length; j++) {
            for (int s = 0; s < journeys[j].stages(); s++) {
                long[] v = journeys[j].counts(s);
                for (int k = 0; k < 5; k++) {
                    c[k][touchpointBase[j] + s] = v[k];
                }
            }
        }
        for (int r = 0; r < rules.size(); r++) {
            c[0][ruleBase + r] = rules.fired(r);
        }
        return new io.campaignsim.engine.JourneyCounts(touchpoints, c[0], c[1], c[2], c[3], c[4]);
    }

    /** A factory for the engine: one fresh policy (fresh journey state) per run. */
    public static Function<ObservedHistory, ContactPolicy> factory(Scenario scenario) {
        return history -> new JourneyPolicy(scenario, history);
    }

    private static Journey journey(int index, JourneySpec spec, ConditionCompiler compiler, FieldSource fields,
            Scenario s, int customers) {
        int n = spec.stages().size();
        BoundCondition[] when = new BoundCondition[n];
        BoundCondition[] exit = new BoundCondition[n];
        ActionTemplate[] action = new ActionTemplate[n];
        for (int k = 0; k < n; k++) {
            StageSpec st = spec.stages().get(k);
            when[k] = st.when() == null ? null : compiler.compile(st.when().text()).bind(fields);
            exit[k] = st.exit() == null ? null : compiler.compile(st.exit().text()).bind(fields);
            action[k] = st.action() == null ? null : ActionTemplate.of(st.action(), s);
        }
        BoundCondition entry = spec.entry() == null ? null : compiler.compile(spec.entry().text()).bind(fields);
        return new Journey(index, spec, entry, when, exit, action, customers);
    }

    @Override
    public void propose(int customer, int day, ActionBuffer out) {
        for (Journey j : journeys) {
            j.step(resolver, customer, day, out); // journey clocks and exits move even when nothing can go out
        }
        // Rules keep no state, so when the guard rails will drop every contact there is nothing to decide.
        if (out.deliverable()) {
            rules.propose(resolver, customer, day, out);
        }
    }

    /**
     * The earliest day any journey may move or propose (end of a wait, exit or entry condition) or any rule's
     * condition may hold on a day a contact can go out (rules are decided only then, see {@link #propose}; the
     * engine's {@link ActionBuffer#deliverable} is its guard rails' {@link ContactGuard#anyAllowed}, which
     * between events turns true at most once, when sends leave the 7-day window), while nothing happens to the
     * customer. Everything a proposal depends on is the customer's own state and the day (the learners only
     * choose the channel or hour of a proposal once there is one), so this is a safe day to ask again; see
     * {@link BoundCondition#nextDay} for the conditions.
     */
    @Override
    public int nextProposalDay(int customer, int day) {
        int next = Integer.MAX_VALUE;
        for (Journey j : journeys) {
            next = Math.min(next, j.nextDay(customer, day));
            if (next == day + 1) {
                return next;
            }
        }
        if (rules.size() == 0) {
            return next;
        }
        int open = guard.firstAllowedDay(history, customer, day);
        return open >= next ? next : Math.min(next, rules.nextDay(customer, open - 1));
    }

    /**
     * The scenario's conditions that the time analysis does not cover, which an engine skipping customers with
     * nothing due evaluates every day for the customers they concern (e.g. {@code rule win_back: ... computes with
     * fields that change with time; evaluated daily}); empty when every condition is covered. For summary.json.
     */
    public static List<String> dailyEvaluation(Scenario scenario) {
        PolicySpec p = scenario.policy();
        ConditionCompiler compiler = new ConditionCompiler(ObservedFields.of(scenario));
        FieldSource models = ObservedFieldSource.timeModels();
        List<String> notes = new ArrayList<>();
        for (int j = 0; j < p.journeys().size(); j++) {
            notes.addAll(journey(j, p.journeys().get(j), compiler, models, scenario, 0).dailyEvaluation(p.journeys().get(j)));
        }
        for (RuleSpec r : p.rules()) {
            String why = r.when() == null ? null : compiler.compile(r.when().text()).bind(models).dailyEvaluation();
            if (why != null) {
                notes.add("rule " + r.name() + ": " + why + "; evaluated daily");
            }
        }
        return List.copyOf(notes);
    }

    @Override
    public boolean onSeen(int customer, int day, int source, double uniform) {
        return source < RuleSet.SOURCE_BASE && journeys[source / Journey.STAGE_SLOTS].onSeen(customer, uniform);
    }

    @Override
    public void onDelivered(int customer, int day, int source, int channel, int hour, boolean opened) {
        resolver.delivered(customer, day, channel, hour, opened);
    }

    @Override
    public void onPurchase(int customer, int day, double profit) {
        for (Journey j : journeys) {
            j.onPurchase(customer);
        }
        resolver.purchased(customer, day, profit);
    }

    @Override
    public void onUnsubscribe(int customer, int day) {
        for (Journey j : journeys) {
            j.onUnsubscribe(customer);
        }
        resolver.unsubscribed(customer, day);
    }

    /**
     * Without learned send times, weekdays or channels, a customer's decisions read only the
     * customer's own history and journey slots, so a customer range can be simulated on its own. The
     * learners' segment-level priors come from every customer between days, which a range alone
     * cannot see.
     */
    @Override
    public boolean customerLocal() {
        return !resolver.learnsAcrossCustomers();
    }

    /**
     * Whether the scenario's journey policy learns across customers (send_time, its weekday or
     * channel_choice learned: exactly when {@link #customerLocal()} is false), and so cannot be split
     * into customer ranges; null when it does not, else the key that makes it learn.
     */
    public static String learningKey(Scenario scenario) {
        if (scenario.policy().sendTime().learned()) {
            return "policy.send_time: learned";
        }
        if (scenario.policy().channelChoice().learned()) {
            return "policy.channel_choice: learned";
        }
        if (scenario.policy().sendTime().learnsWeekday()) {
            return "policy.send_time weekday: learned";
        }
        return null;
    }

    @Override
    public void endOfShardDay(int from, int to, int day) {
        resolver.endOfShardDay(from, day);
    }

    @Override
    public void endOfDay(int day) {
        resolver.endOfDay(day);
    }
}
