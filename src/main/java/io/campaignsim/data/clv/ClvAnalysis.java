package io.campaignsim.data.clv;

import io.campaignsim.ml.clv.BgNbd;
import io.campaignsim.ml.clv.GammaGamma;
import io.campaignsim.ml.clv.MaximumLikelihood;
import io.campaignsim.ml.clv.ModelFit;
import io.campaignsim.ml.clv.ParetoNbd;
import io.campaignsim.ml.clv.RfmGroups;
import io.campaignsim.core.UserInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * Fits BG/NBD, Pareto/NBD and (with amounts) Gamma-Gamma to a {@link CustomerSummary}, scores every
 * customer, and compares the predictions with the holdout period when there is one.
 */
public final class ClvAnalysis {

    /** Calibration frequencies 0..6 get a group each, 7 or more one together (as in Fader et al. 2005, Figure 4). */
    static final int LAST_GROUP = 7;

    private ClvAnalysis() {}

    public static ClvResult run(CustomerSummary s, ClvOptions o) {
        RfmGroups g = new RfmGroups(s.frequencies(), s.recencies(), s.ages());
        MaximumLikelihood ml = new MaximumLikelihood(o.maxEvaluations());
        List<String> notes = new ArrayList<>();
        if (s.lateCustomers() > 0) {
            notes.add(s.lateCustomers() + " customers whose first purchase is after the calibration end are left out");
        }
        int[] x = new int[0];
        double[] m = new double[0];
        double correlation = Double.NaN;
        if (s.hasAmount()) {
            List<Integer> buyers = new ArrayList<>();
            int zero = 0;
            for (int i = 0; i < s.size(); i++) {
                if (s.frequency(i) > 0) {
                    if (s.meanSpend(i) > 0) {
                        buyers.add(i);
                    } else {
                        zero++;
                    }
                }
            }
            if (buyers.isEmpty()) {
                throw new UserInputException(s.file() + ": every repeat buyer's repeat purchases are worth 0; expected "
                        + "positive amounts in the --amount column to fit the spend model");
            }
            if (zero > 0) {
                notes.add(zero + " repeat buyers whose repeat purchases are all worth 0 are left out of the Gamma-Gamma fit");
            }
            x = buyers.stream().mapToInt(s::frequency).toArray();
            m = buyers.stream().mapToDouble(s::meanSpend).toArray();
            if (x.length > 2) {
                correlation = new PearsonsCorrelation().correlation(Arrays.stream(x).asDoubleStream().toArray(), m);
            }
        }
        int[] gx = x;
        double[] gm = m;
        // The three fits are independent and each is single-threaded, so running them side by side
        // changes nothing in the numbers, only the wall time.
        CompletableFuture<ModelFit> bgTask = CompletableFuture.supplyAsync(() -> ml.fit(BgNbd.NAME, BgNbd.PARAMETERS,
                p -> BgNbd.logLikelihood(p, g), new double[] {1, 1, 1, 1}, s.size()));
        CompletableFuture<ModelFit> ggTask = s.hasAmount()
                ? CompletableFuture.supplyAsync(() -> ml.fit(GammaGamma.NAME, GammaGamma.PARAMETERS,
                        v -> GammaGamma.logLikelihood(v, gx, gm), new double[] {1, 1, 1}, gx.length))
                : CompletableFuture.completedFuture(null);
        ModelFit pnbd = ml.fit(ParetoNbd.NAME, ParetoNbd.PARAMETERS, p -> ParetoNbd.logLikelihood(p, g),
                new double[] {1, 1, 1, 1}, s.size());
        ModelFit bg = bgTask.join();
        ModelFit gg = ggTask.join();
        for (ModelFit f : gg == null ? List.of(bg, pnbd) : List.of(bg, pnbd, gg)) {
            if (!f.converged()) {
                notes.add(f.model() + ": " + f.note());
            } else if (!f.note().isEmpty()) {
                notes.add(f.model() + ": " + f.note());
            }
        }
        if (gg != null && gg.converged() && gg.estimate("q") <= 1) {
            notes.add("Gamma-Gamma q = " + gg.estimate("q") + " <= 1: the population mean spend is infinite, so "
                    + "customers without repeats get no expected spend");
        }
        CustomerScores scores = score(s, o, g, bg, pnbd, gg);
        HoldoutComparison holdout = s.hasHoldout() ? holdout(s, bg, pnbd, scores) : null;
        return new ClvResult(s, o, bg, pnbd, gg, scores, holdout, correlation, notes);
    }

