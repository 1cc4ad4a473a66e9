/**
 * The CI gates behind `npm run eval:gates` (entry: `gates-main.ts`): runs the three evaluations on the shared datasets when they are present and
 * fails (exit 1) when a figure falls under its floor in `eval/thresholds.json`. Without the datasets
 * it says so and exits 0, so a fresh clone's CI still passes.
 * Datasets root: `$DOSSIER_DATASETS`, else `../shared/datasets` relative to the working directory.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { evalTimeMl } from './timeml-eval.js';
import { evalConll } from './conll-eval.js';
import { evalMeantime } from './meantime-eval.js';
import { markdownTable, pct } from './table.js';
import { evalWikiEvents, wikiEventsFigures } from './wikievents-eval.js';
import { evalWikiEventsNer, wikiEventsNerFigures } from './wikievents-ner.js';
import { businessNerFigures, evalBusinessNer } from './business-ner.js';
import { evalCasualties } from './casualty-eval.js';
import { GOLD_SPLITS, splitFile } from './gold.js';
import { evalEventDates } from './date-eval.js';
import { evalParticipants, participantsFigures } from './participants-eval.js';
import { typeConsistency } from './type-consistency.js';
import { judgedFigures } from './judged-events.js';
import { benchCorpusFailures, benchCorpusFigures, formatBenchFailures } from './bench-failures.js';
import { buildCorpus } from '../bench/corpus.js';

const ratio = (c: { stated: number; right: number }): number => (c.stated === 0 ? 0 : c.right / c.stated);

/**
 * Floors per mode: paths (relative to the datasets root, or to the working directory — the repository — when
 * `base` is `"repo"`, as for our own gold sets) and metric name → minimum value in [0, 1].
 */
export interface Thresholds {
  [mode: string]: { paths: string[]; floors: Record<string, number>; base?: 'datasets' | 'repo' };
}

/** The gated figures of each mode, by the names used in the thresholds file. */
export function gatedFigures(
  mode: string,
  paths: string[],
  keepErrors = false,
  datasetsRoot = join('..', 'shared', 'datasets'),
): Record<string, number> {
  switch (mode) {
    case 'conll': {
      const m = evalConll(paths[0]!, keepErrors).metrics;
      return {
        'micro.f1': m.micro.f1,
        'PER.f1': m.classes['PER']!.f1,
        'ORG.f1': m.classes['ORG']!.f1,
        'LOC.f1': m.classes['LOC']!.f1,
      };
    }
    case 'timeml': {
      const m = evalTimeMl(paths, keepErrors).metrics;
      return { 'strict.f1': m.strict.f1, 'relaxed.f1': m.relaxed.f1, 'type.f1': m.type.f1, 'value.f1': m.value.f1 };
    }
    case 'meantime': {
      const r = evalMeantime(paths, keepErrors);
      return {
        'names.micro.f1': r.entities.micro.f1,
        'names.head.micro.f1': r.entitiesHead.micro.f1,
        'timex.value.f1': r.timex.value.f1,
        'timex.valueAccuracy': r.timex.valueAccuracy,
        'events.triggerPrecision': r.events.triggerPrecision,
        'events.participantShare': r.events.participantShare,
        'events.entityParticipantShare': r.events.entityParticipantShare,
        'events.argumentShare': r.events.argumentShare,
        'events.dateExactShare': r.events.dateExactShare,
      };
    }
    case 'wikievents':
      return wikiEventsFigures(evalWikiEvents(paths[0]!, keepErrors));
    case 'wikievents-ner':
      return wikiEventsNerFigures(evalWikiEventsNer(paths[0]!, keepErrors));
    case 'business-ner': {
      // Further paths are further splits of our gold, gated apart ('split2.micro.f1' for the second path).
      const out = businessNerFigures(evalBusinessNer(paths[0]!));
      for (const [i, path] of paths.entries())
        if (i > 0)
          for (const [name, value] of Object.entries(businessNerFigures(evalBusinessNer(path))))
            out[`split${i + 1}.${name}`] = value;
      return out;
    }
    case 'casualties': {
      const f = evalCasualties(paths[0]!, datasetsRoot, keepErrors).figures;
      const out: Record<string, number> = {
        share: f.share,
        'killed.share': ratio(f.byKind.killed),
        'injured.share': ratio(f.byKind.injured),
      };
      // The held-out parts that exist in the folder, gated apart ('held-out.share', 'fresh.share',
      // 'fresh2.share', 'fresh3.share', 'fresh4.share'); the blind part is reported only (eval/gold/casualties/PROVENANCE.md).
      for (const split of ['held-out', 'fresh', 'fresh2', 'fresh3', 'fresh4'] as const)
        if (existsSync(join(paths[0]!, splitFile(split))))
          out[`${split}.share`] = evalCasualties(paths[0]!, datasetsRoot, keepErrors, split).figures.share;
      return out;
    }
    case 'event-dates': {
      const f = evalEventDates(paths[0]!, datasetsRoot, keepErrors).figures;
      const out: Record<string, number> = { share: f.share, found: f.items === 0 ? 0 : f.found / f.items };
      // The development parts beside dev that exist in the folder, gated apart ('fresh2.share' … 'fresh8.share':
      // general news; 'dates1.share': date phenomena; 'dates2.share': whole documents); the blind part is reported
      // only (eval/gold/event-dates/PROVENANCE.md).
      for (const split of GOLD_SPLITS.filter((x) => x !== 'dev' && x !== 'blind'))
        if (existsSync(join(paths[0]!, splitFile(split))))
          out[`${split}.share`] = evalEventDates(paths[0]!, datasetsRoot, keepErrors, split).figures.share;
      return out;
    }
    case 'participants':
      // Our participants gold (eval/gold/participants): 'timebank.fully', 'timebank.f1', 'written.fully', 'written.f1'.
      return participantsFigures(evalParticipants(paths[0]!, datasetsRoot));
    case 'judged-events':
      // Hand-judged samples of our own (eval/gold/judged-events): '<file>.real', '<file>.newsRow' per file.
      return judgedFigures(paths, datasetsRoot);
    case 'type-consistency':
      // The bench corpus (bundled articles, the datasets' documents, mixed articles); `paths` only say it can be built.
      return { share: typeConsistency([], undefined, datasetsRoot).share };
    case 'bench-corpus': {
      // The bench corpus of `npm run bench` (5 MB, as there); `paths` only say it can be built. 'clean.share':
      // articles without a failure / articles, gated at 1; each failure is named on stderr.
      const run = benchCorpusFailures(buildCorpus('data/articles', datasetsRoot, 5 * 1048576));
      for (const line of formatBenchFailures(run)) process.stderr.write(`eval gates: ${line}\n`);
      return benchCorpusFigures(run);
    }
    default:
      throw new Error(
        `eval gates: unknown mode "${mode}" in the thresholds file (known: conll, timeml, meantime, wikievents, wikievents-ner, business-ner, casualties, event-dates, participants, judged-events, type-consistency, bench-corpus)`,
      );
  }
}

