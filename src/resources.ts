/**
 * What the extractors need from disk — the NER model, the gazetteers, the NER clean-up's word lists and the
 * event taxonomy — read once per process, each on first use, and handed to the stages through the stage
 * context (spaCy's `initialize`).
 * `ner/`, `timex/` and `events/` read no file and no environment; this module is their one door to disk.
 * Nothing here runs at import time, so `dossier --help` and `--version` load no model.
 */
import { existsSync, readFileSync } from 'node:fs';
import { sha256 } from './ids.js';
import { GAZETTEER_FILES, gazetteerTable } from './ner/gazetteer-files.js';
import type { NameTable } from './ner/gazetteer.js';
import { parseClusters, type ClusterTable } from './ner/clusters.js';
import { createRecogniser, usesClusters, type Recogniser } from './ner/index.js';
import { readModel, readModelInfo, type NerModel } from './ner/modelfile.js';
import { parseVocabulary, type RefineVocabulary } from './ner/vocabulary.js';
import { buildLexicon, type Taxonomy, type TriggerLexicon } from './events/taxonomy.js';
import type { EventResources } from './events/index.js';
import { SCHEMA_DIR } from './schema/validators.js';
import { geoTableOf, indexGeoTable, type GeoIndex, type GeoTable } from './geo/gazetteer.js';
import { codeDigest, digestOf, readCompiled, type Compiled } from './compiled.js';
import { recogniserFromParts, recogniserParts } from './ner/compiled.js';
import { parseAliasTable, type AliasTable } from './entities/canonical.js';

/** The repo's `data/` (one level above this file in src/ and dist/). */
const DATA_DIR = new URL('../data/', import.meta.url);
const MODEL_URL = new URL('models/ner.bin', DATA_DIR);
const GAZETTEER_DIR = new URL('gazetteers/', DATA_DIR);
const CLUSTERS_URL = new URL('clusters/words.tsv', DATA_DIR);
const VOCABULARY_DIR = new URL('vocabulary/', DATA_DIR);
const TAXONOMY_URL = new URL('event-types.json', SCHEMA_DIR);
const GEONAMES_URL = new URL('geonames.tsv', GAZETTEER_DIR);
const ALIASES_URL = new URL('aliases.tsv', GAZETTEER_DIR);
const ADMIN1_URL = new URL('admin1.txt', GAZETTEER_DIR);
const GIVEN_NAMES_URL = new URL('given-names.txt', GAZETTEER_DIR);
/** Tables the build made from the data (`npm run build`; src/compiled.ts): beside this module in dist/. */
const COMPILED_DIR = new URL('./compiled/', import.meta.url);
export const COMPILED_RECOGNISER = new URL('recogniser.bin', COMPILED_DIR);
export const COMPILED_GEONAMES = new URL('geonames.bin', COMPILED_DIR);

/** Everything the article stages read besides the article. */
export interface Resources {
  ner: Recogniser;
  events: EventResources;
  /** Place linking and canonical ids (src/geo/, src/entities/). */
  entities: EntityResources;
}

/** The GeoNames table of the place linker and the curated name variants. */
export interface EntityResources {
  geo: GeoTable;
  aliases: AliasTable;
}

/** Names of the resources read so far in this process, in order (for tests: `--help` must read none). */
const loaded: string[] = [];

/** A value computed on first call and kept for the process; its first call is noted in `loaded`. */
function once<T>(name: string, load: () => T): () => T {
  let value: { v: T } | null = null;
  return () => {
    if (value === null) {
      value = { v: load() };
      loaded.push(name);
    }
    return value.v;
  };
}

const modelBytes = once('ner-model-file', () => readFileSync(MODEL_URL));
const gazetteerFiles = once('gazetteer-files', () =>
  GAZETTEER_FILES.map(([file]): Buffer | null => {
    const url = new URL(file, GAZETTEER_DIR);
    return existsSync(url) ? readFileSync(url) : null;
  }),
);

const clusterBytes = once('word-cluster-file', (): Buffer | null =>
  existsSync(CLUSTERS_URL) ? readFileSync(CLUSTERS_URL) : null,
);

/** The word clusters of `data/clusters/words.tsv` (docs/ner.md), or null when the file is missing. */
export const wordClusters: () => ClusterTable | null = once('word-clusters', () => {
  const bytes = clusterBytes();
  return bytes === null ? null : parseClusters(bytes.toString('utf8'));
});

/** The committed NER model as read from `data/models/ner.bin`. */
export const nerModel: () => NerModel = once('ner-model', () => readModel(modelBytes()));

/**
 * The committed model's `info` (its header): the main thread of a run reads this for the recogniser's version,
 * without building the model (about 80 ms of CPU beside the starting workers, for one flag).
 */
const nerModelInfo = once('ner-model-info', () => readModelInfo(modelBytes()));

/** The list gazetteers under `data/gazetteers/` in one table (a missing file is an empty list). */
export const gazetteers: () => NameTable = once('gazetteers', () =>
  gazetteerTable(gazetteerFiles().map((b) => (b === null ? null : b.toString('utf8')))),
);