    private static CustomerScores score(CustomerSummary s, ClvOptions o, RfmGroups g, ModelFit bgFit, ModelFit pFit,
                                        ModelFit ggFit) {
        int n = s.size();
        int groups = g.size();
        double[] discount = new double[o.horizon() + 1];
        double perYear = o.period().perYear();
        for (int k = 1; k <= o.horizon(); k++) {
            discount[k] = Math.pow(1 + o.discountRate(), -k / perYear);
        }
        double hold = s.holdoutLength();
        GroupScores bg = bgFit.converged()
                ? groupScores(g, discount, hold, BgNbd.Params.of(bgFit.estimates()), BgNbd::probabilityAlive,
                        (p, x, tx, age, alive) -> t -> BgNbd.expectedPurchases(p, x, tx, age, t))
                : GroupScores.nan(groups);
        GroupScores pn = pFit.converged()
                ? groupScores(g, discount, hold, ParetoNbd.Params.of(pFit.estimates()), ParetoNbd::probabilityAlive,
                        (p, x, tx, age, alive) -> t -> alive * ParetoNbd.expectedPurchasesIfAlive(p, x, age, t))
                : GroupScores.nan(groups);
        GammaGamma.Params gp = ggFit != null && ggFit.converged() ? GammaGamma.Params.of(ggFit.estimates()) : null;
        double[] aliveBg = new double[n];
        double[] alivePn = new double[n];
        double[] purBg = new double[n];
        double[] purPn = new double[n];
        double[] spend = new double[n];
        double[] clvBg = new double[n];
        double[] clvPn = new double[n];
        double[] holdBg = new double[n];
        double[] holdPn = new double[n];
        for (int i = 0; i < n; i++) {
            int k = g.groupOf[i];
            aliveBg[i] = bg.alive[k];
            alivePn[i] = pn.alive[k];
            purBg[i] = bg.purchases[k];
            purPn[i] = pn.purchases[k];
            holdBg[i] = bg.holdout[k];
            holdPn[i] = pn.holdout[k];
            int x = s.frequency(i);
            spend[i] = gp == null || (x == 0 && gp.q() <= 1) ? Double.NaN
                    : GammaGamma.expectedSpend(gp, x, x > 0 && s.meanSpend(i) > 0 ? s.meanSpend(i) : 0);
            if (x > 0 && !(s.meanSpend(i) > 0) && gp != null) {
                spend[i] = GammaGamma.expectedSpend(gp, x, 0); // all repeats worth 0: the model's shrinkage towards 0
            }
            clvBg[i] = spend[i] * bg.discounted[k];
            clvPn[i] = spend[i] * pn.discounted[k];
        }
        return new CustomerScores(aliveBg, alivePn, purBg, purPn, spend, clvBg, clvPn, holdBg, holdPn);
    }

    @FunctionalInterface
    interface Alive<P> {
        double at(P p, int x, double tx, double age);
    }

    /** A customer's E[Y(t) | x, tx, T] as a function of t, given their P(alive). */
    @FunctionalInterface
    interface Conditional<P> {
        DoubleUnaryOperator of(P p, int x, double tx, double age, double alive);
    }

    private record GroupScores(double[] alive, double[] purchases, double[] discounted, double[] holdout) {

        static GroupScores nan(int n) {
            double[] v = new double[n];
            Arrays.fill(v, Double.NaN);
            return new GroupScores(v, v, v, v);
        }
    }

