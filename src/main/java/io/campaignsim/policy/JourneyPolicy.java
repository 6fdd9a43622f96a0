package io.campaignsim.policy;

import io.campaignsim.engine.ActionBuffer;
import io.campaignsim.engine.ContactPolicy;
import io.campaignsim.engine.ObservedFieldSource;
import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.scenario.JourneySpec;
import io.campaignsim.scenario.PolicySpec;
import io.campaignsim.scenario.RuleSpec;
import io.campaignsim.scenario.Scenario;
import io.campaignsim.scenario.StageSpec;
import io.campaignsim.scenario.expr.Condition;
import io.campaignsim.scenario.expr.ConditionCompiler;
import io.campaignsim.scenario.expr.ObservedFields;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The scenario's journey policy: journeys first (in order), then rules. Caps, quiet hours and
 * reachability are applied afterwards by the engine's guard, so journeys win over rules when a
 * cap is tight.
 */
public final class JourneyPolicy implements ContactPolicy {

    private final Journey[] journeys;
    private final RuleSet rules;
    private final ActionResolver resolver;
    private final ObservedFieldSource fields;

    private JourneyPolicy(Scenario scenario, ObservedHistory history) {
        PolicySpec p = scenario.policy();
        ConditionCompiler compiler = new ConditionCompiler(ObservedFields.of(scenario));
        this.resolver = new ActionResolver(scenario, history);
        List<Journey> js = new ArrayList<>();
        for (int j = 0; j < p.journeys().size(); j++) {
            js.add(journey(j, p.journeys().get(j), compiler, scenario, history.size()));
        }
        this.journeys = js.toArray(new Journey[0]);
        List<Condition> conditions = new ArrayList<>();
        List<ActionTemplate> actions = new ArrayList<>();
        for (RuleSpec r : p.rules()) {
            conditions.add(r.when() == null ? Condition.ALWAYS : compiler.compile(r.when().text()));
            actions.add(ActionTemplate.of(r.then(), scenario));
        }
        this.rules = new RuleSet(conditions, actions, p.firstMatchOnly());
        this.fields = new ObservedFieldSource(history, (j, i) -> journeys[j].contains(i));
    }

    /** A factory for the engine: one fresh policy (fresh journey state) per run. */
    public static Function<ObservedHistory, ContactPolicy> factory(Scenario scenario) {
        return history -> new JourneyPolicy(scenario, history);
    }

    private static Journey journey(int index, JourneySpec spec, ConditionCompiler compiler, Scenario s, int customers) {
        int n = spec.stages().size();
        Condition[] when = new Condition[n];
        Condition[] exit = new Condition[n];
        ActionTemplate[] action = new ActionTemplate[n];
        for (int k = 0; k < n; k++) {
            StageSpec st = spec.stages().get(k);
            when[k] = st.when() == null ? null : compiler.compile(st.when().text());
            exit[k] = st.exit() == null ? null : compiler.compile(st.exit().text());
            action[k] = st.action() == null ? null : ActionTemplate.of(st.action(), s);
        }
        Condition entry = spec.entry() == null ? null : compiler.compile(spec.entry().text());
        return new Journey(index, spec, entry, when, exit, action, customers);
    }

    @Override
    public void propose(int customer, int day, ActionBuffer out) {
        for (Journey j : journeys) {
            j.step(fields, resolver, customer, day, out);
        }
        rules.propose(fields, resolver, customer, day, out);
    }

    @Override
    public boolean onSeen(int customer, int day, int source, double uniform) {
        return source < RuleSet.SOURCE_BASE && journeys[source].onSeen(customer, uniform);
    }

    @Override
    public void onPurchase(int customer, int day, double profit) {
        for (Journey j : journeys) {
            j.onPurchase(customer);
        }
    }

    @Override
    public void onUnsubscribe(int customer, int day) {
        for (Journey j : journeys) {
            j.onUnsubscribe(customer);
        }
    }

    @Override
    public void endOfDay(int day) {
        // The field source's day is set here, between days, never while shards run.
        fields.setDay(day + 1);
    }
}
