/**
 * The model file: a small binary container (magic `DNER`, a JSON header naming typed-array sections,
 * then the sections, 4-byte aligned). Weights are stored as int16 with one scale per pass, which keeps
 * the file a few MB and loading a matter of milliseconds.
 */
import { FrozenModel } from './linear.js';
import { NameTable } from './gazetteer.js';
import { NTAGS } from './tags.js';

/** Everything the tagger needs at run time. */
export interface NerModel {
  pass1: FrozenModel;
  pass2: FrozenModel;
  /** Names seen as entities in the training data (hashed keys only; no training text is stored). */
  trainNames: NameTable;
  /** Free-form facts about the training run (epochs, data sizes, dev scores). */
  info: Record<string, unknown>;
}

const MAGIC = 0x52454e44; // "DNER" little-endian
const FORMAT = 1;

type Section = { name: string; type: 'i32' | 'i16' | 'f32' | 'u8'; length: number; scale?: number };

function quantise(w: Float32Array): { data: Int16Array; scale: number } {
  let max = 0;
  for (let k = 0; k < w.length; k++) max = Math.max(max, Math.abs(w[k]!));
  const scale = max === 0 ? 1 : max / 32767;
  const data = new Int16Array(w.length);
  for (let k = 0; k < w.length; k++) data[k] = Math.round(w[k]! / scale);
  return { data, scale };
}

/** Serialises a model to bytes (deterministic for the same model). */
export function writeModel(model: NerModel): Uint8Array {
  const sections: Section[] = [];
  const blobs: Uint8Array[] = [];
  const add = (
    name: string,
    type: Section['type'],
    arr: Int32Array | Int16Array | Float32Array | Uint8Array,
    scale?: number,
  ): void => {
    sections.push({ name, type, length: arr.length, ...(scale === undefined ? {} : { scale }) });
    blobs.push(new Uint8Array(arr.buffer, arr.byteOffset, arr.byteLength));
  };
  for (const [name, m] of [
    ['pass1', model.pass1],
    ['pass2', model.pass2],
  ] as const) {
    const q = quantise(m.weights);
    add(`${name}.keys`, 'i32', m.keys);
    add(`${name}.weights`, 'i16', q.data, q.scale);
    add(`${name}.trans`, 'f32', m.realTransitions().trans);
    add(`${name}.end`, 'f32', m.realTransitions().end);
  }
  const names = model.trainNames.entries();
  add('names.keys', 'i32', names.keys);
  add('names.bits', 'u8', names.bits);
  const header = new TextEncoder().encode(JSON.stringify({ format: FORMAT, ntags: NTAGS, info: model.info, sections }));
  const pad = (n: number): number => (4 - (n % 4)) % 4;
  let size = 8 + header.length + pad(header.length);
  for (const b of blobs) size += b.length + pad(b.length);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, header.length, true);
  out.set(header, 8);
  let at = 8 + header.length + pad(header.length);
  for (const b of blobs) {
    out.set(b, at);
    at += b.length + pad(b.length);
  }
  return out;
}

interface ModelHeader {
  format: number;
  ntags: number;
  info: Record<string, unknown>;
  sections: Section[];
}

/** The header of a model written by `writeModel` and its length; throws with a reason when the bytes are not one. */
function readHeader(bytes: Uint8Array): { header: ModelHeader; headerLength: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 8 || view.getUint32(0, true) !== MAGIC)
    throw new Error('dossier ner: model file does not start with DNER; retrain with `npm run train:ner`');
  const headerLength = view.getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as ModelHeader;
  if (header.format !== FORMAT || header.ntags !== NTAGS)
    throw new Error(
      `dossier ner: model format ${header.format} with ${header.ntags} tags does not match this code (format ${FORMAT}, ${NTAGS} tags); retrain`,
    );
  return { header, headerLength };
}

/**
 * A model's `info` from its header alone, checked as `readModel` checks it: what the main thread of a run needs
 * (whether the model uses word clusters, for the recogniser's version) without building the model's weights.
 */
export function readModelInfo(bytes: Uint8Array): NerModel['info'] {
  return readHeader(bytes).header.info;
}

/** Reads a model written by `writeModel`; throws with a reason when the bytes are not one. */
export function readModel(bytes: Uint8Array): NerModel {
  const { header, headerLength } = readHeader(bytes);
  const pad = (n: number): number => (4 - (n % 4)) % 4;
  let at = 8 + headerLength + pad(headerLength);
  const got = new Map<string, { arr: Int32Array | Int16Array | Float32Array | Uint8Array; scale: number }>();
  for (const s of header.sections) {
    const width = s.type === 'u8' ? 1 : s.type === 'i16' ? 2 : 4;
    // Copy into a fresh, aligned buffer (a Node Buffer's slice is a view into a shared pool).
    const copy = new Uint8Array(s.length * width);
    copy.set(bytes.subarray(at, at + s.length * width));
    const arr =
      s.type === 'i32'
        ? new Int32Array(copy.buffer)
        : s.type === 'i16'
          ? new Int16Array(copy.buffer)
          : s.type === 'f32'
            ? new Float32Array(copy.buffer)
            : copy;
    got.set(s.name, { arr, scale: s.scale ?? 1 });
    at += s.length * width + pad(s.length * width);
  }
  const need = (name: string): { arr: Int32Array | Int16Array | Float32Array | Uint8Array; scale: number } => {
    const s = got.get(name);
    if (s === undefined) throw new Error(`dossier ner: model file lacks section ${name}; retrain`);
    return s;
  };
  const pass = (name: string): FrozenModel => {
    const q = need(`${name}.weights`);
    const weights = new Float32Array(q.arr.length);
    for (let k = 0; k < weights.length; k++) weights[k] = q.arr[k]! * q.scale;
    return new FrozenModel(need(`${name}.keys`).arr as Int32Array, weights, {
      trans: need(`${name}.trans`).arr as Float32Array,
      end: need(`${name}.end`).arr as Float32Array,
    });
  };
  return {
    pass1: pass('pass1'),
    pass2: pass('pass2'),
    trainNames: NameTable.fromEntries(need('names.keys').arr as Int32Array, need('names.bits').arr as Uint8Array),
    info: header.info,
  };
}
