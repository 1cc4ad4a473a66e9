/**
 * Plain data types shared by every stage. Nothing here depends on wink-nlp: the NLP adapter in
 * `src/nlp/` converts wink's document into these records once, and the rest of the code sees only them.
 * Offsets are UTF-16 code-unit indices into `ArticleDoc.text` (JavaScript string indices), end exclusive.
 */
import type { EntityType as GeneratedEntityType, Precision } from './schema/generated/record.js';

/** A half-open character range `[start, end)` in the article text. */
export interface Span {
  start: number;
  end: number;
}

/** One non-whitespace token as the tagger, timex and event stages see it. */
export interface Token extends Span {
  /** Index in `ArticleDoc.tokens`. */
  i: number;
  text: string;
  /** Universal POS tag from wink (`PROPN`, `VERB`, …). */
  pos: string;
  lemma: string;
  /** wink's token category: `word`, `number`, `punctuation`, `currency`, `emoji`, … */
  kind: string;
  /** Index of the sentence this token belongs to. */
  sentence: number;
  /** True when whitespace precedes the token (false for `al`-`-`-`Saadi` pieces and punctuation). */
  spaceBefore: boolean;
}

/** A sentence: a character span plus the half-open token range `[tokenStart, tokenEnd)`. */
export interface Sentence extends Span {
  i: number;
  tokenStart: number;
  tokenEnd: number;
}

/** Our three entity types. */
export type EntityType = GeneratedEntityType;

/** One occurrence of an entity in the text. */
export interface Mention extends Span {
  text: string;
  sentence: number;
  type: EntityType;
  /** Tagger confidence in [0, 1] where the recogniser provides one. */
  confidence?: number;
}

/** An entity: mentions of one real-world thing within one article, grouped. */
export interface EntityRecord {
  /** Stable across articles: derived from type + normalised canonical name. */
  id: string;
  type: EntityType;
  /** The fullest form among the mentions. */
  name: string;
  /** Other surface forms seen in the article, sorted. */
  aliases: string[];
  mentions: Mention[];
  /** Optional typed facts from gazetteers (e.g. ISO country code). */
  attributes?: Record<string, string>;
  /** A place's GeoNames link (src/geo/link.ts), when one was found. */
  geo?: GeoLink;
  /**
   * How strongly the article alone types the entity, in [0, 1] (`spanTypeEvidence` in src/ner/index.ts):
   * 1 when a rule of the span clean-up set it, else from the tagger's margin. The corpus type pass
   * (src/entities/type-vote.ts) changes only weakly typed entities.
   */
  typeEvidence?: number;
  /**
   * What the article alone said, when the corpus type pass (src/entities/type-vote.ts) changed the type:
   * the local type, id and GeoNames link. Absent when the pass left the entity as the article typed it.
   */
  local?: LocalReading;
}

/** An entity's own reading in its article, kept when the corpus type pass overrode it. */
export interface LocalReading {
  type: EntityType;
  id: string;
  geo?: GeoLink;
}

