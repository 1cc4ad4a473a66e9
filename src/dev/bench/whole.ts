/**
 * Whole-command phases of `npm run bench`: the command users run, timed from outside as whole processes on
 * the same folder, against the wink floor as a whole process too (start-up, model load, reading the files,
 * one `readDoc` pass: `floor.js --whole`):
 *   (f) wink floor, (w1) `dossier run --workers 1 --force`, (wN) `dossier run --workers N --force`.
 * The three run interleaved, in an order that turns round each round (f w1 wN, wN w1 f, …), so drift of a
 * shared machine falls on all alike; the round with the median w1/f ratio is reported, with every round's.
 * For each dossier run the manifest gives the phases outside the stages: start-up (process start to run
 * start, and run end to exit), discover (time the run waited for the listing), tables, `write` (wall
 * time with a record write under way; the main thread writes the records the workers serialise) and
 * `write-wait` (wall time with a write under way while no worker had a task: what the writes cost the run).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface WholeRun {
  wallMs: number;
  cpuMs: number;
  maxRssMb: number;
  docs: number;
  /** Share of wall time per phase: the article stages (summed over workers, divided by workers) and the rest. */
  phases: Record<string, number>;
}

export interface WholeRound {
  floor: WholeRun;
  w1: WholeRun;
  wN: WholeRun;
  /** Throughput of w1 over the floor's (same documents): floor wall / w1 wall. */
  w1VsFloor: number;
  /** wN throughput over w1's: w1 wall / wN wall. */
  wNVsW1: number;
}

