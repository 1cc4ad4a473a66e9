/** Human-readable tables for the evaluation reports. */
import { markdownTable, pct, prfCells, PRF_HEADER } from './table.js';
import type { TimeMlReport, Throughput } from './timeml-eval.js';
import type { ConllReport } from './conll-eval.js';
import type { MeantimeReport } from './meantime-eval.js';
import type { TimexMetrics } from './timex-score.js';
import type { EntityMetrics } from './entity-score.js';
import { formatConfusion } from './confusion.js';
import { ENTITY_CLASSES } from './conll-eval.js';

/** Any evaluation report. */
export type EvalReport = TimeMlReport | ConllReport | MeantimeReport;

/** TempEval-3 rows: strict, relaxed, type and value. */
export function timexRows(m: TimexMetrics, label = ''): string[][] {
  const p = label ? `${label} ` : '';
  return [
    [`${p}strict span`, ...prfCells(m.strict), ''],
    [`${p}relaxed span`, ...prfCells(m.relaxed), ''],
    [`${p}type`, ...prfCells(m.type), pct(m.typeAccuracy)],
    [`${p}value`, ...prfCells(m.value), pct(m.valueAccuracy)],
  ];
}

function timexTable(m: TimexMetrics, byCorpus: Record<string, TimexMetrics> = {}): string {
  const rows = timexRows(m, Object.keys(byCorpus).length > 1 ? 'all' : '');
  if (Object.keys(byCorpus).length > 1)
    for (const [name, cm] of Object.entries(byCorpus)) rows.push(...timexRows(cm, name));
  return markdownTable(['TIMEX3', ...PRF_HEADER, 'accuracy'], rows);
}

function entityTable(m: EntityMetrics): string {
  const rows = Object.entries(m.classes).map(([c, v]) => [c, ...prfCells(v)]);
  rows.push(['micro', ...prfCells(m.micro)]);
  return markdownTable(['class', ...PRF_HEADER], rows);
}

function footer(r: EvalReport): string {
  const t: Throughput = r.throughput;
  const lines = [
    `${r.documents} documents; pipeline ${t.seconds.toFixed(1)} s, ${Math.round(t.tokensPerSecond).toLocaleString('en-US')} tokens/s (one process)`,
  ];
  if (r.failures.length > 0)
    lines.push(
      `${r.failures.length} documents failed (scored as all misses): ${r.failures
        .slice(0, 3)
        .map((f) => `${f.doc}: ${f.reason}`)
        .join('; ')}`,
    );
  return lines.join('\n');
}

/** The table(s) of a report. */
export function formatReport(r: EvalReport): string {
  switch (r.mode) {
    case 'timeml':
      return `TimeML time expressions (TempEval-3 scoring)\n\n${timexTable(r.metrics, r.byCorpus)}\n\n${footer(r)}`;
    case 'conll':
      return [
        `CoNLL-2003 ${r.file}: exact span + type`,
        entityTable(r.metrics),
        'Confusion, exact span (rows: gold class, MISC, or no gold entity; columns: our class, or nothing):',
        formatConfusion(r.confusion, ENTITY_CLASSES),
        footer(r),
      ].join('\n\n');
    case 'meantime': {
      const e = r.events;
      const events = markdownTable(
        ['events', 'share', 'of'],
        [
          ['trigger precision', pct(e.triggerPrecision), `${e.matched}/${e.predicted}`],
          ['trigger recall (info)', pct(e.triggerRecall), `${e.matched}/${e.gold}`],
          [
            'participants overlap gold (products by argument words)',
            pct(e.participantShare),
            `${e.participantsAgree}/${e.withGoldParticipants}`,
          ],
          [
            'participant entities overlap gold (any type)',
            pct(e.entityParticipantShare),
            `${e.entityParticipantsAgree}/${e.withGoldParticipants}`,
          ],
          [
            'participants or argument words overlap gold',
            pct(e.argumentShare),
            `${e.argumentsAgree}/${e.withGoldParticipants}`,
          ],
          ['date = gold anchor', pct(e.dateExactShare), `${e.dateExact}/${e.withGoldDate}`],
          ['date compatible with anchor', pct(e.dateCompatibleShare), `${e.dateCompatible}/${e.withGoldDate}`],
        ],
      );
      return [
        `MEANTIME sentences 0-5. Named mentions (NAM), exact span + type; ${r.neutralPreModifierNames} predictions on pre-modifier names left neutral:`,
        entityTable(r.entities),
        `Named mentions by head match (same class, inside the gold mention, covering its head name; the head rule agrees with ${r.headCheck.ruleAgrees} of ${r.headCheck.annotated} annotated heads):`,
        entityTable(r.entitiesHead),
        'Confusion, head match (rows: gold class, other MEANTIME class, or no gold name; columns: our class, or nothing):',
        formatConfusion(r.confusionHead, ENTITY_CLASSES),
        'Time expressions (TempEval-3 scoring):',
        timexTable(r.timex),
        'Events:',
        events,
        footer(r),
      ].join('\n\n');
    }
  }
}
