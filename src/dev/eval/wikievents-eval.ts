/**
 * `dossier eval wikievents FILE`: runs the real pipeline on every WikiEvents document (text rebuilt from
 * its sentences; WikiEvents has no publication dates, so none is imposed) and scores core-class event
 * mentions (trigger overlap + class), their attacker/target/victim/place arguments by head match, and
 * counts distinct events. Definitions: eval/README.md.
 */
import { readFileSync } from 'node:fs';
import { EvalRunner } from './pipeline-run.js';
import { runnerThroughput, type Throughput } from './timeml-eval.js';
import { markdownTable, pct, prfCells, PRF_HEADER } from './table.js';
import type { EvalError } from './timex-score.js';
import { CORE_CLASSES, DossierClassifier, SCORED_ROLES } from './event-classes.js';
import { parseWikiEvents } from './wikievents.js';
import {
  emptyEventCounts,
  eventMetrics,
  hasMentionList,
  predictedEvents,
  scoreEventDoc,
  type EventMetrics,
} from './event-score.js';

/** The report of one WikiEvents evaluation. */
export interface WikiEventsReport {
  mode: 'wikievents';
  file: string;
  documents: number;
  failures: Array<{ doc: string; reason: string }>;
  metrics: EventMetrics;
  /** The same scoring with the arguments a record marks `inherited` counted as the mention's own (for information). */
  withInherited: EventMetrics;
  /** Gold mentions by KAIROS type that fall outside the core (for information). */
  goldOutsideCore: number;
  /** How many predicted core events carried `mentions` (grouped shape) vs. a trigger only. */
  mentionSource: { mentions: number; triggerOnly: number };
  errors: EvalError[];
  throughput: Throughput;
}

/** Evaluates a WikiEvents JSON-lines file. */
export function evalWikiEvents(
  file: string,
  keepErrors = false,
  classifier = DossierClassifier.fromRepository(),
): WikiEventsReport {
  const docs = parseWikiEvents(readFileSync(file, 'utf8'));
  if (docs.length === 0) throw new Error(`eval wikievents: no documents in ${file}`);
  const runner = new EvalRunner();
  const counts = emptyEventCounts();
  const countsWithInherited = emptyEventCounts();
  const errors: EvalError[] = [];
  const mentionSource = { mentions: 0, triggerOnly: 0 };
  let outside = 0;
  for (const doc of docs) {
    outside += doc.mentions.filter((m) => m.cls === null).length;
    const aligned = runner.run(doc.id, doc.text, null);
    const pred = aligned ? predictedEvents(aligned.record, aligned.shift, classifier) : [];
    if (aligned)
      for (const e of aligned.record.events)
        if (classifier.classOf(e.type)) mentionSource[hasMentionList(e) ? 'mentions' : 'triggerOnly']++;
    scoreEventDoc(doc.id, doc.text, doc.mentions, pred, counts, keepErrors ? errors : undefined);
    const lent = aligned ? predictedEvents(aligned.record, aligned.shift, classifier, true) : [];
    scoreEventDoc(doc.id, doc.text, doc.mentions, lent, countsWithInherited);
  }
  return {
    mode: 'wikievents',
    file,
    documents: docs.length,
    failures: runner.failures,
    metrics: eventMetrics(counts),
    withInherited: eventMetrics(countsWithInherited),
    goldOutsideCore: outside,
    mentionSource,
    errors,
    throughput: runnerThroughput(runner),
  };
}

/** The gated figures (names used in eval/thresholds.json). */
export function wikiEventsFigures(r: WikiEventsReport): Record<string, number> {
  const m = r.metrics;
  const out: Record<string, number> = {
    'core.precision': m.micro.precision,
    'core.recall': m.micro.recall,
    'core.f1': m.micro.f1,
    'identification.f1': m.identification.f1,
    'args.f1': m.args.f1,
  };
  for (const c of CORE_CLASSES) out[`${c}.f1`] = m.classes[c].f1;
  for (const role of SCORED_ROLES) out[`args.${role}.f1`] = m.roles[role].f1;
  return out;
}

