/**
 * V8's tiering budget for a run whose worker threads fill the machine.
 *
 * Every worker thread is an isolate of its own: it compiles the whole pipeline again, and V8's optimising
 * compiler (TurboFan, on the platform threads) costs each isolate about 3 CPU seconds on the 2,301-article
 * bench corpus, much of it compiling the same large stage functions several times over after they were
 * optimised on too little type feedback and deoptimised ("insufficient type feedback", "wrong map"). That
 * was most of what a second worker added: `--workers 2` spent about 5.5 CPU s more than `--workers 1` on the
 * same articles, 3 s of it on the platform threads (`node dist/dev/bench/threads.js`, docs/benchmarks.md).
 *
 * The interrupt budget is how much bytecode a function runs before V8 considers optimising it. A larger
 * one lets each function collect feedback for longer: fewer functions reach TurboFan, and those that do
 * are compiled fewer times. The worker threads run longer in the baseline tiers (about +10 % of their CPU
 * on the bench corpus at eight times the default), the platform threads far less (about -60 %). When the
 * workers fill every core the run is bound by its total CPU, which the larger budget cuts.
 *
 * A core left beside the workers is not idle either: the main thread (reading, hashing, table rows, writes)
 * and the platform threads share it, and at one worker on two cores the run kept 1.6 cores busy; its worker
 * thread slept only ~2 s of its life and spent the rest of its wall time beyond its CPU runnable, waiting for
 * a core (`threads.js --sched`, docs/benchmarks.md). So a run with fewer workers than cores raises the budget
 * too, by less ({@link INTERRUPT_BUDGET_SPARE}): four times the default halved the platform threads' CPU and
 * cut the whole process's by 16 % with the worker thread's own CPU unchanged.
 * Output does not depend on it: tiering never changes what code computes.
 *
 * The same goes for how far V8 lets a heap grow (see {@link HEAP_GROWING_PERCENT}): set for the process
 * before the first worker thread starts, it changes when garbage is collected, never what code computes.
 */
import os from 'node:os';
import v8 from 'node:v8';

/** Bytecode a function runs before V8 considers optimising it: eight times V8 11's default (67,584). */
export const INTERRUPT_BUDGET = 8 * 67_584;

/**
 * The interrupt budget when a core is left beside the workers: four times V8 11's default. One worker on two
 * cores, three alternated whole runs of the bench corpus each (`threads.js`): the process 22.25 / 22.45 /
 * 23.69 → 19.26 / 18.49 / 19.93 CPU s (median ratio 0.84), V8's platform threads 7.9–8.5 → 4.2–4.6, the
 * worker thread 10.0–10.7 → 9.9–10.7 (ratios 1.05, 0.97, 1.00). At eight times the worker thread was up to
 * 11 % slower for no further saving; where a spare core is truly idle the worker's own time is what counts.
 */
export const INTERRUPT_BUDGET_SPARE = 4 * 67_584;

/**
 * Bytecode TurboFan inlines into one optimised function, all callees together: half V8 11's default (920).
 *
 * The cost of an optimising compilation grows with the graph it builds, and inlining is what makes the
 * graphs of the large stage functions large (`extractEvents`, `sentenceTolls`, `refineSpans` and `parseAt`
 * each inline dozens of helpers); each isolate compiles them again, several times after deoptimising. With
 * the larger interrupt budget, code that reaches TurboFan has run long enough for its feedback to be
 * settled, and a smaller graph costs less to compile without making the worker threads slower: whole runs of
 * the 2,301-article bench corpus at `--workers 2` on 2 cores, alternated with the default, spent 4.6 % less
 * CPU (23.17 against 24.29 CPU s, four rounds; the platform threads and the workers both less;
 * docs/benchmarks.md, "Where the whole command's CPU goes, session 12"). At `--workers 1` it saved nothing measurable, so, like
 * the interrupt budget, it is set only when the workers fill every core.
 */
export const INLINE_CUMULATIVE = 460;

/**
 * The V8 flags a run sets for its worker threads: when `workers` fill the `cores`, the larger interrupt
 * budget and the smaller inlining budget; with a core to spare, {@link INTERRUPT_BUDGET_SPARE} only. Each
 * unless the user chose that flag already (in `execArgv` or in NODE_OPTIONS).
 */
