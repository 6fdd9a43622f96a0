package io.campaignsim.strategy.predict;

import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.ml.clv.BgNbd;
import io.campaignsim.ml.clv.GammaGamma;
import io.campaignsim.ml.clv.MaximumLikelihood;
import io.campaignsim.ml.clv.ModelFit;
import io.campaignsim.ml.clv.RfmGroups;
import io.campaignsim.scenario.Scenario;

/**
 * BG/NBD and Gamma-Gamma (the models of {@code campaignsim clv}, docs/clv.md) fitted on the
 * simulated CRM record at the end of the warm-up, in days. A customer's observation period starts
 * at the beginning of the RFM window (the last 365 days before day 0, or the sign-up if later), so
 * on day t: age T = min(tenure at day 0, 365) + t, repeat count x = purchases recorded since then
 * (the population's RFM frequency plus the purchases of the run), and t_x = T - days since the
 * last purchase (0 when x = 0). Every purchase in the window counts as a repeat: the record does not
 * say when a customer was first seen buying. Gamma-Gamma is fitted on the customers with x &gt; 0 on
 * their recorded mean basket.
 *
 * <ul>
 *   <li>{@code next_basket_value}: Gamma-Gamma's E[basket | x, mean basket], which shrinks a
 *       customer's own mean towards the population's (the population mean for leads).
 *   <li>{@code clv}: margin rate x that expected basket x the BG/NBD expected purchases of the next
 *       {@code economics.residual_days} days, discounted by {@code economics.discount_rate} (in
 *       {@value #STEP_DAYS}-day steps), the same horizon and discount the simulator's CLV uses.
 * </ul>
 */
final class ClvTrainer implements PredictorTrainer {

    /** Customers in the likelihood at most (every k-th beyond it). */
    static final int MAX_ROWS = 50_000;
    /** Likelihood evaluations per model, as {@code clv}'s default. */
    static final int MAX_EVALUATIONS = 4_000;
    /** RFM window of the population's frequency (docs/model.md). */
    static final int RFM_WINDOW = 365;
    /** Step of the discounting sum of expected purchases. */
    static final int STEP_DAYS = 28;

    private final Prediction prediction;
    private final int horizon;
    private final double dailyDiscount;
    private final double marginRate;

    ClvTrainer(Prediction prediction, Scenario scenario) {
        this.prediction = prediction;
        this.horizon = scenario.economics().residualDays();
        this.dailyDiscount = scenario.economics().dailyDiscount();
        this.marginRate = scenario.economics().marginRate();
    }

    @Override
    public void startOfDay(ObservedHistory h, int day) {}

    static double age(ObservedHistory h, int i, int day) {
        return Math.min(h.tenureDays(i, 0), RFM_WINDOW) + day;
    }

    static double tx(ObservedHistory h, int i, int day) {
        double age = age(h, i, day);
        return h.frequency(i) > 0 ? Math.max(0, Math.min(age, age - h.daysSincePurchase(i, day))) : 0;
    }

    @Override
    public CustomerPredictor fit(ObservedHistory h, int day) {
        int size = h.size();
        int step = Math.max(1, (size + MAX_ROWS - 1) / MAX_ROWS);
        int n = (size + step - 1) / step;
        int[] x = new int[n];
        double[] tx = new double[n];
        double[] age = new double[n];
        int buyers = 0;
        for (int k = 0, i = 0; i < size; i += step, k++) {
            x[k] = h.frequency(i);
            tx[k] = tx(h, i, day);
            age[k] = age(h, i, day);
            if (x[k] > 0 && h.monetary(i) > 0) {
                buyers++;
            }
        }
        if (buyers < 2) {
            return null;
        }
        int[] gx = new int[buyers];
        double[] gm = new double[buyers];
        double meanBasket = 0;
        for (int k = 0, b = 0, i = 0; i < size; i += step, k++) {
            if (x[k] > 0 && h.monetary(i) > 0) {
                gx[b] = x[k];
                gm[b] = h.monetary(i);
                meanBasket += gm[b] / buyers;
                b++;
            }
        }
        MaximumLikelihood ml = new MaximumLikelihood(MAX_EVALUATIONS);
        ModelFit gg = ml.fit(GammaGamma.NAME, GammaGamma.PARAMETERS, v -> GammaGamma.logLikelihood(v, gx, gm),
                new double[] {1, 1, 1}, buyers);
        ModelFit bg = null;
        if (prediction == Prediction.CLV) {
            RfmGroups g = new RfmGroups(x, tx, age);
            bg = ml.fit(BgNbd.NAME, BgNbd.PARAMETERS, p -> BgNbd.logLikelihood(p, g), new double[] {1, 1, 1, 1}, n);
        }
        return new ClvPredictor(prediction, GammaGamma.Params.of(gg.estimates()), gg.converged(),
                bg == null ? null : BgNbd.Params.of(bg.estimates()), bg == null || bg.converged(), meanBasket, n);
    }

    /** The fitted models applied to a customer's record on the day of prediction. */
    private final class ClvPredictor implements CustomerPredictor {

        private final Prediction prediction;
        private final GammaGamma.Params spend;
        private final BgNbd.Params purchases;
        private final double leadBasket;
        private final String name;

        ClvPredictor(Prediction prediction, GammaGamma.Params spend, boolean spendConverged, BgNbd.Params purchases,
                boolean purchasesConverged, double meanBasket, int customers) {
            this.prediction = prediction;
            this.spend = spend;
            this.purchases = purchases;
            // With q <= 1 the model's population mean is infinite: leads then get the observed mean basket.
            this.leadBasket = spend.q() > 1 ? spend.populationMean() : meanBasket;
            String converged = spendConverged && purchasesConverged ? "" : ", fit did not converge: last estimates";
            this.name = (prediction == Prediction.CLV ? "BG/NBD x Gamma-Gamma CLV over " + horizon + " days"
                    : "Gamma-Gamma expected next basket") + " (" + customers + " customers" + converged + ")";
        }

        @Override
        public Prediction prediction() {
            return prediction;
        }

        @Override
        public int withinDays() {
            return 0;
        }

        @Override
        public String modelName() {
            return name;
        }

        @Override
        public boolean covers(ObservedHistory h, int i, int day) {
            return true;
        }

        @Override
        public double predict(ObservedHistory h, int i, int day) {
            int x = h.frequency(i);
            double basket = x > 0 && h.monetary(i) > 0 ? GammaGamma.expectedSpend(spend, x, h.monetary(i)) : leadBasket;
            if (prediction == Prediction.NEXT_BASKET_VALUE) {
                return basket;
            }
            return marginRate * basket * discountedPurchases(x, tx(h, i, day), age(h, i, day));
        }

        /** Σ over steps of the expected purchases in the step, discounted to the step's middle day. */
        private double discountedPurchases(int x, double tx, double age) {
            if (dailyDiscount == 1.0) {
                return BgNbd.expectedPurchases(purchases, x, tx, age, horizon);
            }
            double total = 0;
            double before = 0;
            for (int from = 0; from < horizon; from += STEP_DAYS) {
                int to = Math.min(horizon, from + STEP_DAYS);
                double upTo = BgNbd.expectedPurchases(purchases, x, tx, age, to);
                total += (upTo - before) * Math.pow(dailyDiscount, (from + to + 1) / 2.0);
                before = upTo;
            }
            return total;
        }
    }
}
