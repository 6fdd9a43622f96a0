"""Per-task figures of a campaignsim run on Spark, from Spark's event log (docs/performance.md).

Run campaignsim with CAMPAIGNSIM_OPTS="-Dspark.eventLog.enabled=true -Dspark.eventLog.dir=file:/tmp/ev", then
    zstd -dc /tmp/ev/eventlog_v2_*/events_*.zstd > /tmp/ev.json && python3 bench/spark_tasks.py /tmp/ev.json
Overhead of a task = launch-to-finish time minus the executor's run time (scheduling on the executor,
deserializing the task, serializing its result)."""
import json, sys, statistics as st
tasks = []
app_start = app_end = None
jobs = []
for line in open(sys.argv[1]):
    e = json.loads(line)
    ev = e.get("Event")
    if ev == "SparkListenerApplicationStart":
        app_start = e["Timestamp"]
    elif ev == "SparkListenerApplicationEnd":
        app_end = e["Timestamp"]
    elif ev == "SparkListenerJobStart":
        jobs.append([e["Submission Time"], None])
    elif ev == "SparkListenerJobEnd":
        jobs[-1][1] = e["Completion Time"]
    elif ev == "SparkListenerTaskEnd":
        i, m = e["Task Info"], e["Task Metrics"]
        wall = i["Finish Time"] - i["Launch Time"]
        run = m["Executor Run Time"]
        tasks.append(dict(wall=wall, run=run, cpu=m["Executor CPU Time"] / 1e6, deser=m["Executor Deserialize Time"],
                          ser=m["Result Serialization Time"], gc=m["JVM GC Time"], over=wall - run,
                          result=m.get("Result Size", 0)))
def med(k): return st.median(t[k] for t in tasks)
def tot(k): return sum(t[k] for t in tasks)
print(f"tasks {len(tasks)}, jobs {len(jobs)}")
print(f"per task median: wall {med('wall'):.0f} ms, executor run {med('run'):.0f} ms, executor cpu {med('cpu'):.0f} ms, "
      f"overhead (wall - run) {med('over'):.0f} ms, deserialize {med('deser'):.0f} ms, result serialize {med('ser'):.0f} ms, "
      f"gc {med('gc'):.0f} ms, result {med('result')/1024:.1f} KiB")
print(f"sum over tasks: run {tot('run')/1000:.1f} s, cpu {tot('cpu')/1000:.1f} s, overhead {tot('over')/1000:.2f} s")
if jobs and app_start:
    print(f"application start to first job {(jobs[0][0]-app_start)/1000:.1f} s; jobs wall " +
          ", ".join(f"{(b-a)/1000:.1f} s" for a, b in jobs if b))
