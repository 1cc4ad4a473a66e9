/**
 * `pipeline.config.json`: read, validated against `schemas/config.schema.json` (unknown keys refused),
 * defaults taken from the schema itself, CLI flags layered on top, then validated again.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DossierError } from './errors.js';
import type { ErrorObject } from 'ajv';
import { formatAjvErrors, SCHEMA_DIR, validators } from './schema/validators.js';
import { sha256 } from './ids.js';
import { userDateProblem } from './ingest/dates.js';

/** The resolved configuration a run uses (absolute paths). */
export interface PipelineConfig {
  inputs: string[];
  output: string;
  include: string[];
  exclude: string[];
  workers: number;
  maxInFlight: number;
  maxFileBytes: number;
  articleTimeoutMs: number;
  followSymlinks: boolean;
  fallbackPublicationDate: string | null;
  minEventConfidence: number;
  log: { level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'; file: string | null };
  progress: 'auto' | 'always' | 'never';
}

/** Values from the command line; each overrides the file. */
export type ConfigOverrides = Partial<Pick<PipelineConfig, 'inputs' | 'output' | 'workers'>>;

export const DEFAULT_CONFIG_FILE = 'pipeline.config.json';

interface SchemaNode {
  default?: unknown;
  properties?: Record<string, SchemaNode>;
}

/** Defaults read from the schema's `default` keywords, so the schema stays the one source of truth. */
export function schemaDefaults(): PipelineConfig {
  const schema = JSON.parse(readFileSync(new URL('config.schema.json', SCHEMA_DIR), 'utf8')) as SchemaNode;
  const collect = (node: SchemaNode): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      if (key === '$schema') continue;
      if (child.properties) out[key] = collect(child);
      else if ('default' in child) out[key] = structuredClone(child.default);
    }
    return out;
  };
  return collect(schema) as unknown as PipelineConfig;
}

/**
 * Loads the config. `file` undefined means `./pipeline.config.json` if it exists, else defaults only.
 * Relative paths in the file resolve against the file's folder; those in `overrides` against `cwd`.
 */