/** The word lists of the NER span clean-up, `data/vocabulary/*.txt` (src/ner/vocabulary.ts). */
export const refineVocabulary: () => RefineVocabulary = once('ner-vocabulary', () =>
  parseVocabulary(
    (file) => readFileSync(new URL(file, VOCABULARY_DIR), 'utf8'),
    GAZETTEER_FILES.map(([file], i) =>
      file === 'countries.txt' || file === 'regions.txt' ? (gazetteerFiles()[i]?.toString('utf8') ?? '') : '',
    ).join('\n'),
    existsSync(ADMIN1_URL) ? readFileSync(ADMIN1_URL, 'utf8') : '',
    existsSync(GIVEN_NAMES_URL) ? readFileSync(GIVEN_NAMES_URL, 'utf8') : '',
  ),
);

/**
 * The key of the recogniser's compiled tables: the model, gazetteers and clusters they are made from (the
 * recogniser's version hashes exactly those) and the code that makes them (src/ner/).
 */
export function recogniserKey(): string {
  return digestOf([nerModelVersion(), codeDigest(new URL('./ner/', import.meta.url))]);
}

/** The recogniser built from the data files, as the build compiles it (src/dev/resources-compile.ts). */
export function buildRecogniser(): Recogniser {
  return createRecogniser(
    nerModel(),
    gazetteers(),
    usesClusters(nerModel()) ? wordClusters() : null,
    refineVocabulary(),
  );
}

/**
 * The recogniser in its run-time form (model passes packed, name tables joined): from the build's compiled
 * tables when they were made from these files by this code, else built from the files.
 */
export const recogniser: () => Recogniser = once('recogniser', () => {
  const compiled = readCompiled(COMPILED_RECOGNISER, recogniserKey());
  return compiled === null ? buildRecogniser() : recogniserFromParts(nerModel(), compiled, refineVocabulary());
});

/** The recogniser's tables for the build's compiled file. */
export function compileRecogniser(): Compiled {
  return { key: recogniserKey(), ...recogniserParts(buildRecogniser()) };
}

/**
 * Version of the recogniser, stamped into every record: a hash of the model file, the gazetteers and,
 * when the model uses them, the word clusters (`ner-` + 12 hex digits).
 */
export const nerModelVersion: () => string = once('ner-model-version', () => {
  const gazetteerBytes = gazetteerFiles().map((b) => b ?? Buffer.alloc(0));
  const clusters = usesClusters({ info: nerModelInfo() }) ? (clusterBytes() ?? Buffer.alloc(0)) : Buffer.alloc(0);
  return `ner-${sha256(Buffer.concat([modelBytes(), ...gazetteerBytes, clusters])).slice(0, 12)}`;
});

/** The event taxonomy, `schemas/event-types.json`. */
export const eventTaxonomy: () => Taxonomy = once(
  'event-taxonomy',
  () => JSON.parse(readFileSync(TAXONOMY_URL, 'utf8')) as Taxonomy,
);

/** The trigger lexicon built from the taxonomy. */
export const triggerLexicon: () => TriggerLexicon = once('trigger-lexicon', () => buildLexicon(eventTaxonomy()));

/** The key of the GeoNames table's compiled index: the table file and the code that indexes it (src/geo/). */
function geoKey(bytes: Buffer): string {
  return digestOf([bytes, codeDigest(new URL('./geo/', import.meta.url))]);
}

/**
 * The offline GeoNames table, `data/gazetteers/geonames.tsv` (docs/places.md), with the build's compiled key
 * index when it was made from this file by this code, else indexed here.
 */
export const geoTable: () => GeoTable = once('geonames', () => {
  const bytes = readFileSync(GEONAMES_URL);
  const compiled = readCompiled(COMPILED_GEONAMES, geoKey(bytes));
  if (compiled === null) return geoTableOf(bytes, indexGeoTable(bytes));
  const a = compiled.arrays as Record<keyof Omit<GeoIndex, 'size'>, Int32Array>;
  return geoTableOf(bytes, { ...a, size: compiled.meta['size']! });
});

/** The GeoNames key index for the build's compiled file. */
export function compileGeoTable(): Compiled {
  const bytes = readFileSync(GEONAMES_URL);
  const { size, ...arrays } = indexGeoTable(bytes);
  return { key: geoKey(bytes), meta: { size }, arrays };
}

/** The curated name variants, `data/gazetteers/aliases.tsv` (docs/entities.md). */
export const aliasTable: () => AliasTable = once('aliases', () => parseAliasTable(readFileSync(ALIASES_URL, 'utf8')));

/** Everything the article stages need, loaded on first call and shared by every processor of the process. */
export const loadResources: () => Resources = once('resources', () => ({
  ner: recogniser(),
  events: { lexicon: triggerLexicon() },
  entities: { geo: geoTable(), aliases: aliasTable() },
}));

/** The resources read so far in this process (empty until something needs one). */
export function loadedResources(): readonly string[] {
  return [...loaded];
}
