/**
 * LinUCB select or record of several campaignsim jars in ONE JVM, each jar in its own class
 * loader (so each gets its own JIT-compiled copy), alternating ABBA, by thread CPU time: on a
 * loaded machine the paired ratios are far steadier than separate processes. Run through
 * bench/ridge-ab.sh, which compiles the drivers. Arguments: REPS DRIVER MODE JAR... (the first jar
 * is the reference); prints per jar the median ns per operation and the median (and quartiles)
 * of its per-round speed against the first.
 */
import java.net.*; import java.nio.file.*; import java.util.*; import java.util.function.LongUnaryOperator;
public class RidgeAb {
    public static void main(String[] a) throws Exception {
        int reps = Integer.parseInt(a[0]); int mode = Integer.parseInt(a[2]); int n = a.length - 3;
        LongUnaryOperator[] d = new LongUnaryOperator[n];
        for (int i = 0; i < n; i++) {
            URLClassLoader cl = new URLClassLoader(new URL[]{Path.of(System.getProperty("drivers")).toUri().toURL(), Path.of(a[3 + i]).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
            d[i] = (LongUnaryOperator) Class.forName(a[1], true, cl).getConstructor().newInstance();
            for (int w = 0; w < 3; w++) d[i].applyAsLong(mode);
        }
        double[][] ns = new double[n][reps];
        for (int r = 0; r < reps; r++) for (int k = 0; k < n; k++) { int i = r % 2 == 0 ? k : n - 1 - k; ns[i][r] = d[i].applyAsLong(mode) / 1e6; }
        for (int i = 0; i < n; i++) {
            double[] s = ns[i].clone(); Arrays.sort(s);
            double[] ratio = new double[reps]; for (int r = 0; r < reps; r++) ratio[r] = ns[0][r] / ns[i][r]; Arrays.sort(ratio);
            System.out.printf("%s %.1f ns/op  speed vs first %.2f (%.2f-%.2f)%n", a[3 + i], s[reps / 2], ratio[reps / 2], ratio[reps / 4], ratio[3 * reps / 4]);
        }
    }
}