function timed(args: string[], rssFile: string): { wallMs: number; cpuMs: number; maxRssMb: number; stdout: string } {
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const t0 = performance.now();
  const r = timeBin
    ? spawnSync(timeBin, ['-f', '%M %U %S', '-o', rssFile, process.execPath, ...args], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      })
    : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallMs = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`bench: ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  const [rssKb, user, sys] =
    timeBin && existsSync(rssFile)
      ? readFileSync(rssFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number)
      : [NaN, NaN, NaN];
  return { wallMs, cpuMs: (user! + sys!) * 1000, maxRssMb: rssKb! / 1024, stdout: r.stdout };
}

export function runDossier(
  cli: string,
  corpus: string | string[],
  out: string,
  workers: number,
  { fresh = true, force = true }: { fresh?: boolean; force?: boolean } = {},
): WholeRun {
  if (fresh) rmSync(out, { recursive: true, force: true });
  const inputs = (Array.isArray(corpus) ? corpus : [corpus]).flatMap((c) => ['--input', c]);
  const t = timed(
    [
      cli,
      'run',
      ...inputs,
      '--output',
      out,
      '--workers',
      String(workers),
      ...(force ? ['--force'] : []),
      '--progress',
      'never',
    ],
    `${out}.time`,
  );
  const runs = join(out, 'runs');
  const file = readdirSync(runs)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .at(-1)!;
  const m = JSON.parse(readFileSync(join(runs, file), 'utf8')) as {
    startedAt: string;
    endedAt: string;
    counts: { processed: number; failed: number };
    stageMs: Record<string, number>;
  };
  const runMs = Date.parse(m.endedAt) - Date.parse(m.startedAt);
  const phases: Record<string, number> = {};
  // Main-thread phases, as wall time: discover, the tables built after the workers stop and `write-wait` (a
  // write in flight while no worker had a task) are time the run waited; `write` (a write in flight at all)
  // and `tables-rows` (rows derived while the workers run) overlap the stages.
  const outside = new Set(['discover', 'write', 'write-wait', 'tables', 'tables-rows']);
  let stageSum = 0;
  for (const [stage, ms] of Object.entries(m.stageMs)) {
    if (outside.has(stage)) phases[stage] = ms / t.wallMs;
    else {
      // Worker-side times are summed over the workers: per wall second, divide by the workers.
      phases[stage] = ms / workers / t.wallMs;
      stageSum += ms / workers;
    }
  }
  phases['start-up and exit'] = Math.max(0, t.wallMs - runMs) / t.wallMs;
  phases['other (dispatch, waiting)'] = Math.max(
    0,
    (runMs - stageSum - (m.stageMs['discover'] ?? 0) - (m.stageMs['tables'] ?? 0) - (m.stageMs['write-wait'] ?? 0)) /
      t.wallMs,
  );
  return {
    wallMs: t.wallMs,
    cpuMs: t.cpuMs,
    maxRssMb: t.maxRssMb,
    docs: m.counts.processed + m.counts.failed,
    phases,
  };
}

function runFloor(floorScript: string, corpus: string, tmp: string): WholeRun {
  const t = timed([floorScript, corpus, '--whole'], join(tmp, 'floor.time'));
  const r = JSON.parse(t.stdout.trim().split('\n').at(-1)!) as { docs: number };
  return { wallMs: t.wallMs, cpuMs: t.cpuMs, maxRssMb: t.maxRssMb, docs: r.docs, phases: {} };
}

/** Adding a few new articles to a full output against adding them to an empty one (issue 16: ≤ 2×). */
export interface AddRound {
  empty: WholeRun;
  full: WholeRun;
  /** full wall / empty wall, and the same for CPU seconds. */
  wallRatio: number;
  cpuRatio: number;
}

/**
 * Runs `rounds` interleaved pairs of `dossier run --workers 1` adding `count` new articles (corpus files
 * with a sentence appended, so their content is new) to a copy of `fullOutput` (the output of a run over
 * `corpus`: every other file is listed and skipped as unchanged, the tables are updated) and to an empty
 * output. Both are whole processes: start-up, listing, index and tables included.
 */
export function addArticles(opts: {
  cli: string;
  corpus: string;
  fullOutput: string;
  tmp: string;
  count: number;
  rounds: number;
  log: (line: string) => void;
}): { rounds: AddRound[]; median: AddRound } {
  const addDir = join(opts.tmp, `add-${opts.count}`);
  rmSync(addDir, { recursive: true, force: true });
  mkdirSync(addDir, { recursive: true });
  const files = listTxt(opts.corpus).slice(0, opts.count);
  files.forEach((f, i) =>
    writeFileSync(join(addDir, `new-${i}.txt`), `${readFileSync(f, 'utf8')}\nThe report was updated on Monday.\n`),
  );
  const rounds: AddRound[] = [];
  for (let r = 0; r < opts.rounds; r++) {
    const full = join(opts.tmp, 'out-add-full');
    const empty = join(opts.tmp, 'out-add-empty');
    rmSync(full, { recursive: true, force: true });
    cpSync(opts.fullOutput, full, { recursive: true });
    rmSync(empty, { recursive: true, force: true });
    const got: Partial<Record<'empty' | 'full', WholeRun>> = {};
    for (const which of r % 2 === 0 ? (['empty', 'full'] as const) : (['full', 'empty'] as const)) {
      opts.log(
        `bench: add ${opts.count} articles, round ${r + 1}/${opts.rounds}: to ${which === 'full' ? 'the full' : 'an empty'} output…`,
      );
      got[which] =
        which === 'full'
          ? runDossier(opts.cli, [opts.corpus, addDir], full, 1, { fresh: false, force: false })
          : runDossier(opts.cli, addDir, empty, 1, { force: false });
    }
    const e = got.empty!;
    const f = got.full!;
    rounds.push({ empty: e, full: f, wallRatio: f.wallMs / e.wallMs, cpuRatio: f.cpuMs / e.cpuMs });
  }
  const median = [...rounds].sort((x, y) => x.wallRatio - y.wallRatio)[(rounds.length - 1) >> 1]!;
  return { rounds, median };
}

function listTxt(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => join(e.parentPath ?? e.path, e.name))
    .sort();
}

/** Markdown for the add-articles rounds. */
export function formatAdd(a: { rounds: AddRound[]; median: AddRound }, count: number, fullDocs: number): string {
  const s = (ms: number) => (ms / 1000).toFixed(2);
  const m = a.median;
  return [
    `adding ${count} new articles, dossier run --workers 1 as a whole process (median round of ${a.rounds.length} by wall ratio):`,
    '',
    '| run | wall s | CPU s |',
    '|---|---|---|',
    `| add ${count} to an empty output | ${s(m.empty.wallMs)} | ${s(m.empty.cpuMs)} |`,
    `| add ${count} to the full output (${fullDocs} articles) | ${s(m.full.wallMs)} | ${s(m.full.cpuMs)} |`,
    '',
    `ratio full/empty = ${m.wallRatio.toFixed(2)} wall, ${m.cpuRatio.toFixed(2)} CPU (target ≤ 2)`,
    `per round, wall / CPU: ${a.rounds.map((r) => `${r.wallRatio.toFixed(2)} / ${r.cpuRatio.toFixed(2)}`).join(', ')}`,
  ].join('\n');
}

/**
 * The number of whole-command rounds asked for: `--whole-rounds N` (default 3), 0 with `--no-whole`. Zero
 * rounds skip the whole-command phases (there is no median round to report); anything but a whole number
 * ≥ 0 is refused with its value.
 */
export function wholeRoundCount(value: string | undefined, noWhole: boolean): number {
  if (noWhole) return 0;
  const n = Number(value ?? 3);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`bench: --whole-rounds must be a whole number ≥ 0 (0 skips the whole command), got ${value}`);
  return n;
}

/** Runs `rounds` (≥ 1) interleaved rounds of (f), (w1), (wN) on `corpus`. */
export function wholeCommand(opts: {
  cli: string;
  floorScript: string;
  corpus: string;
  tmp: string;
  workers: number;
  rounds: number;
  log: (line: string) => void;
}): { rounds: WholeRound[]; median: WholeRound } {
  // With no round there is no median round, and every reader of the result would fail on it.
  if (!Number.isInteger(opts.rounds) || opts.rounds < 1)
    throw new Error(`bench: the whole command needs at least one round, got ${opts.rounds}`);
  const rounds: WholeRound[] = [];
  for (let r = 0; r < opts.rounds; r++) {
    const order = r % 2 === 0 ? ['f', 'w1', 'wN'] : ['wN', 'w1', 'f'];
    const got: Record<string, WholeRun> = {};
    for (const which of order) {
      opts.log(`bench: whole command, round ${r + 1}/${opts.rounds}: ${which}…`);
      got[which] =
        which === 'f'
          ? runFloor(opts.floorScript, opts.corpus, opts.tmp)
          : runDossier(opts.cli, opts.corpus, join(opts.tmp, `out-${which}`), which === 'w1' ? 1 : opts.workers);
    }
    const floor = got['f']!;
    const w1 = got['w1']!;
    const wN = got['wN']!;
    rounds.push({ floor, w1, wN, w1VsFloor: floor.wallMs / w1.wallMs, wNVsW1: w1.wallMs / wN.wallMs });
  }
  const median = [...rounds].sort((x, y) => x.w1VsFloor - y.w1VsFloor)[(rounds.length - 1) >> 1]!;
  return { rounds, median };
}

/** Markdown for the whole-command phases. */
export function formatWhole(w: { rounds: WholeRound[]; median: WholeRound }, workers: number): string {
  const m = w.median;
  const s = (ms: number) => (ms / 1000).toFixed(2);
  const pct = (x: number | undefined) => (x === undefined ? '' : `${(100 * x).toFixed(1)}%`);
  const lines = [
    `whole command, as whole processes on the same folder (median round of ${w.rounds.length} by w1/f):`,
    '',
    '| run | articles | wall s | CPU s | peak RSS MB |',
    '|---|---|---|---|---|',
    `| (f) wink floor, whole process | ${m.floor.docs} | ${s(m.floor.wallMs)} | ${s(m.floor.cpuMs)} | ${Math.round(m.floor.maxRssMb)} |`,
    `| (w1) dossier run --workers 1 | ${m.w1.docs} | ${s(m.w1.wallMs)} | ${s(m.w1.cpuMs)} | ${Math.round(m.w1.maxRssMb)} |`,
    `| (wN) dossier run --workers ${workers} | ${m.wN.docs} | ${s(m.wN.wallMs)} | ${s(m.wN.cpuMs)} | ${Math.round(m.wN.maxRssMb)} |`,
    '',
    `ratio w1/f = ${m.w1VsFloor.toFixed(2)} (target ≥ 0.40)   ratio wN/w1 = ${m.wNVsW1.toFixed(2)} (target ≥ 1.7 on 2 cores)`,
    `per round, w1/f and wN/w1: ${w.rounds.map((r) => `${r.w1VsFloor.toFixed(2)} / ${r.wNVsW1.toFixed(2)}`).join(', ')}`,
    '',
  ];
  const phases = [...new Set([...Object.keys(m.w1.phases), ...Object.keys(m.wN.phases)])];
  lines.push('| share of wall time | w1 | wN |', '|---|---|---|');
  for (const p of phases) lines.push(`| ${p} | ${pct(m.w1.phases[p])} | ${pct(m.wN.phases[p])} |`);
  lines.push('', 'issue 16 non-stage phases (each ≤ 10% of wall time; w1 / wN):');
  for (const [label, share] of Object.entries(nonStagePhases(m.w1)))
    lines.push(
      `- ${label}: ${pct(share)} / ${pct(nonStagePhases(m.wN)[label])}${share <= 0.1 && nonStagePhases(m.wN)[label]! <= 0.1 ? ' (met)' : ' (missed)'}`,
    );
  return lines.join('\n');
}

/**
 * The phases issue 16 holds to ≤ 10% of wall time: discover, write, tables (built after the workers stop)
 * and start-up (process start and exit, plus the worker threads' own start-up: model, gazetteers, warm-up).
 * Each is the share of wall time the run waited for it. For the writes that is `write-wait` (a record write
 * in flight while no worker had a task): the main thread writes while the workers go on, so the time a write
 * is merely in flight (`write` in the table above) overlaps the stages and costs the run no wall time of its own.
 */
export function nonStagePhases(run: WholeRun): Record<string, number> {
  const p = run.phases;
  return {
    discover: p['discover'] ?? 0,
    'write (run waited)': p['write-wait'] ?? p['write'] ?? 0,
    tables: p['tables'] ?? 0,
    'start-up (process and workers)': (p['start-up and exit'] ?? 0) + (p['worker-start'] ?? 0),
  };
}
