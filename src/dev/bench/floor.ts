/**
 * Bench phase (a), run in its own process: wink-nlp `readDoc` alone, reading each token's value and POS
 * and the entities — the floor any wink-based pipeline pays. This file imports wink directly on purpose
 * (the product goes through `src/nlp/wink.ts`); a separate process keeps it from becoming a second wink
 * instance beside the pipeline's. Prints one JSON line: {@link PhaseResult}.
 *
 * `floor.js CORPUS` runs wink's default pipe; `floor.js CORPUS --pipe sbd,pos` runs only the listed parts
 * (the pipe dossier's adapter uses). After the timed loop, an untimed pass digests every document's token
 * values, POS tags, lemmas, spacing and sentence spans, so two pipes can be shown to read text the same.
 * With `--serve` it measures the chunks a parent asks for (see `serve.ts`); with `--whole` it makes one pass,
 * no warm-up and no digest, so a parent can time the whole process (see `whole.ts`).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { listFiles } from '../eval/files.js';
import { WARMUP_STRIDE, type PhaseResult } from './phase.js';
import { serveChunks, timeChunk, type ChunkResult } from './serve.js';

const files = listFiles([process.argv[2]!], /\.txt$/);
const at = process.argv.indexOf('--pipe');
const pipe = at >= 0 ? process.argv[at + 1]!.split(',') : undefined;
const texts = files.map((f) => readFileSync(f, 'utf8'));
const nlp = pipe === undefined ? winkNLP(model) : winkNLP(model, pipe as never);
const its = nlp.its;
/** One document as the floor reads it: tokens with value and POS, and the entities. Returns [tokens, entities]. */
function read(text: string): [number, number] {
  const doc = nlp.readDoc(text);
  const pos = doc.tokens().out(its.pos) as string[];
  const values = doc.tokens().out(its.value) as string[];
  let tokens = 0;
  for (let i = 0; i < pos.length; i++) if (pos[i] !== 'SPACE' && values[i]!.length > 0) tokens++;
  return [tokens, (doc.entities().out(its.detail) as unknown[]).length];
}

/** Reads documents from..to-1, timed. */
function measure(from: number, to: number): ChunkResult {
  return timeChunk(() => {
    let tokens = 0;
    let entities = 0;
    let bytes = 0;
    for (let i = from; i < to; i++) {
      const [t, e] = read(texts[i]!);
      tokens += t;
      entities += e;
      bytes += Buffer.byteLength(texts[i]!);
    }
    return { docs: to - from, tokens, bytes, failed: 0, stageMs: {}, extra: { entities } };
  });
}

/** The phase's result: the measured totals, peak RSS, and an untimed digest of what wink read. */
function finish(total: ChunkResult): PhaseResult {
  const digest = createHash('sha256');
  for (const text of texts) {
    const doc = nlp.readDoc(text);
    const t = doc.tokens();
    digest.update(
      JSON.stringify([
        t.out(its.value),
        t.out(its.pos),
        t.out(its.lemma as never),
        t.out(its.precedingSpaces),
        doc.sentences().out(its.span),
      ]),
    );
  }
  return { ...total, maxRssMb: process.resourceUsage().maxRSS / 1024, digest: digest.digest('hex') };
}

// `--whole`: the floor as a whole process, timed from outside (start-up, model load, reading the files
// and one pass, nothing else): what `dossier run` is compared with in the whole-command phases.
if (process.argv.includes('--whole')) {
  const r = measure(0, texts.length);
  process.stdout.write(`${JSON.stringify({ ...r, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
  process.exit(0);
}
// Warm-up on every WARMUP_STRIDE-th document, untimed, as in phase (b): cold JIT halves wink's speed.
for (let i = 0; i < texts.length; i += WARMUP_STRIDE) read(texts[i]!);
if (process.argv.includes('--serve')) await serveChunks(measure, finish);
else
  process.stdout.write(`${JSON.stringify(finish(measure(0, texts.length)))}
`);
