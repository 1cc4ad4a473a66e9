/**
 * `npm run soak`: generates a large corpus (default 20,000 articles, some hostile), runs `dossier run`
 * on it as a child process while sampling its resident memory, then checks that no record was lost and
 * that `dossier validate` finds no problem. Prints a JSON report (and writes it with --report FILE).
 *
 *   npm run soak -- [--articles N] [--workers N] [--seed N] [--compare-workers N] [--keep] [--report FILE]
 *                   [--snapshots N1,N2] [--live] [--node-args "ARGS"]
 *
 * `--compare-workers 1` then runs `dossier run --workers 1` on the same corpus into a second folder and
 * compares the two outputs by `npm run digest` (records and tables; run ids left out): issue 16 asks a
 * 2-worker soak of 50,000 articles to equal a 1-worker run (`npm run soak -- --articles 50000 --workers 2
 * --compare-workers 1`).
 *
 * Memory: a probe (`probe.ts`) loaded into every thread of the run records its heap and the process's RSS
 * every 500 ms; the report's `memory` cuts them into phases (start-up, processing, after the workers stop)
 * and gives the slope of RSS and of each thread's heap over the last 80 % of the articles, in MiB per 10,000
 * articles (`memory.ts`): flat after warm-up means a slope near 0. `--snapshots 5000,15000` also writes a V8
 * heap snapshot of every thread once 5,000 and 15,000 records are written (kept with `--keep`), for
 * `node dist/dev/soak/heapdiff.js A B` to compare by constructor. `--live` runs a full garbage collection
 * before each sample (every 2 s), so heap figures are live data rather than live data plus garbage: for
 * finding a leak, not for timing. The report's `memory.nativeAfterWarmUp` and `nativeTimeline` split the RSS
 * by kind from `/proc/<pid>/smaps` (`smaps.ts`: malloc arenas, other anonymous memory, files), and
 * `memory.allThreadsAfterWarmUp` sums every thread's V8 (heap pages resident, V8's malloc, code), so growth
 * of the V8 heaps can be told from native growth. `--node-args "--interrupt-budget=67584"` passes node/V8
 * options to the run (space-separated) for A/B runs of V8 settings; environment variables such as
 * `MALLOC_ARENA_MAX` pass through as they are.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, SOAK_MAX_FILE_BYTES } from './generate.js';
import { digestOutput } from '../digest.js';
import { preloadProbe, type MemorySample } from './probe.js';
import { analyseMemory, memoryFromStatus, recordsAt, type NativeSample, type RecordCount } from './memory.js';
import { summariseSmaps } from './smaps.js';

const CLI = new URL('../../cli.js', import.meta.url).pathname;

/** Resident and peak memory of a process, in MiB, from /proc (Linux); null once it has ended. */
function memoryOf(pid: number): { rss: number; hwm: number } | null {
  try {
    return memoryFromStatus(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Peak of `values` over the first and the last `share` of the steady part of the series (the first
 * `warmUp` share is start-up: worker threads loading their models).
 */
function edges(values: number[], share = 0.2, warmUp = 0.1): { first: number; last: number } {
  const steady = values.slice(Math.floor(values.length * warmUp));
  const k = Math.max(1, Math.floor(steady.length * share));
  return { first: Math.max(...steady.slice(0, k)), last: Math.max(...steady.slice(-k)) };
}

/**
 * The process that runs the batch: `dossier run` on glibc starts itself again with malloc's trim threshold
 * set (src/cli/trim.ts) and the first process only relays, so the run is its child when it has one.
 */
function runProcess(pid: number): number {
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/);
    return children[0] ? Number(children[0]) : pid;
  } catch {
    return pid;
  }
}

/** CPU seconds (user + system, every thread) a process has used so far, from /proc (Linux); null once it has ended. */
function cpuOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are the 14th and 15th fields, in clock ticks (USER_HZ, 100 on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      articles: { type: 'string', default: '20000' },
      workers: { type: 'string', default: '0' },
      seed: { type: 'string', default: '7' },
      keep: { type: 'boolean', default: false },
      report: { type: 'string' },
      'compare-workers': { type: 'string' },
      snapshots: { type: 'string', default: '' },
      live: { type: 'boolean', default: false },
      'node-args': { type: 'string', default: '' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(
      'npm run soak -- [--articles N] [--workers N] [--seed N] [--compare-workers N] [--keep] [--report FILE] [--snapshots N1,N2] [--live] [--node-args "ARGS"]\n',
    );
    return;
  }
  const count = Number(values.articles);
  const root = mkdtempSync(path.join(os.tmpdir(), 'dossier-soak-'));
  const input = path.join(root, 'in');
  const output = path.join(root, 'out');
  process.stderr.write(`soak: generating ${count} articles in ${input}\n`);
  const t0 = Date.now();
  const expected = generateCorpus(input, count, Number(values.seed));
  const genMs = Date.now() - t0;
  const config = path.join(root, 'soak.config.json');
  writeFileSync(
    config,
    JSON.stringify({
      inputs: [input],
      output,
      workers: Number(values.workers),
      maxFileBytes: SOAK_MAX_FILE_BYTES,
      articleTimeoutMs: 30_000,
      log: { level: 'warn', file: path.join(root, 'soak.log') },
      progress: 'never',
    }),
  );

  process.stderr.write(`soak: running dossier on ${count} articles\n`);
  const started = Date.now();
  const snapshotAt = values.snapshots
    .split(',')
    .filter((x) => x !== '')
    .map(Number);
  const probeDir = path.join(root, 'probe');
  mkdirSync(probeDir);
  const nodeArgs = [
    '--require',
    preloadProbe(probeDir),
    ...(values.live ? ['--expose-gc'] : []),
    ...values['node-args'].split(' ').filter((a) => a !== ''),
  ];
  const child = spawn(process.execPath, [...nodeArgs, CLI, 'run', '-c', config], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      DOSSIER_PROBE_DIR: probeDir,
      ...(values.live ? { DOSSIER_PROBE_GC: '1', DOSSIER_PROBE_MS: '2000' } : {}),
    },
  });
  let stdout = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
  });
  const samples: Array<{ s: number; rssMiB: number; records: number }> = [];
  const counts: RecordCount[] = [];
  const recordsDir = path.join(output, 'records');
  const native: NativeSample[] = [];
  let lastCount = 0;
  let lastCountAt = 0;
  let lastSmapsAt = 0;
  let cpuSeconds = 0;
  // The process that runs the batch (the child's child when `dossier run` started itself again), and the
  // relaying parent's own figures when there is one: its resident memory and CPU count too.
  let runPid = child.pid!;
  let relayCpu = 0;
  let relayRss = 0;
  const sampler = setInterval(() => {
    if (runPid === child.pid) runPid = runProcess(child.pid);
    const mem = memoryOf(runPid);
    if (!mem) return;
    if (runPid !== child.pid) {
      relayCpu = cpuOf(child.pid!) ?? relayCpu;
      relayRss = Math.max(relayRss, memoryOf(child.pid!)?.rss ?? 0);
    }
    cpuSeconds = (cpuOf(runPid) ?? cpuSeconds - relayCpu) + relayCpu;
    const now = Date.now();
    // Counting records is a directory listing (about 30 ms at 50,000): every 2 s.
    if (now - lastCountAt >= 2_000 && existsSync(recordsDir)) {
      lastCount = readdirSync(recordsDir).length;
      lastCountAt = now;
      counts.push({ t: now, records: lastCount });
      for (const n of snapshotAt)
        if (lastCount >= n && !existsSync(path.join(probeDir, `snap-${n}`)))
          writeFileSync(path.join(probeDir, `snap-${n}`), '');
    }
    samples.push({ s: Math.round((now - started) / 100) / 10, rssMiB: Math.round(mem.rss), records: lastCount });
    // Where the RSS lives (malloc arenas or not: smaps.ts), every 4 s: reading smaps takes a few ms.
    if (now - lastSmapsAt >= 4_000) {
      lastSmapsAt = now;
      try {
        native.push({ t: now, ...summariseSmaps(readFileSync(`/proc/${runPid}/smaps`, 'utf8')) });
      } catch {
        // the run has ended
      }
    }
  }, 1000);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const runMs = Date.now() - started;

  const records = new Set(readdirSync(recordsDir).map((n) => n.replace(/\.json$/, '')));
  counts.push({ t: Date.now(), records: records.size });
  const allProbed: MemorySample[] = readdirSync(probeDir)
    .filter((n) => n.startsWith('mem-'))
    .flatMap((n) =>
      readFileSync(path.join(probeDir, n), 'utf8')
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as MemorySample),
    );
  // The run's own process is the one with worker threads (a relaying parent has none).
  const runPids = new Set(allProbed.filter((p) => p.thread !== 0).map((p) => p.pid));
  const probed = allProbed.filter((p) => runPids.has(p.pid));
  const memory = analyseMemory(probed, counts, records.size, 0.2, native);
  const runs = readdirSync(path.join(output, 'runs'));
  const manifest = JSON.parse(readFileSync(path.join(output, 'runs', runs[0]!), 'utf8')) as {
    counts: Record<string, number>;
    failures: Array<{ path: string; code: string }>;
  };
  const failureByPath = new Map(manifest.failures.map((f) => [f.path, f.code]));
  const lost = expected
    .filter((e) => e.articleId !== undefined && !records.has(e.articleId))
    .map((e) => `${e.relPath} (${failureByPath.get(e.relPath) ?? 'no record, no failure'})`);
  const wrongFailure = expected
    .filter((e) => e.failure !== undefined && failureByPath.get(e.relPath) !== e.failure)
    .map((e) => `${e.relPath}: expected ${e.failure}, got ${failureByPath.get(e.relPath) ?? 'none'}`);
  const validate = spawnSync(process.execPath, [CLI, 'validate', output], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  // The same corpus with another worker count must give the same records and tables.
  let compare: { workers: number; exitCode: number | null; digest: string; identical: boolean } | null = null;
  if (values['compare-workers'] !== undefined) {
    const other = path.join(root, 'out-compare');
    const workers = Number(values['compare-workers']);
    process.stderr.write(`soak: running dossier again with --workers ${workers} to compare\n`);
    const again = spawnSync(
      process.execPath,
      [CLI, 'run', '-c', config, '--output', other, '--workers', String(workers), '--log-level', 'warn'],
      { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' }, maxBuffer: 1 << 26 },
    );
    const a = digestOutput(output).all;
    const b = digestOutput(other).all;
    compare = { workers, exitCode: again.status, digest: b, identical: a === b };
  }
  const rss = samples.map((s) => s.rssMiB);
  const rssEdges = edges(rss);
  const report = {
    articles: count,
    hostile: expected.filter((e) => !/\/article-\d+\.txt$/.test(e.relPath)).length,
    expectedRecords: expected.filter((e) => e.articleId !== undefined).length,
    expectedFailures: expected.filter((e) => e.failure !== undefined).length,
    generateSeconds: genMs / 1000,
    runSeconds: runMs / 1000,
    // CPU seconds of the run (every thread; the last sample before it exited, so up to a second short):
    // what a loaded machine moves far less than the wall time, for comparing builds and settings.
    cpuSeconds,
    // `dossier run` started itself again (src/cli/trim.ts): the relaying parent's peak RSS (MiB) and CPU
    // seconds, included in cpuSeconds, not in the RSS figures below (those are the run's process).
    relay: runPid === child.pid ? null : { rssPeakMiB: Math.round(relayRss), cpuSeconds: relayCpu },
    articlesPerSecond: Math.round(count / (runMs / 1000)),
    exitCode: code,
    summary: stdout.trim(),
    manifestCounts: manifest.counts,
    records: records.size,
    lostRecords: lost.length,
    lost: lost.slice(0, 20),
    wrongFailures: wrongFailure.length,
    wrongFailureExamples: wrongFailure.slice(0, 20),
    validate: validate.stdout.trim(),
    validateExit: validate.status,
    rssMiB: {
      peak: Math.max(...rss),
      steadyPeakFirst20pct: rssEdges.first,
      steadyPeakLast20pct: rssEdges.last,
      samples: samples.length,
    },
    memory,
    // Resident memory by kind (MiB) at each smaps reading: seconds, records so far, then smaps.ts's kinds.
    nativeTimeline: native.map((n) => ({
      s: Math.round((n.t - started) / 100) / 10,
      records: Math.round(recordsAt(counts, n.t)),
      mainArena: Math.round(n.mainArena / 1024),
      threadArenas: Math.round(n.threadArenas / 1024),
      arenaHeaps: n.arenaHeaps,
      otherAnon: Math.round(n.otherAnon / 1024),
      file: Math.round(n.file / 1024),
      total: Math.round(n.total / 1024),
    })),
    rssTimeline: samples.filter((_, i) => i % Math.max(1, Math.floor(samples.length / 20)) === 0),
    digest: digestOutput(output).all,
    compare,
    folder: values.keep ? root : '(removed; pass --keep to keep it)',
  };
  const json = JSON.stringify(report, null, 2);
  process.stdout.write(`${json}\n`);
  if (values.report) writeFileSync(values.report, `${json}\n`);
  if (!values.keep) rmSync(root, { recursive: true, force: true });
  process.exitCode =
    lost.length === 0 && wrongFailure.length === 0 && validate.status === 0 && (compare?.identical ?? true) ? 0 : 1;
}

await main();