    private static <P> GroupScores groupScores(RfmGroups g, double[] discount, double holdoutLength, P p,
                                               Alive<P> alive, Conditional<P> expected) {
        int n = g.size();
        int horizon = discount.length - 1;
        double[] a = new double[n];
        double[] pur = new double[n];
        double[] disc = new double[n];
        double[] hold = new double[n];
        for (int k = 0; k < n; k++) {
            int x = g.x[k];
            double tx = g.tx[k];
            double age = g.age[k];
            a[k] = alive.at(p, x, tx, age);
            DoubleUnaryOperator curve = expected.of(p, x, tx, age, a[k]);
            double previous = 0;
            double sum = 0;
            for (int t = 1; t <= horizon; t++) {
                double e = curve.applyAsDouble(t);
                sum += (e - previous) * discount[t];
                previous = e;
            }
            pur[k] = previous;
            disc[k] = sum;
            hold[k] = holdoutLength > 0 ? curve.applyAsDouble(holdoutLength) : Double.NaN;
        }
        return new GroupScores(a, pur, disc, hold);
    }

    private static HoldoutComparison holdout(CustomerSummary s, ModelFit bgFit, ModelFit pFit, CustomerScores c) {
        int n = s.size();
        double actual = 0;
        double bg = 0;
        double pn = 0;
        int groups = LAST_GROUP + 1;
        int[] count = new int[groups];
        double[] act = new double[groups];
        double[] pb = new double[groups];
        double[] pp = new double[groups];
        for (int i = 0; i < n; i++) {
            int grp = Math.min(s.frequency(i), LAST_GROUP);
            count[grp]++;
            act[grp] += s.holdoutPurchases(i);
            pb[grp] += c.holdoutBgNbd()[i];
            pp[grp] += c.holdoutParetoNbd()[i];
            actual += s.holdoutPurchases(i);
            bg += c.holdoutBgNbd()[i];
            pn += c.holdoutParetoNbd()[i];
        }
        List<HoldoutComparison.FrequencyGroup> fg = new ArrayList<>();
        for (int j = 0; j < groups; j++) {
            if (count[j] > 0) {
                fg.add(new HoldoutComparison.FrequencyGroup(j == LAST_GROUP ? LAST_GROUP + "+" : Integer.toString(j),
                        count[j], act[j] / count[j], pb[j] / count[j], pp[j] / count[j]));
            }
        }
        return new HoldoutComparison(s.holdoutLength(), actual, bg, pn, fg, tracking(s, bgFit, pFit),
                (s.calibrationEndDay() - s.startDay()) / 7 + 1);
    }

    /** Cumulative actual and expected repeat transactions by week, from each customer's unconditional E[X(t)]. */
    private static List<HoldoutComparison.WeekPoint> tracking(CustomerSummary s, ModelFit bgFit, ModelFit pFit) {
        int start = s.startDay();
        int last = (int) s.holdoutEnd().toEpochDay();
        int[] weekly = s.weeklyRepeats();
        // customers by first-purchase day: E[X(t)] depends only on the time since it
        java.util.TreeMap<Integer, Integer> cohorts = new java.util.TreeMap<>();
        for (int i = 0; i < s.size(); i++) {
            cohorts.merge(s.firstDay(i), 1, Integer::sum);
        }
        double unit = s.period().days();
        BgNbd.Params bp = bgFit.converged() ? BgNbd.Params.of(bgFit.estimates()) : null;
        ParetoNbd.Params pp = pFit.converged() ? ParetoNbd.Params.of(pFit.estimates()) : null;
        List<HoldoutComparison.WeekPoint> points = new ArrayList<>();
        double cumulative = 0;
        for (int w = 1; w <= weekly.length; w++) {
            cumulative += weekly[w - 1];
            int endDay = Math.min(start + 7 * w - 1, last);
            double eb = 0;
            double ep = 0;
            for (var e : cohorts.entrySet()) {
                int f = e.getKey();
                if (f > endDay) {
                    break;
                }
                double t = (endDay - f) / unit;
                eb += e.getValue() * (bp == null ? Double.NaN : BgNbd.expectedPurchases(bp, t));
                ep += e.getValue() * (pp == null ? Double.NaN : ParetoNbd.expectedPurchases(pp, t));
            }
            points.add(new HoldoutComparison.WeekPoint(w, LocalDate.ofEpochDay(endDay), cumulative, eb, ep));
        }
        return points;
    }
}
