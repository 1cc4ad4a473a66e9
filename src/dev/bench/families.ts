/**
 * What a stage's CPU time goes to, by rule family: a summary of a steady-state `.cpuprofile` of one stage
 * (`stage-prof.js --families`), so a rule author sees what a change adds to the stage, in milliseconds of CPU
 * per pass over the corpus. Two views:
 *
 * - **by file**: self time of the functions of each source file (`src/events/casualties.ts` is the toll
 *   phrases, `roles.ts` the argument finding, `dating.ts` the dates, …), inlined callees counted where V8
 *   inlined them;
 * - **by step**: inclusive time of the entry point of each step of the stage (every sample whose stack
 *   holds one of the step's functions counts once for the step), so a helper shared by several steps counts
 *   in each that calls it and steps may overlap.
 *
 * Sampling, not timing: the shares are exact only to a percent or so; compare builds by `stage-ab.js`.
 */

/** The parts of a V8 `.cpuprofile` read here. */
export interface CpuProfileLike {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** One step of a stage and the functions that make it. */
export interface Step {
  name: string;
  functions: readonly string[];
}

/** The events stage in the order `extractEvents` runs it (src/events/index.ts). */
export const EVENT_STEPS: readonly Step[] = [
  { name: 'article index', functions: ['buildArticleIndex'] },
  { name: 'triggers (candidates, light verbs)', functions: ['findCandidates'] },
  { name: 'tolls without an event (orphanTolls)', functions: ['orphanTolls'] },
  { name: 'arguments', functions: ['candidateArguments', 'eventArguments', 'participantList'] },
  { name: 'status', functions: ['candidateStatus'] },
  {
    name: 'dates',
    functions: ['narrativeTimes', 'chooseDate', 'reportDate', 'tenseDate', 'leadDate', 'repeatedOccurrence'],
  },
  { name: 'casualty counts', functions: ['assignTolls', 'candidateCasualties'] },
  { name: 'grouping mentions (mergeEvents)', functions: ['mergeEvents', 'retoldDates'] },
  { name: 'event ids', functions: ['eventId'] },
];

/** A row of the summary: microseconds of sampled time and the share of the profile. */
export interface FamilyRow {
  name: string;
  us: number;
  share: number;
}

/** Self time per source file under `under` (a path fragment such as `/events/`), largest first; the rest as "other". */
export function byFile(profile: CpuProfileLike, under: string): FamilyRow[] {
  const fileOf = new Map<number, string>();
  for (const n of profile.nodes) {
    const url = n.callFrame.url;
    const at = url.lastIndexOf(under);
    fileOf.set(
      n.id,
      at >= 0 ? url.slice(at + under.length) : n.callFrame.functionName === '(garbage collector)' ? '(gc)' : 'other',
    );
  }
  const sums = new Map<string, number>();
  let total = 0;
  forEachSample(profile, (id, us) => {
    const f = fileOf.get(id) ?? 'other';
    sums.set(f, (sums.get(f) ?? 0) + us);
    total += us;
  });
  return rows(sums, total);
}

/** Inclusive time of each step (in the order given), then the share of samples in no step. */
export function bySteps(profile: CpuProfileLike, steps: readonly Step[]): FamilyRow[] {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const stepOfFunction = new Map<string, number>();
  steps.forEach((s, i) => {
    for (const f of s.functions) stepOfFunction.set(f, i);
  });
  const nameOf = new Map(profile.nodes.map((n) => [n.id, n.callFrame.functionName]));
  // The set of steps on each node's stack, memoised per node (stacks share their prefixes).
  const stepsOf = new Map<number, readonly number[]>();
  const stackSteps = (id: number): readonly number[] => {
    let out = stepsOf.get(id);
    if (out !== undefined) return out;
    const up = parent.has(id) ? stackSteps(parent.get(id)!) : [];
    const own = stepOfFunction.get(nameOf.get(id) ?? '');
    out = own === undefined || up.includes(own) ? up : [...up, own];
    stepsOf.set(id, out);
    return out;
  };
  const us = new Array<number>(steps.length).fill(0);
  let none = 0;
  let total = 0;
  forEachSample(profile, (id, dt) => {
    total += dt;
    const on = stackSteps(id);
    if (on.length === 0) none += dt;
    for (const i of on) us[i]! += dt;
  });
  const out = steps.map((s, i) => ({ name: s.name, us: us[i]!, share: total > 0 ? us[i]! / total : 0 }));
  out.push({ name: '(in no step: assembly, glue, gc)', us: none, share: total > 0 ? none / total : 0 });
  return out;
}

/** The rows as a text table, with each share turned into CPU milliseconds of a pass of `passMs`. */
export function formatRows(title: string, rowsIn: readonly FamilyRow[], passMs: number): string {
  const lines = [`${title}`, `${'share'.padStart(7)} ${'ms/pass'.padStart(8)}  part`];
  for (const r of rowsIn)
    lines.push(`${(100 * r.share).toFixed(1).padStart(6)}% ${(r.share * passMs).toFixed(0).padStart(8)}  ${r.name}`);
  return lines.join('\n');
}

function rows(sums: Map<string, number>, total: number): FamilyRow[] {
  return [...sums].map(([name, us]) => ({ name, us, share: total > 0 ? us / total : 0 })).sort((a, b) => b.us - a.us);
}

/** Calls `f` with each sample's node id and the time it stands for (the next time delta). */
function forEachSample(profile: CpuProfileLike, f: (id: number, us: number) => void): void {
  for (let i = 0; i < profile.samples.length; i++) f(profile.samples[i]!, profile.timeDeltas[i + 1] ?? 0);
}
