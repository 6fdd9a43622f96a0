package io.campaignsim.strategy;

import io.campaignsim.scenario.Scenario;

/**
 * The CLV reward of a learner ({@code reward: clv}, docs/strategies.md): a decision taken on day
 * {@code d} for customer {@code i} is rewarded, {@code days} days later, with
 *
 * <pre>  r = sum_{u = d .. d+L-1} delta^(u-d) * profit_i(u)</pre>
 *
 * where {@code profit_i(u)} is ALL of the customer's profit on day {@code u} (margin of every
 * purchase minus incentives minus the cost of every contact delivered, whoever decided it). So
 * what a contact costs later shows up in its reward as it materialises: a customer who churns or
 * unsubscribes stops producing profit, a fatigued one responds less. Everything in it is
 * observed (a CRM's order and send log); no hidden state leaks into it.
 *
 * @param days L, the window in days (at least 1)
 * @param dailyDiscount delta in (0, 1], from {@code economics.discount_rate}
 */
public record RewardWindow(int days, double dailyDiscount) {

    /** Default window: four weeks, about a fatigue half-life in typical scenarios. */
    public static final int DEFAULT_DAYS = 28;

    public RewardWindow {
        if (days < 1) {
            throw new IllegalArgumentException("reward window must be at least 1 day, but was " + days);
        }
        if (!(dailyDiscount > 0 && dailyDiscount <= 1)) {
            throw new IllegalArgumentException("daily discount must be in (0, 1], but was " + dailyDiscount);
        }
    }

    /** The window of a scenario's strategy: {@code days} and the economics' daily discount. */
    public static RewardWindow of(Scenario scenario, int days) {
        return new RewardWindow(days, scenario.economics().dailyDiscount());
    }
}