export function loadConfig(
  file: string | undefined,
  overrides: ConfigOverrides = {},
  cwd = process.cwd(),
): PipelineConfig {
  const defaults = schemaDefaults();
  let fromFile: Record<string, unknown> = {};
  let baseDir = cwd;
  const chosen =
    file ?? (existsSync(path.join(cwd, DEFAULT_CONFIG_FILE)) ? path.join(cwd, DEFAULT_CONFIG_FILE) : undefined);
  if (chosen !== undefined) {
    const abs = path.resolve(cwd, chosen);
    baseDir = path.dirname(abs);
    let raw: string;
    try {
      raw = readFileSync(abs, 'utf8');
    } catch (e) {
      throw new DossierError(
        'E_CONFIG_READ',
        `cannot read config file ${abs} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      );
    }
    try {
      fromFile = JSON.parse(raw) as Record<string, unknown>;
    } catch (e) {
      throw new DossierError('E_CONFIG_JSON', `config file ${abs} is not valid JSON: ${(e as Error).message}`);
    }
    if (typeof fromFile !== 'object' || fromFile === null || Array.isArray(fromFile)) {
      throw new DossierError('E_CONFIG_INVALID', `config file ${abs} must hold a JSON object`);
    }
    const v = validators().config;
    if (!v(fromFile))
      throw new DossierError(
        'E_CONFIG_INVALID',
        `config file ${abs} is invalid: ${describeConfigErrors(v.errors, fromFile)}`,
      );
    // The schema checks the shape; only code can check that the day exists (no 2024-02-30).
    const fallback = fromFile['fallbackPublicationDate'];
    const problem = typeof fallback === 'string' ? userDateProblem(fallback) : null;
    if (problem !== null)
      throw new DossierError('E_CONFIG_INVALID', `config file ${abs}: "fallbackPublicationDate" ${problem}`);
  }
  const merged: PipelineConfig = {
    ...defaults,
    ...(fromFile as Partial<PipelineConfig>),
    log: { ...defaults.log, ...((fromFile.log as object | undefined) ?? {}) },
  };
  delete (merged as unknown as Record<string, unknown>)['$schema'];
  merged.inputs = merged.inputs.map((p) => path.resolve(baseDir, p));
  merged.output = path.resolve(baseDir, merged.output);
  if (merged.log.file) merged.log.file = path.resolve(baseDir, merged.log.file);
  if (overrides.inputs && overrides.inputs.length > 0)
    merged.inputs = overrides.inputs.map((p) => path.resolve(cwd, p));
  if (overrides.output !== undefined) merged.output = path.resolve(cwd, overrides.output);
  if (overrides.workers !== undefined) merged.workers = overrides.workers;
  const v = validators().config;
  if (!v(merged))
    throw new DossierError(
      'E_CONFIG_INVALID',
      `configuration after command-line flags is invalid: ${describeConfigErrors(v.errors, merged)}`,
    );
  checkPathOverlap(merged, overrides);
  return merged;
}

/** Config keys at the top level and under `log`, for "did you mean". */
function knownKeys(instancePath: string): string[] {
  const schema = JSON.parse(readFileSync(new URL('config.schema.json', SCHEMA_DIR), 'utf8')) as SchemaNode;
  const node = instancePath === '/log' ? schema.properties?.['log'] : instancePath === '' ? schema : undefined;
  return Object.keys(node?.properties ?? {}).filter((k) => k !== '$schema');
}

/** Edit distance (Levenshtein), for suggesting the key a user meant. */
function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/** The known key closest to `key` (case-insensitive, at most a third of its letters off), or null. */
export function suggestKey(key: string, known: string[]): string | null {
  let best: string | null = null;
  let bestD = Infinity;
  for (const k of known) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase());
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best !== null && bestD <= Math.max(2, Math.floor(key.length / 3)) ? best : null;
}

/**
 * ajv's errors said for a person: an unknown key with "did you mean", a glob shown as written with
 * what a glob may not be (not the schema's regular expression), a date's expected form.
 */
function describeConfigErrors(errors: ErrorObject[] | null | undefined, data: unknown): string {
  const valueAt = (pointer: string): unknown =>
    pointer
      .split('/')
      .slice(1)
      .reduce<unknown>(
        (v, k) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
        data,
      );
  const parts = (errors ?? []).map((e) => {
    if (e.keyword === 'additionalProperties') {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      const hint = suggestKey(key, knownKeys(e.instancePath));
      return `${e.instancePath || '(root)'}: unknown key "${key}"${hint ? ` (did you mean "${hint}"?)` : ''}`;
    }
    if (e.keyword === 'pattern' && /^\/(?:include|exclude)\/\d+$/.test(e.instancePath))
      return `${e.instancePath}: the glob ${JSON.stringify(valueAt(e.instancePath))} must be relative to each input folder (no leading /, no drive letter, no .. segment), e.g. "**/*.txt"`;
    if (e.keyword === 'pattern' && e.instancePath === '/fallbackPublicationDate')
      return `/fallbackPublicationDate: ${JSON.stringify(valueAt(e.instancePath))} must be a date written YYYY-MM-DD, e.g. "2024-06-20"`;
    return formatAjvErrors([e]);
  });
  return parts.join('; ');
}

/** True when `inner` is `outer` or lies inside it (both absolute). */
function isWithin(inner: string, outer: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/**
 * The output folder must not overlap an input folder: a run would otherwise read its own records (or
 * write records among the articles), and a nightly job would feed on itself. The message names what the
 * user typed: the flag (`--output`, `--input`) or the config key (`"output"`, `"inputs"`).
 */
function checkPathOverlap(config: PipelineConfig, overrides: ConfigOverrides): void {
  const outputFromFlag = overrides.output !== undefined;
  const inputsFromFlag = overrides.inputs !== undefined && overrides.inputs.length > 0;
  for (const input of config.inputs) {
    if (isWithin(config.output, input) || isWithin(input, config.output)) {
      const out = outputFromFlag ? `--output ${config.output}` : `"output" (${config.output})`;
      const inp = inputsFromFlag ? `--input ${input}` : `input folder ${input} (from "inputs")`;
      const problem = `${out} and ${inp} overlap; choose an output folder outside every input folder`;
      throw new DossierError(outputFromFlag || inputsFromFlag ? 'E_USAGE' : 'E_CONFIG_INVALID', problem);
    }
  }
}

/** Hash of the settings that change extraction output (part of the pipeline fingerprint). */
export function extractionConfigHash(
  config: Pick<PipelineConfig, 'fallbackPublicationDate' | 'minEventConfidence'>,
): string {
  return sha256(JSON.stringify({ f: config.fallbackPublicationDate, m: config.minEventConfidence })).slice(0, 16);
}
