#!/usr/bin/env node
/**
 * Compares two V8 heap snapshots by constructor: `node dist/dev/soak/heapdiff.js A.heapsnapshot B.heapsnapshot
 * [--top 25]` prints, for the constructors whose retained count or self size grew most from A to B, the
 * count and self size in each. Objects are grouped by constructor name, everything else by node type
 * (`(string)`, `(array)`, `(closure)`, `(code)`…), as DevTools' summary view does. Snapshots come from the
 * soak (`npm run soak -- --snapshots 8000,18000 --keep`) or `node --heapsnapshot-signal`.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

/** Count and self size (bytes) per constructor of one snapshot. */
export function summariseSnapshot(snap: Snapshot): Map<string, { count: number; size: number }> {
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const out = new Map<string, { count: number; size: number }>();
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + typeAt]!]!;
    const key = type === 'object' || type === 'native' ? snap.strings[snap.nodes[i + nameAt]!]! : `(${type})`;
    const had = out.get(key) ?? { count: 0, size: 0 };
    had.count++;
    had.size += snap.nodes[i + sizeAt]!;
    out.set(key, had);
  }
  return out;
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { top: { type: 'string', default: '25' } },
  });
  if (positionals.length !== 2) {
    process.stderr.write('usage: node dist/dev/soak/heapdiff.js A.heapsnapshot B.heapsnapshot [--top N]\n');
    process.exitCode = 2;
    return;
  }
  const [a, b] = positionals.map((f) => summariseSnapshot(JSON.parse(readFileSync(f!, 'utf8')) as Snapshot));
  const keys = new Set([...a!.keys(), ...b!.keys()]);
  const rows = [...keys].map((k) => {
    const x = a!.get(k) ?? { count: 0, size: 0 };
    const y = b!.get(k) ?? { count: 0, size: 0 };
    return { k, x, y, dSize: y.size - x.size, dCount: y.count - x.count };
  });
  rows.sort((p, q) => q.dSize - p.dSize);
  const kb = (n: number): string => (n / 1024).toFixed(0);
  const total = (m: Map<string, { size: number }>): number => [...m.values()].reduce((s, v) => s + v.size, 0);
  process.stdout.write(`total self size: ${kb(total(a!))} kB -> ${kb(total(b!))} kB\n`);
  process.stdout.write('| constructor | count A | count B | kB A | kB B | Δ kB |\n|---|---:|---:|---:|---:|---:|\n');
  for (const r of rows.slice(0, Number(values.top)))
    process.stdout.write(
      `| ${r.k.slice(0, 60)} | ${r.x.count} | ${r.y.count} | ${kb(r.x.size)} | ${kb(r.y.size)} | ${kb(r.dSize)} |\n`,
    );
}

if (import.meta.url === `file://${process.argv[1]}`) main();
