/**
 * One thread's rate of reading memory in sequence, one value per 64-byte line of a 1 GiB array, so
 * every line comes from memory once: the floor under the daily engine's sweep over its per-customer
 * arrays (docs/performance.md, "Session 9"). Stand-alone, no jar needed:
 * {@code java -Xmx3g bench/StreamRate.java [PASSES]} (default 6). Prints GB/s a pass.
 */
public class StreamRate {
    public static void main(String[] args) {
        int passes = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        long[] values = new long[1 << 27]; // 1 GiB: far larger than the 32 MiB L3
        for (int i = 0; i < values.length; i++) {
            values[i] = i;
        }
        for (int p = 0; p < passes; p++) {
            long t0 = System.nanoTime();
            long sum = 0;
            for (int i = 0; i < values.length; i += 8) { // 8 longs = one line
                sum += values[i];
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            // the sum is printed so that the JIT keeps the loads
            System.out.printf("pass %d: %.1f GB/s (checksum %d)%n", p + 1, values.length * 8.0 / seconds / 1e9, sum);
        }
    }
}
