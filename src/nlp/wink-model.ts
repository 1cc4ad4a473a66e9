/**
 * wink's English model (wink-eng-lite-web-model) as its package puts it together, with one part loaded
 * faster: the core model (lexicon, features, token categories).
 *
 * The package's `core()` deep-copies the 3 MB JSON it required at import time (`JSON.parse(JSON.stringify(…))`)
 * and decodes the base64 lexicon one character at a time; every worker thread paid about 135 ms of CPU for
 * the import and the call. Here the JSON file is parsed once, when `core()` is called (a fresh object, so no
 * copy is needed), and the lexicon is decoded by `Buffer`: the same model (tests/nlp/wink-model.test.ts
 * compares it with the package's own, field by field) in about half the time. The other parts (sentence
 * boundaries, POS, the unused NER, negation and sentiment machines, feature functions, add-ons) are the
 * package's own modules. Only for the release whose loader this mirrors: any other version is used as the
 * package exports it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

const PACKAGE = 'wink-eng-lite-web-model';
/** The release whose `dist/read-core-model.js` and `dist/load-core-model.js` `readCoreModel` mirrors. */
export const MIRRORED_VERSION = '1.8.1';

/** The model object wink-nlp takes (`winkNLP(model, pipe)`). */
export type WinkModel = Record<string, unknown>;

type Layout = Record<string, number[]>;
interface Feature {
  list: string[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}
interface CoreModel {
  packing: { layout: Layout; efList?: string[] };
  features: Record<string, Feature> & { lexeme: Feature; posClusters: { list: Array<string | Set<number>> } };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/** base64 text to 32-bit words, as the package's `bufferFromBase64` and `new Uint32Array(…)` do. */
function words(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  // A copy of its own: a Buffer may sit in a shared pool at any offset.
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** The core model from the text of its JSON file, as the package's `readModel` and `loadCoreModel` make it. */
export function readCoreModel(json: string): CoreModel {
  const model = JSON.parse(json) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = words(model.lexicon as string);
  model.xpansions = words(model.xpansions as string);
  for (const f in packing.layout) {
    if (packing.layout[f]![3] === 0) {
      const hash = Object.create(null) as Record<string, number>;
      const list = features[f]!.list;
      for (let k = 0; k < list.length; k++) hash[list[k]!] = k;
      features[f]!.hash = hash;
    }
  }
  const lexemes = Object.create(null) as Record<string, number>;
  for (let k = 0; k < features.lexeme.list.length; k++) lexemes[features.lexeme.list[k]!] = k;
  features.lexeme.hash = lexemes;
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k++)
    clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  // load-core-model.js
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const feature = features[f]!;
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model;
}

/** The package's version. */
export function packageVersion(): string {
  return (require(`${PACKAGE}/package.json`) as { version: string }).version;
}

/** The package's model object, as `import model from 'wink-eng-lite-web-model'` gives it. */
export function packageModel(): WinkModel {
  return require(PACKAGE) as WinkModel;
}

/** wink's English model: the package's parts, with `core()` from `readCoreModel` (see above). */
export function englishModel(): WinkModel {
  if (packageVersion() !== MIRRORED_VERSION) return packageModel();
  const part = (name: string): unknown => require(`${PACKAGE}/dist/${name}`);
  const coreFile = require.resolve(`${PACKAGE}/dist/languages/cur/models/eng-core-web-model.json`);
  const model = Object.create(null) as WinkModel;
  model['core'] = () => readCoreModel(readFileSync(coreFile, 'utf8'));
  model['sbd'] = part('load-sbd-model.js');
  model['pos'] = part('load-pos-model.js');
  // The entity and sentiment machines (half a megabyte of JSON, parsed when their module loads) are read
  // only when something asks for them: a pipe without 'ner' or 'sentiment' never needs them (src/nlp/wink.ts).
  const onDemand = (name: string, file: string): void => {
    Object.defineProperty(model, name, { enumerable: true, configurable: true, get: () => part(file) });
  };
  onDemand('ner', 'load-ner-model.js');
  model['negation'] = part('load-negation-model.js');
  onDemand('sa', 'load-sa-model.js');
  model['metaCER'] = part('load-cer-meta-model.js');
  model['featureFn'] = part('feature.js');
  const addons = Object.create(null) as Record<string, unknown>;
  addons['stem'] = part('porter-stemmer.js');
  addons['lemmatize'] = part('lemmatize.js');
  addons['readabilityStats'] = part('readability-stats.js');
  addons['wordVectors'] = undefined;
  model['addons'] = addons;
  return model;
}
