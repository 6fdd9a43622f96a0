package io.campaignsim.strategy.predict;

import io.campaignsim.engine.ObservedHistory;
import io.campaignsim.ml.FeatureMatrix;
import io.campaignsim.ml.LogisticRegression;
import io.campaignsim.strategy.FeatureBuilder;
import java.util.Arrays;

/**
 * A logistic model of "a purchase (or none) within N days", learned inside the warm-up: the
 * observed features of each eligible customer on day {@code s = fitDay - N} are kept, and at the
 * end of the warm-up each is labelled by whether the customer bought on a day in {@code [s, fitDay)}
 * (the CRM's last purchase day, which is all a CRM knows: churn is seen only as a customer who stops
 * buying). The fitted model then predicts the next N days from the features on {@code fitDay}: the
 * same window length, one window later. Eligible are all customers for {@code churn_within}, leads
 * for {@code first_purchase}, buyers for {@code repeat_purchase} (as they were on day s).
 *
 * <p>The warm-up's randomised contacts fall inside the labelled window, so the model learns the
 * outcome under that warm-up policy, not strictly "left alone"; docs/predictions.md says what that
 * costs in calibration.
 */
final class PurchaseWindowTrainer implements PredictorTrainer {

    /** Customers kept for training at most (every k-th customer beyond it): bounds memory and fit time. */
    static final int MAX_ROWS = 50_000;
    /** Ridge penalty, as the other targeting models. */
    static final double L2 = 1.0;

    private final Prediction prediction;
    private final int window;
    private final int fitDay;
    private final FeatureBuilder features;
    private final int dimension;
    private double[] rows;
    private int[] customers;
    private int n;
    private int snapshotDay = -1;

    PurchaseWindowTrainer(Prediction prediction, int window, int fitDay, FeatureBuilder features) {
        if (window < 1 || window > fitDay) {
            throw new IllegalArgumentException("within_days " + window + " must be in 1.." + fitDay + " (warmup_days)");
        }
        this.prediction = prediction;
        this.window = window;
        this.fitDay = fitDay;
        this.features = features;
        this.dimension = features.dimension() - 1;
    }

    @Override
    public void startOfDay(ObservedHistory h, int day) {
        if (day != fitDay - window) {
            return;
        }
        int size = h.size();
        int step = Math.max(1, (size + MAX_ROWS - 1) / MAX_ROWS);
        int cap = (size + step - 1) / step;
        rows = new double[cap * dimension];
        customers = new int[cap];
        double[] x = new double[dimension + 1];
        for (int i = 0; i < size; i += step) {
            if (!eligible(prediction, h, i, day)) {
                continue;
            }
            features.fill(h, i, day, x);
            System.arraycopy(x, 1, rows, n * dimension, dimension);
            customers[n++] = i;
        }
        snapshotDay = day;
    }

    static boolean eligible(Prediction p, ObservedHistory h, int i, int day) {
        return switch (p) {
            case FIRST_PURCHASE -> !Buyers.everBought(h, i, day);
            case REPEAT_PURCHASE -> Buyers.everBought(h, i, day);
            default -> true;
        };
    }

    @Override
    public CustomerPredictor fit(ObservedHistory h, int day) {
        if (snapshotDay < 0 || n == 0) {
            return null;
        }
        double[] y = new double[n];
        for (int k = 0; k < n; k++) {
            boolean bought = h.daysSincePurchase(customers[k], day) <= day - snapshotDay;
            y[k] = (prediction == Prediction.CHURN_WITHIN) != bought ? 1.0 : 0.0;
        }
        LogisticRegression model = LogisticRegression.fit(new FeatureMatrix(n, dimension, Arrays.copyOf(rows, n * dimension)),
                y, null, L2);
        int trained = n;
        rows = null;
        customers = null;
        return new LogisticPredictor(prediction, window, model, features, trained);
    }

    /** The fitted logistic model, applied to a customer's features on the day of prediction. */
    private static final class LogisticPredictor implements CustomerPredictor {

        private final Prediction prediction;
        private final int window;
        private final LogisticRegression model;
        private final FeatureBuilder features;
        private final int trained;
        private final ThreadLocal<double[][]> scratch;

        LogisticPredictor(Prediction prediction, int window, LogisticRegression model, FeatureBuilder features,
                int trained) {
            this.prediction = prediction;
            this.window = window;
            this.model = model;
            this.features = features;
            this.trained = trained;
            int d = features.dimension();
            this.scratch = ThreadLocal.withInitial(() -> new double[][] {new double[d], new double[d - 1]});
        }

        @Override
        public Prediction prediction() {
            return prediction;
        }

        @Override
        public int withinDays() {
            return window;
        }

        @Override
        public String modelName() {
            String what = switch (prediction) {
                case CHURN_WITHIN -> "P(no purchase within " + window + " days)";
                case FIRST_PURCHASE -> "P(first purchase within " + window + " days | lead)";
                default -> "P(repeat purchase within " + window + " days | buyer)";
            };
            return "logistic " + what + " (" + trained + " warm-up customers)";
        }

        @Override
        public boolean covers(ObservedHistory h, int i, int day) {
            return eligible(prediction, h, i, day);
        }

        @Override
        public double predict(ObservedHistory h, int i, int day) {
            double[][] s = scratch.get();
            features.fill(h, i, day, s[0]);
            System.arraycopy(s[0], 1, s[1], 0, s[1].length);
            return model.probability(s[1]);
        }
    }
}