/** The tables of a report. */
export function formatWikiEvents(r: WikiEventsReport): string {
  const m = r.metrics;
  const classRows = CORE_CLASSES.map((c) => [c, ...prfCells(m.classes[c])]);
  classRows.push(['core (micro)', ...prfCells(m.micro)]);
  classRows.push(['identification', ...prfCells(m.identification)]);
  const roleRows = SCORED_ROLES.map((role) => [role, ...prfCells(m.roles[role])]);
  roleRows.push(['all four', ...prfCells(m.args)]);
  const evRows = CORE_CLASSES.map((c) => {
    const e = m.events[c];
    return [
      c,
      String(e.events),
      String(e.mentions),
      e.events === 0 ? '-' : (e.mentions / e.events).toFixed(2),
      String(e.eventsMatched),
      e.events === 0 ? '-' : pct(e.eventsMatched / e.events),
      String(m.classes[c].tp + m.classes[c].fn),
      `${e.retellingFalseAlarms} / ${m.classes[c].fp}`,
    ];
  });
  const evs = CORE_CLASSES.reduce((n, c) => n + m.events[c].events, 0);
  const evMatched = CORE_CLASSES.reduce((n, c) => n + m.events[c].eventsMatched, 0);
  const evMentions = CORE_CLASSES.reduce((n, c) => n + m.events[c].mentions, 0);
  evRows.push([
    'core',
    String(evs),
    String(evMentions),
    evs === 0 ? '-' : (evMentions / evs).toFixed(2),
    String(evMatched),
    evs === 0 ? '-' : pct(evMatched / evs),
    String(m.micro.tp + m.micro.fn),
    `${CORE_CLASSES.reduce((n, c) => n + m.events[c].retellingFalseAlarms, 0)} / ${m.micro.tp + m.micro.fn === 0 ? 0 : CORE_CLASSES.reduce((n, c) => n + m.classes[c].fp, 0)}`,
  ]);
  const fp = CORE_CLASSES.reduce((n, c) => n + m.classes[c].fp, 0);
  const retold = CORE_CLASSES.reduce((n, c) => n + m.events[c].retellingFalseAlarms, 0);
  const tp = CORE_CLASSES.reduce((n, c) => n + m.classes[c].tp, 0);
  const t = r.throughput;
  const lines = [
    `WikiEvents ${r.file}: core event mentions, trigger overlap + class (KAIROS → dossier mapping in eval/README.md)`,
    markdownTable(['class', ...PRF_HEADER], classRows),
    'Arguments of core mentions, head match (role must agree; arguments of unmatched mentions are errors; ' +
      "arguments the record marks inherited from the event's cause are not the mention's own and are left out):",
    markdownTable(['role', ...PRF_HEADER], roleRows),
    `Counting inherited arguments as the mention's own: place F1 ${pct(r.withInherited.roles.place.f1)} ` +
      `(P ${pct(r.withInherited.roles.place.precision)}, R ${pct(r.withInherited.roles.place.recall)}), ` +
      `all four F1 ${pct(r.withInherited.args.f1)} (for information, not gated).`,
    'Distinct events (ours; the gold has no event coreference, so gold counts are mentions):',
    markdownTable(
      [
        'class',
        'events',
        'mentions',
        'mentions/event',
        'events matching gold',
        'event precision',
        'gold mentions',
        'false alarms: retellings / all',
      ],
      evRows,
    ),
    `False alarms that retell an event whose other mention matched gold of the class: ${retold} of ${fp}; ` +
      `core precision counting only the others as false alarms: ${tp + fp - retold === 0 ? '-' : pct(tp / (tp + fp - retold))} ` +
      '(relies on our own grouping of mentions; for information, not gated).',
    `${r.goldOutsideCore} gold mentions of other KAIROS types are not scored; predicted core events: ${r.mentionSource.mentions} with event.mentions, ${r.mentionSource.triggerOnly} trigger only.`,
    `${r.documents} documents; pipeline ${t.seconds.toFixed(1)} s, ${Math.round(t.tokensPerSecond).toLocaleString('en-US')} tokens/s (one process)`,
  ];
  if (r.failures.length > 0)
    lines.push(
      `${r.failures.length} documents failed (scored as all misses): ${r.failures[0]!.doc}: ${r.failures[0]!.reason}`,
    );
  return lines.join('\n\n');
}