/** One gated figure against its floor. */
export interface GateRow {
  mode: string;
  figure: string;
  value: number;
  floor: number;
  ok: boolean;
  seconds: number;
}

/** Compares figures with floors; a floor naming a figure the mode does not produce is a configuration error. */
export function checkFloors(
  mode: string,
  figures: Record<string, number>,
  floors: Record<string, number>,
  seconds = 0,
): GateRow[] {
  return Object.entries(floors).map(([figure, floor]) => {
    const value = figures[figure];
    if (value === undefined)
      throw new Error(`eval gates: ${mode} has no figure "${figure}" (known: ${Object.keys(figures).join(', ')})`);
    return { mode, figure, value, floor, ok: value >= floor, seconds };
  });
}

/** Outcome of the gates: the rows, notes on what was skipped, and the exit code (1 on a regression). */
export interface GateOutcome {
  rows: GateRow[];
  notes: string[];
  exitCode: number;
}

/** Runs every mode of `thresholds` whose datasets exist under `root`. */
export function runGates(root: string, thresholds: Thresholds): GateOutcome {
  // A gate run that checks nothing must not read as a pass: from a checkout whose `../shared/datasets` is
  // missing (a worktree elsewhere, a typo in DOSSIER_DATASETS) it used to print a note and exit 0, so changes
  // landed without their gates. CI calls the gates only when the datasets exist (`.ci/run`).
  if (!existsSync(root))
    return {
      rows: [],
      notes: [
        `no datasets at ${root}: nothing was checked. Set DOSSIER_DATASETS to the folder that holds conll2003/, meantime/, timebank/ and wikievents/`,
      ],
      exitCode: 2,
    };
  const rows: GateRow[] = [];
  const notes: string[] = [];
  for (const [mode, { paths, floors, base }] of Object.entries(thresholds)) {
    const abs = paths.map((p) => (base === 'repo' ? resolve(p) : join(root, p)));
    const missing = abs.filter((p) => !existsSync(p));
    if (missing.length > 0) {
      notes.push(`${mode} skipped: missing ${missing.join(', ')}`);
      continue;
    }
    const t0 = performance.now();
    const figures = gatedFigures(mode, abs, false, root);
    rows.push(...checkFloors(mode, figures, floors, (performance.now() - t0) / 1000));
  }
  return { rows, notes, exitCode: rows.some((r) => !r.ok) ? 1 : 0 };
}

/** The gate rows as a table. */
export function formatGates(rows: readonly GateRow[]): string {
  return markdownTable(
    ['mode', 'figure', 'today', 'floor', 'status', 'time'],
    rows.map((r) => [
      r.mode,
      r.figure,
      pct(r.value),
      pct(r.floor),
      r.ok ? 'ok' : 'REGRESSION',
      `${r.seconds.toFixed(1)} s`,
    ]),
  );
}
