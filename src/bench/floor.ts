/**
 * Bench phase (a), run in its own process: wink-nlp `readDoc` alone, reading each token's value and POS
 * and the entities — the floor any wink-based pipeline pays. This file imports wink directly on purpose
 * (the product goes through `src/nlp/wink.ts`); a separate process keeps it from becoming a second wink
 * instance beside the pipeline's. Prints one JSON line: {@link PhaseResult}.
 *
 * `floor.js CORPUS` runs wink's default pipe; `floor.js CORPUS --pipe sbd,pos` runs only the listed parts
 * (the pipe dossier's adapter uses). After the timed loop, an untimed pass digests every document's token
 * values, POS tags, lemmas, spacing and sentence spans, so two pipes can be shown to read text the same.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { listFiles } from '../eval/files.js';
import { WARMUP_STRIDE, type PhaseResult } from './phase.js';

const files = listFiles([process.argv[2]!], /\.txt$/);
const at = process.argv.indexOf('--pipe');
const pipe = at >= 0 ? process.argv[at + 1]!.split(',') : undefined;
const texts = files.map((f) => readFileSync(f, 'utf8'));
const nlp = pipe === undefined ? winkNLP(model) : winkNLP(model, pipe as never);
const its = nlp.its;
let tokens = 0;
let entities = 0;
let bytes = 0;
/** One document as the floor reads it: tokens with value and POS, and the entities. */
function read(text: string): void {
  const doc = nlp.readDoc(text);
  const pos = doc.tokens().out(its.pos) as string[];
  const values = doc.tokens().out(its.value) as string[];
  for (let i = 0; i < pos.length; i++) if (pos[i] !== 'SPACE' && values[i]!.length > 0) tokens++;
  entities += (doc.entities().out(its.detail) as unknown[]).length;
  bytes += Buffer.byteLength(text);
}
// Warm-up on every WARMUP_STRIDE-th document, untimed, as in phase (b): cold JIT halves wink's speed.
for (let i = 0; i < texts.length; i += WARMUP_STRIDE) read(texts[i]!);
tokens = 0;
entities = 0;
bytes = 0;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (const text of texts) read(text);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const digest = createHash('sha256');
for (const text of texts) {
  const doc = nlp.readDoc(text);
  const t = doc.tokens();
  digest.update(JSON.stringify([t.out(its.value), t.out(its.pos), t.out(its.lemma as never), t.out(its.precedingSpaces), doc.sentences().out(its.span)]));
}
const result: PhaseResult = { cpuMs: (cpu.user + cpu.system) / 1000, docs: texts.length, tokens, bytes, ms, maxRssMb: process.resourceUsage().maxRSS / 1024, failed: 0, stageMs: {}, extra: { entities }, digest: digest.digest('hex') };
process.stdout.write(`${JSON.stringify(result)}\n`);
