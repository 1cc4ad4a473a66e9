/**
 * Reader for TimeML files (TempEval-3 / TBAQ-cleaned): the text to process is the content of `<TEXT>`
 * with every tag removed; gold TIMEX3 spans are mapped onto that text; the DCT is the
 * `<DCT><TIMEX3 functionInDocument="CREATION_TIME">` value.
 */
import { scanXml } from './xml.js';
import type { ScoredTimex } from './timex-score.js';

/** A gold TIMEX3 inside `<TEXT>`. */
export interface GoldTimex extends ScoredTimex {
  tid: string;
  mod?: string;
}

/** A parsed TimeML document. */
export interface TimeMlDocument {
  docId: string;
  /** Document creation time `YYYY-MM-DD`, or null when the file has none. */
  dct: string | null;
  text: string;
  timexes: GoldTimex[];
}

/** Parses one TimeML file. Throws when `<TEXT>` is missing or a TIMEX3 is left open. */
export function parseTimeMl(xml: string, fallbackId = ''): TimeMlDocument {
  let docId = fallbackId;
  let dct: string | null = null;
  let inText = false;
  let inDct = false;
  let inDocId = false;
  let sawText = false;
  let text = '';
  const open: Array<{ attrs: Record<string, string>; start: number }> = [];
  const timexes: GoldTimex[] = [];
  for (const p of scanXml(xml)) {
    if (p.kind === 'text') {
      if (inText) text += p.text;
      else if (inDocId) docId = p.text.trim() || docId;
      continue;
    }
    if (p.kind === 'open') {
      if (p.name === 'TEXT') {
        inText = true;
        sawText = true;
      } else if (p.name === 'DCT') inDct = true;
      else if (p.name === 'DOCID') inDocId = true;
      else if (p.name === 'TIMEX3' && inDct && !dct) {
        const v = p.attrs['value'] ?? '';
        if (/^\d{4}-\d\d-\d\d/.test(v)) dct = v.slice(0, 10);
      } else if (p.name === 'TIMEX3' && inText && !p.selfClosing) open.push({ attrs: p.attrs, start: text.length });
      continue;
    }
    if (p.name === 'TEXT') inText = false;
    else if (p.name === 'DCT') inDct = false;
    else if (p.name === 'DOCID') inDocId = false;
    else if (p.name === 'TIMEX3' && inText) {
      const o = open.pop();
      if (!o) throw new Error(`TimeML ${docId}: </TIMEX3> without an opening tag`);
      const t: GoldTimex = {
        tid: o.attrs['tid'] ?? '',
        start: o.start,
        end: text.length,
        type: o.attrs['type'] ?? '',
        value: o.attrs['value'] ?? null,
      };
      if (o.attrs['mod']) t.mod = o.attrs['mod'];
      timexes.push(t);
    }
  }
  if (!sawText) throw new Error(`TimeML ${docId}: no <TEXT> element`);
  if (open.length > 0) throw new Error(`TimeML ${docId}: TIMEX3 ${open[0]!.attrs['tid'] ?? ''} is never closed`);
  timexes.sort((a, b) => a.start - b.start || a.end - b.end);
  return { docId, dct, text, timexes };
}