export function workerTieringFlags(
  workers: number,
  cores: number,
  execArgv: readonly string[],
  nodeOptions: string | undefined,
): string[] {
  const chosen = (flag: string) => [...execArgv, nodeOptions ?? ''].some((a) => a.includes(flag));
  if (workers < cores) return chosen('--interrupt-budget') ? [] : [`--interrupt-budget=${INTERRUPT_BUDGET_SPARE}`];
  return [
    ...(chosen('--interrupt-budget') ? [] : [`--interrupt-budget=${INTERRUPT_BUDGET}`]),
    ...(chosen('--max-inlined-bytecode-size-cumulative')
      ? []
      : [`--max-inlined-bytecode-size-cumulative=${INLINE_CUMULATIVE}`]),
  ];
}

/**
 * How far, in per cent of the data alive after a full garbage collection, a V8 heap may grow before the next
 * one: 50 lets it reach 1.5 times its live data.
 *
 * Left to itself, V8 picks the factor from how fast it collects against how fast the program allocates, up
 * to 4 on a machine with more than 16 GB; a worker thread, which allocates a few megabytes of short-lived
 * data per article and keeps about 65 MiB alive, then grows its heap to about 4 times that (250-290 MiB)
 * before collecting, so each isolate's resident memory climbs for thousands of articles and falls back
 * in a sawtooth whose phase, not any leak, made soak runs look as if they grew (`npm run soak` with
 * `--node-args=--trace-gc`: the live size after each full collection stays flat; docs/reliability.md). The
 * factor is also what made the RSS depend on the interrupt budget: the budget changes how fast the code
 * allocates, hence the factor V8 picks. Fixed at 1.5, a run's peak RSS is set by its live data: about 300 MB
 * lower at two workers, for a few per cent more collection work on V8's platform threads.
 */
export const HEAP_GROWING_PERCENT = 50;

/**
 * Compaction on every full garbage collection, so that a heap's resident pages follow its live data.
 *
 * V8 moves objects out of a page (compacts it) only when the page is mostly empty, and then only a few
 * megabytes per collection; a page a third or half full keeps all its memory. Over a long run more and more
 * pages are left like that, so each isolate's resident old space climbed while its data stayed flat: in a
 * 25,000-article soak at two workers the old space's pages resident grew +11.4 MiB per 10,000 articles, its
 * bytes in use +1.1, about a third in each thread (the soak's `memory.spacesAfterWarmUp`). Compacting at
 * every full collection (which {@link HEAP_GROWING_PERCENT} makes frequent, so each moves little) brought
 * that to +3.6 with bytes in use +3.4, and the RSS slope from +17.5/+26.7 to +10.4, for about 2 % more CPU,
 * most of it on V8's platform threads, which compact in parallel (docs/reliability.md).
 *
 * Set only from {@link COMPACT_MIN_WORKERS} workers on: a one-worker run has one worker heap, not two
 * growing side by side, and there the flag cost about 5 % of wall and CPU time without lowering the peak
 * (alternated whole runs of the bench corpus, docs/benchmarks.md).
 */
export const COMPACT_FLAG = '--compact-on-every-full-gc';

/** The fewest worker threads for which a run compacts at every full collection ({@link COMPACT_FLAG}). */
export const COMPACT_MIN_WORKERS = 2;

/**
 * The V8 flags that bound heap growth for a run with `workers` worker threads: {@link HEAP_GROWING_PERCENT},
 * unless the user chose a factor already (`--heap-growing-percent` in `execArgv` or in NODE_OPTIONS), and
 * with {@link COMPACT_MIN_WORKERS} or more workers {@link COMPACT_FLAG}, unless the user chose either way
 * (`--[no-]compact-on-every-full-gc`).
 */
export function workerHeapFlags(
  workers: number,
  execArgv: readonly string[],
  nodeOptions: string | undefined,
): string[] {
  const given = [...execArgv, nodeOptions ?? ''];
  const chosen = (name: string): boolean => given.some((a) => a.includes(name));
  return [
    ...(chosen('--heap-growing-percent') ? [] : [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`]),
    ...(workers < COMPACT_MIN_WORKERS || chosen('compact-on-every-full-gc') ? [] : [COMPACT_FLAG]),
  ];
}

let applied = false;

/**
 * Sets {@link workerTieringFlags} and {@link workerHeapFlags} for the process, once. V8's flags are per
 * process: the main thread's code tiers up and its heap grows the same way from then on. Called before the
 * first worker thread starts, so its isolate starts with them.
 */
export function applyWorkerTiering(workers: number): void {
  if (applied) return;
  applied = true;
  const nodeOptions = process.env['NODE_OPTIONS'];
  const flags = [
    ...workerTieringFlags(workers, os.availableParallelism(), process.execArgv, nodeOptions),
    ...workerHeapFlags(workers, process.execArgv, nodeOptions),
  ];
  for (const flag of flags) v8.setFlagsFromString(flag);
}