/** A place entity's link to GeoNames (see docs/places.md). */
export interface GeoLink {
  /** GeoNames id, or null when the offline source has none for this place. */
  geonamesId: number | null;
  /** The place's name in GeoNames. */
  name: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  level: 'country' | 'admin1' | 'admin2' | 'city' | 'other';
  /** Share of the winning candidate's score among all candidates, in [0, 1]. */
  confidence: number;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** Granularity of a resolved value, for analytics that bucket by day/month/year. */
export type DatePrecision = Precision;

/** A time expression with its TimeML-style normalised value. */
export interface TimexRecord extends Span {
  id: string;
  text: string;
  type: TimexType;
  /** TIMEX3 value (`2024-06-19`, `P5M`, `PAST_REF`, `XXXX-WXX-1`, …) or null when it cannot be resolved. */
  value: string | null;
  mod?: string;
  precision: DatePrecision;
  sentence: number;
  /**
   * How the value was obtained: `absolute`, `publication-date`, `publication-date+tense` (weekday or
   * month without a year, direction from the clause tense), `narrative`, `unresolved`.
   */
  anchor: string;
}

/** Role of an entity in an event. */
/**
 * Role of an entity in an event. `agent`/`patient` are generic; a type's taxonomy entry may rename them
 * (`attacker`/`target` for attacks, `attacker`/`victim` for killings and injuries).
 */
export type ParticipantRole =
  'agent' | 'patient' | 'participant' | 'source' | 'recipient' | 'attacker' | 'target' | 'victim' | 'instrument';

export interface EventParticipant {
  entity: string;
  role: ParticipantRole;
}

/**
 * One argument of an event as the text states it: the role, the words that fill it, their head word and,
 * when they name one, the entity. Arguments that name no entity ("the gunman", "two soldiers", "he", "the
 * village") are kept as words; `participants` lists the entities only.
 */
export interface EventArgument {
  role: ParticipantRole | 'place';
  /** The entity the words name, when they name one. */
  entity?: string;
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** The head word of the phrase ("soldiers" of "two Russian soldiers"). */
  head: { start: number; end: number; text: string };
  /**
   * Schema 2.8: true when the role is not filled by the event's own clause but taken from the event it resulted
   * from (`cause`): a death told inside its attack ("killed in an attack near Kandar") is where the attack was.
   * Absent otherwise.
   */
  inherited?: true;
}

/**
 * Whether the text asserts the event happened: `occurred`/`ongoing`; known from a report (`reported`) or
 * a claim of responsibility (`claimed`); future (`planned`, `threatened`); `negated`; conditional or
 * possible (`hypothetical`); or a habit or trend rather than one occurrence (`generic`).
 */
export type EventStatus =
  'occurred' | 'ongoing' | 'planned' | 'negated' | 'reported' | 'claimed' | 'threatened' | 'hypothetical' | 'generic';

/**
 * Whether an event is news an analyst counting events wants as a row (schema 2.4): `news`; `background`, an
 * earlier event told in passing; `comment`, a statement that only gives a speaker's view; `consequence`, a
 * death or injury counted on its cause (`cause`). See docs/events.md "Salience".
 */
export type EventSalience = 'news' | 'background' | 'comment' | 'consequence';

/** A stated number of dead or injured (see docs/events.md for how vague words are coded). */
export interface CasualtyCount {
  /** Best figure: the lowest stated (ACLED's conservative reading); vague words coded as ACLED does. */
  value: number;
  min: number;
  /** Highest stated figure, or null when the text gives only a lower bound. */
  max: number | null;
  precision: 'exact' | 'lower-bound' | 'vague';
  text: string;
  start: number;
  end: number;
  sentence: number;
}

/** One mention of an event: its trigger words. */
export interface EventMention {
  start: number;
  end: number;
  text: string;
  sentence: number;
}

export interface EventDate {
  value: string | null;
  precision: DatePrecision;
  mod?: string;
  /**
   * How the date was chosen: a time expression of the trigger's `clause` or `sentence`, the paragraph's
   * `narrative` reference time, the `tense` of a present or present-perfect verb (the time of writing),
   * or `unknown`.
   */
  source: 'clause' | 'sentence' | 'relative' | 'narrative' | 'tense' | 'publication' | 'unknown';
  timex?: string;
}

export interface Evidence extends Span {
  text: string;
  sentence: number;
}

/** One dated event: who did what to whom, where and when. */
export interface EventRecord {
  id: string;
  /** An event type id from `schemas/event-types.json` (the record schema's enum). */
  type: string;
  /** A subtype id of the type (`air-strike` of `attack`), when a trigger names one. */
  subtype?: string;
  /** KAIROS event type of the type or subtype, where one exists. */
  kairos?: string;
  /** CAMEO root code of the type (two digits), where one exists. */
  cameo?: string;
  /** ACLED event type of the type, where one exists. */
  acled?: string;
  /** ACLED sub-event type, where one exists. */
  acledSubEvent?: string;
  trigger: Evidence;
  /** Every mention of this event in the article, in text order (the first is `trigger`); the extractor always sets it. */
  mentions?: EventMention[];
  date: EventDate;
  participants: EventParticipant[];
  /** Every argument the text supports, named entity or not, with its words and head (schema 2.1). */
  arguments?: EventArgument[];
  place?: string;
  /** The weapon or means named for the event ("car bomb", "drone"). */
  instrument?: Evidence;
  status: EventStatus;
  /** News or told in passing (schema 2.4; the extractor always sets it, readers of older records find none). */
  salience?: EventSalience;
  /** For a death or injury that resulted from another event of the article (an attack, a disaster): that event's id. Its toll is counted on the cause. */
  cause?: string;
  /** Numbers of dead and injured the article states for this event. */
  casualties?: { killed?: CasualtyCount; injured?: CasualtyCount };
  /** Entity that reports or claims the event, when the status is `reported`. */
  reportedBy?: string;
  evidence: Evidence[];
  confidence: number;
}

/** A non-fatal finding, kept on the record as data. */
export interface Warning {
  stage: string;
  code: string;
  message: string;
  start?: number;
  end?: number;
}

/** Where the publication date came from. */
export type PublicationSource =
  | 'json-ld'
  | 'html-meta'
  | 'html-time'
  | 'feed'
  | 'front-matter'
  | 'header'
  | 'dateline'
  | 'posted-on'
  | 'updated-on'
  | 'filename'
  | 'config'
  | 'none';

export interface PublicationDate {
  /** `YYYY-MM-DD`, or null when none was found. */
  date: string | null;
  /** `HH:MM` when the source carries a time of day. */
  time?: string;
  source: PublicationSource;
  confidence: number;
  /** The text the date was read from. */
  evidence?: string;
}

/** The character encoding a file was decoded with, where that came from, and how sure it is. */
export interface EncodingInfo {
  /** iconv-lite name: `utf-8`, `utf-16le`, `utf-16be`, `windows-1252`, `iso-8859-2`, … */
  name: string;
  /** `bom`; `pattern` (UTF-16 told by its zero bytes); `declared` (meta charset, XML declaration, MIME header); `ascii`; `detected`. */
  source: 'bom' | 'pattern' | 'declared' | 'ascii' | 'detected';
  confidence: number;
}

/** What identifies an item of a feed across saves of the feed (`src/ingest/feed.ts`, `itemIdentity`). */
export interface FeedItemRef {
  /** The RSS `<guid>`, Atom `<id>`, RSS 1.0 `rdf:about`, else the link, else `sha256:` + 16 hex digits of the item. */
  id: string;
  /** The story's URL, when the item gives one. */
  link: string | null;
}

/** The input file as discovered. */
export interface SourceFile {
  /** Absolute path. */
  path: string;
  /** Path relative to the input root it was found under (what the record stores). */
  relPath: string;
  size: number;
  mtimeMs: number;
  /** Set when the article is one item of the feed file at `path` (`size` is then the item's bytes). */
  item?: FeedItemRef;
}

/**
 * The one object that flows through the article stages. Each stage reads the fields its
 * `requires` names and fills the fields its `provides` names.
 */
export interface ArticleDoc {
  source: SourceFile;
  /** sha256 of the raw bytes, hex. */
  contentHash: string;
  articleId: string;
  /** Raw bytes as read. */
  bytes?: Uint8Array;
  /** Article text as stored in the record: decoded, front matter and boilerplate removed. */
  text: string;
  /** Maps record-text offsets back to source-text offsets: runs of `[textStart, sourceStart, length]`. */
  offsetMap: Array<[number, number, number]>;
  title: string | null;
  publication: PublicationDate;
  /** The encoding the bytes were decoded with (set by ingest). */
  encoding?: EncodingInfo;
  /** Extra key/values from front matter or HTML meta. */
  meta: Record<string, string>;
  tokens: Token[];
  sentences: Sentence[];
  /** `tokens[k].text.toLowerCase()` for every token `k` (the annotate stage makes them once for every later stage). */
  lowerForms: string[];
  entities: EntityRecord[];
  timexes: TimexRecord[];
  events: EventRecord[];
  warnings: Warning[];
  /** The finished record, built and checked by the validate stage. */
  record?: KnowledgeRecord;
}

/** Versions stamped into every record. */
export interface PipelineInfo {
  version: string;
  /** Hash of everything that changes extraction output: package version, models, gazetteers, config. */
  fingerprint: string;
  nerModel: string;
}

/** The knowledge record written per article (see `schemas/record.schema.json`). */
export interface KnowledgeRecord {
  schemaVersion: string;
  articleId: string;
  source: { path: string; bytes: number; sha256: string; encoding?: EncodingInfo };
  title: string | null;
  publication: PublicationDate;
  pipeline: PipelineInfo;
  text: string;
  sentences: Array<Span>;
  entities: EntityRecord[];
  timexes: TimexRecord[];
  events: EventRecord[];
  warnings: Warning[];
}
