package io.campaignsim.compare;

import io.campaignsim.stats.Calibration;
import io.campaignsim.stats.CalibrationBin;
import io.campaignsim.stats.Curve;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Point-wise means of model-quality curves over replications. Each replication reads its curves at
 * the same fractions (and bins its predictions into the same number of equal-count bins), so point
 * i means the same thing in every replication and can be averaged. A replication whose curve has
 * another length (a calibration with empty bins, from fewer held-out customers than bins) is left
 * out rather than misaligned.
 *
 * @implNote Stateless and thread-safe.
 */
final class ModelCurves {

    private ModelCurves() {}

    /** The point-wise mean of the curves of the longest length; null if there are none. */
    static UpliftCurves meanUplift(List<UpliftCurves> curves) {
        List<UpliftCurves> same = sameLength(curves, UpliftCurves::size);
        if (same.isEmpty()) {
            return null;
        }
        return new UpliftCurves(mean(same, UpliftCurves::model), mean(same, UpliftCurves::ideal),
                mean(same, UpliftCurves::random));
    }

    /**
     * Bin by bin, the mean predicted and mean true probability and the mean count; the error is the
     * mean of the replications' errors. Null if there are none.
     */
    static Calibration meanCalibration(List<Calibration> tables) {
        List<Calibration> same = sameLength(tables, t -> t.bins().size());
        if (same.isEmpty()) {
            return null;
        }
        int bins = same.get(0).bins().size();
        List<CalibrationBin> out = new ArrayList<>(bins);
        for (int b = 0; b < bins; b++) {
            double predicted = 0;
            double truth = 0;
            double count = 0;
            for (Calibration t : same) {
                CalibrationBin bin = t.bins().get(b);
                predicted += bin.meanPredicted();
                truth += bin.meanTruth();
                count += bin.count();
            }
            out.add(new CalibrationBin(predicted / same.size(), truth / same.size(), Math.round(count / same.size())));
        }
        double error = same.stream().mapToDouble(Calibration::meanAbsoluteError).average().orElse(Double.NaN);
        return new Calibration(out, error);
    }

    private static Curve mean(List<UpliftCurves> curves, Function<UpliftCurves, Curve> which) {
        Curve first = which.apply(curves.get(0));
        double[] value = new double[first.size()];
        for (UpliftCurves c : curves) {
            Curve curve = which.apply(c);
            for (int i = 0; i < value.length; i++) {
                value[i] += curve.valueAt(i);
            }
        }
        for (int i = 0; i < value.length; i++) {
            value[i] /= curves.size();
        }
        return new Curve(first.fraction(), value);
    }

    private static <T> List<T> sameLength(List<T> items, ToIntFunction<T> length) {
        int longest = items.stream().mapToInt(length).max().orElse(0);
        return items.stream().filter(t -> length.applyAsInt(t) == longest && longest > 0).toList();
    }
}
