package io.campaignsim.spark;

import io.campaignsim.app.CompareJob;
import io.campaignsim.app.ExecutionEngine;
import io.campaignsim.app.ReplicationTask;
import io.campaignsim.app.ReplicationWork;
import io.campaignsim.core.ClusterFault;
import io.campaignsim.core.UserInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;
import java.io.Serializable;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SimpleFutureAction;
import scala.Function0;
import scala.Function1;
import scala.Function2;
import scala.collection.Iterator;
import scala.jdk.javaapi.CollectionConverters;
import scala.runtime.BoxedUnit;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Runs each replication task as one Spark task. A task carries its whole scenario and seed and
 * returns its runs, so the cluster computes exactly what the local engine computes, and the driver
 * puts the results back in task order: a comparison is byte-identical on either engine.
 *
 * <p>The Spark context is started on the first run, not when the engine is opened, so that bad
 * input found while loading the scenario fails at once, before Spark starts.
 */
final class SparkEngine implements ExecutionEngine {

    static final String NAME = "spark";

    private final String master;
    private SparkContext context;
    private boolean stopped;

    private SparkEngine(String master) {
        this.master = master;
    }

    static SparkEngine open(String master) {
        try {
            Class.forName("org.apache.spark.SparkContext", false, SparkEngine.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new UserInputException("--engine spark: Spark is not on the class path; expected campaignsim to run "
                    + "under spark-submit (see docs/distributed.md), or --engine local");
        }
        checkVersion();
        SparkMaster.check(master);
        return new SparkEngine(master);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<CompareJob.Simulated> run(List<ReplicationTask> tasks, ReplicationWork work, int threads,
            CompareJob.ProgressListener progress) throws InterruptedException {
        if (tasks.isEmpty()) {
            return List.of();
        }
        SparkContext sc = context();
        int total = tasks.stream().mapToInt(ReplicationTask::runs).sum();
        AtomicInteger runsDone = new AtomicInteger();
        String group = "campaignsim-" + System.nanoTime();
        int runsPerTask = tasks.get(0).runs();
        SparkListener listener = new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                // One task is one replication: all its strategies' runs finish together. This driver
                // runs one job at a time, so every task that ends is one of this run's.
                if (end.taskInfo().successful()) {
                    progress.done(Math.min(total, runsDone.addAndGet(runsPerTask)), total);
                }
            }
        };
        sc.addSparkListener(listener);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(sc);
        jsc.setJobGroup(group, "campaignsim: " + tasks.size() + " replications", true);
        try {
            JavaRDD<ReplicationTask> rdd = jsc.parallelize(tasks, tasks.size());
            ReplicationWork w = work;
            return rdd.map(task -> w.run(task, 1, Nothing.RUNNABLE)).collect();
        } catch (Exception e) { // Spark's SparkException is checked in Java's eyes but thrown unchecked from Scala
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("interrupted");
            }
            throw translate(e);
        } finally {
            if (Thread.interrupted()) {
                sc.cancelJobGroup(group);
                Thread.currentThread().interrupt();
            }
            sc.removeSparkListener(listener);
            jsc.clearJobGroup();
        }
    }

    /**
     * Every task in one Spark job, each result handed to {@code sink} on this thread as its task
     * finishes: Spark calls the job's result handler on its scheduler thread, which only queues the
     * result, so a slow sink (a checkpoint write) never holds up the scheduler.
     */
    @Override
    public void runEach(List<ReplicationTask> tasks, ReplicationWork work, int threads,
            CompareJob.ProgressListener progress, ResultSink sink) throws InterruptedException, java.io.IOException {
        if (tasks.isEmpty()) {
            return;
        }
        SparkContext sc = context();
        int n = tasks.size();
        int total = tasks.stream().mapToInt(ReplicationTask::runs).sum();
        int runsPerTask = tasks.get(0).runs();
        AtomicInteger runsDone = new AtomicInteger();
        SparkListener listener = new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.taskInfo().successful()) {
                    progress.done(Math.min(total, runsDone.addAndGet(runsPerTask)), total);
                }
            }
        };
        String group = "campaignsim-" + System.nanoTime();
        sc.addSparkListener(listener);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(sc);
        jsc.setJobGroup(group, "campaignsim: " + n + " replication tasks in one job", true);
        BlockingQueue<Back> queue = new LinkedBlockingQueue<>();
        boolean finished = false;
        try {
            ReplicationWork w = work;
            @SuppressWarnings("unchecked")
            Function1<Iterator<ReplicationTask>, CompareJob.Simulated> process =
                    (Function1<Iterator<ReplicationTask>, CompareJob.Simulated> & Serializable) it -> runOne(w, it.next());
            Function2<Object, CompareJob.Simulated, BoxedUnit> handler = (index, result) -> {
                queue.add(new Back((Integer) index, result));
                return BoxedUnit.UNIT;
            };
            Function0<BoxedUnit> nothing = () -> BoxedUnit.UNIT;
            List<Object> partitions = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                partitions.add(i);
            }
            SimpleFutureAction<BoxedUnit> job;
            try {
                job = sc.submitJob(jsc.parallelize(tasks, n).rdd(), process,
                        CollectionConverters.asScala(partitions).toSeq(), handler, nothing);
            } catch (Exception e) {
                throw translate(e);
            }
            int received = 0;
            while (received < n) {
                Back b = queue.poll(200, TimeUnit.MILLISECONDS);
                if (b != null) {
                    sink.accept(b.index, b.result);
                    received++;
                } else if (job.isCompleted() && queue.isEmpty()) {
                    try {
                        job.get(); // a failed job throws its cause here
                    } catch (Exception e) {
                        throw translate(e);
                    }
                    if (queue.isEmpty()) {
                        throw new IllegalStateException("the Spark job ended with " + received + " of " + n + " results");
                    }
                }
            }
            finished = true;
        } finally {
            if (!finished) {
                sc.cancelJobGroup(group); // a failed sink or an interrupt: the rest of the batch is not needed
            }
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
            }
            sc.removeSparkListener(listener);
            jsc.clearJobGroup();
        }
    }

    private record Back(int index, CompareJob.Simulated result) {}

    /** One replication on an executor; Scala functions cannot throw checked exceptions, so they travel wrapped. */
    private static CompareJob.Simulated runOne(ReplicationWork work, ReplicationTask task) {
        try {
            return work.run(task, 1, Nothing.RUNNABLE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * One Spark task per input, reduced with Spark's {@code treeReduce}: results are merged on the
     * executors in a tree of depth 2, and the driver merges the few partial results as they arrive,
     * holding one at a time, however many tasks there are. The merge is exact and commutative, so
     * neither the tree's shape nor the completion order matters.
     */
    @Override
    public <S extends java.io.Serializable, T extends java.io.Serializable, R extends java.io.Serializable> R fold(
            S shared, List<T> inputs, Task<S, T, R> work, Merge<R> merge, int threads,
            CompareJob.ProgressListener progress) throws InterruptedException {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("nothing to fold");
        }
        SparkContext sc = context();
        int total = inputs.size();
        AtomicInteger done = new AtomicInteger();
        SparkListener listener = new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.taskInfo().successful()) {
                    progress.done(Math.min(total, done.incrementAndGet()), total);
                }
            }
        };
        String group = "campaignsim-" + System.nanoTime();
        sc.addSparkListener(listener);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(sc);
        jsc.setJobGroup(group, "campaignsim: " + total + " customer ranges", true);
        org.apache.spark.broadcast.Broadcast<S> common = null;
        try {
            common = jsc.broadcast(shared); // once per executor, not once per task
            org.apache.spark.broadcast.Broadcast<S> b = common;
            Task<S, T, R> w = work;
            Merge<R> m = merge;
            // A tree of merges on the executors: the driver merges about sqrt(tasks) results, not one
            // per task (a year's tally costs tens of milliseconds to merge).
            return jsc.parallelize(inputs, total).map(input -> w.run(b.value(), input)).treeReduce(m::merge, 2);
        } catch (Exception e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("interrupted");
            }
            throw translate(e);
        } finally {
            if (Thread.interrupted()) {
                sc.cancelJobGroup(group);
                Thread.currentThread().interrupt();
            }
            sc.removeSparkListener(listener);
            jsc.clearJobGroup();
            if (common != null) {
                common.destroy();
            }
        }
    }

    @Override
    public synchronized void close() {
        if (context != null && !stopped) {
            stopped = true;
            context.stop();
        }
    }

    private synchronized SparkContext context() {
        if (context == null) {
            SparkConf conf = new SparkConf().setAppName("campaignsim");
            if (master != null) {
                conf.setMaster(master);
            } else if (!conf.contains("spark.master")) {
                throw new UserInputException("--engine spark needs a master: expected --master local[2], "
                        + "spark://HOST:PORT, yarn or k8s://URL, or a run under spark-submit --master");
            }
            if (conf.get("spark.master").startsWith("local") && !conf.contains("spark.ui.enabled")) {
                conf.set("spark.ui.enabled", "false"); // a CLI run on one machine needs no web UI on port 4040
            }
            try {
                context = SparkContext.getOrCreate(conf);
            } catch (Exception e) { // e.g. a master Spark cannot parse or connect to
                throw translate(e);
            }
            context.setLogLevel("WARN");
        }
        return context;
    }

    /** What a failed Spark job means to the user: their input (exit 2), or the cluster's fault (exit 1). */
    static RuntimeException translate(Exception e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof UserInputException u) {
                return u;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        return new ClusterFault("the Spark job failed: " + first + "; expected a healthy cluster: see the Spark driver "
                + "and executor logs, or run with --engine local", e);
    }

    /** Fails fast when the Spark on the class path is not the major.minor version this engine was built for. */
    private static void checkVersion() {
        String built = builtVersion();
        String running = org.apache.spark.package$.MODULE$.SPARK_VERSION();
        if (built != null && !majorMinor(built).equals(majorMinor(running))) {
            throw new UserInputException("--engine spark: this campaignsim was built for Spark " + built + " but runs on "
                    + "Spark " + running + "; expected a Spark " + majorMinor(built) + ".x cluster, or a jar rebuilt with "
                    + "mvn -Pspark -Dspark.version=" + running + " package");
        }
    }

    private static String builtVersion() {
        try (InputStream in = SparkEngine.class.getResourceAsStream("/campaignsim-spark.properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("spark.version");
        } catch (IOException e) {
            return null;
        }
    }

    static String majorMinor(String version) {
        String[] parts = version.split("[.-]");
        return parts.length >= 2 ? parts[0] + "." + parts[1] : version;
    }

    /** A serializable no-op for progress on the executors (the driver's listener reports progress). */
    private enum Nothing implements Runnable {
        RUNNABLE;

        @Override
        public void run() {}
    }
}
