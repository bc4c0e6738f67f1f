/**
 * Text mutations for fuzzing: each takes a manifest and returns a damaged copy. They imitate what an editor sees
 * while someone types (half-written lines, shifted indentation, pasted fragments) and what a hostile file can hold
 * (lone surrogates, NUL, bidirectional marks, huge scalars, aliases, deep nesting).
 */
import type { Random } from './random';
import { manyAliases, manyHostPorts, manyIngressPaths, manyIpBlocks, manyNodePorts, manySeparators, sharedLabel } from '../complexity/shapes';

export interface Mutation {
  name: string;
  /** Relative frequency (default 1); the costly ones are rarer, so that a CI run stays short. */
  weight?: number;
  apply(text: string, rng: Random, donor: string): string;
}

const STRANGE = ['\uD800', '\uDFFF', '\uDBFF\uDFFF', '\u0000', '\u202E', '\u202D', '\u200F', '\u200E', '\u2066', '\u200B', '\uFEFF', '\uFFFD', '\uFFFF', '\u2028', '\u2029', '\u0085', '\r', '\x1b[31m', '\u00A0', '😀', 'e\u0301', '\u0627\u0644', '\u{10FFFF}', '\t', '\v', '\f'];

const TOKENS = ['&a ', '*a', '<<: *a', '{', '}', '[', ']', '"', "'", '|', '|-', '>+', '!!binary ', '!!int ', '!local ', '? ', ': ', '- ', '#', ',', '%YAML 1.1\n', '%TAG ! tag:x,2000:\n', '{{ .Values.port }}', '{{- include "x" . | nindent 4 }}', '@', '`', '&', '*', '!', '...', '---', '\\', '$0', '0x1F', '1e309', '-.inf', '.nan', '~'];

const VALUES = ['0', '-1', '65536', '65535', '1', '080', '0o17', '0x50', '1_000', '1e3', '3.5', '99999999999999999999999', 'null', '~', '', '""', "''", 'true', 'no', '[]', '{}', '[1, 2', '{a: 1', '"unterminated', 'http', 'UDP', 'SCTP', 'a'.repeat(64), 'Service', 'Deployment', 'NetworkPolicy', 'Ingress', '10.0.0.0/8', '::1', '256.1.1.1', 'app=web', '*x', '&x', '!!str 80', '|\n  block', '- item'];

function lines(text: string): string[] {
  return text.split('\n');
}

function lineRange(rng: Random, count: number): [number, number] {
  const a = rng.int(Math.max(1, count));
  return [a, Math.min(count, a + rng.between(1, 8))];
}

function insertAt(text: string, at: number, piece: string): string {
  return text.slice(0, at) + piece + text.slice(at);
}

export const MUTATIONS: Mutation[] = [
  {
    name: 'byte-flip',
    apply(text, rng) {
      let out = text;
      for (let n = rng.between(1, 6); n > 0 && out.length > 0; n--) {
        const at = rng.int(out.length);
        out = out.slice(0, at) + String.fromCharCode(rng.int(128)) + out.slice(at + 1);
      }
      return out;
    },
  },
  { name: 'truncate', apply: (text, rng) => text.slice(0, rng.int(text.length + 1)) },
  {
    name: 'indent-shift',
    apply(text, rng) {
      const ls = lines(text);
      const [a, b] = lineRange(rng, ls.length);
      const delta = rng.pick([-4, -2, -1, 1, 2, 3, 4]);
      for (let i = a; i < b; i++) ls[i] = delta > 0 ? ' '.repeat(delta) + ls[i] : ls[i].replace(new RegExp(`^ {0,${-delta}}`), '');
      return ls.join('\n');
    },
  },
  {
    name: 'duplicate-lines',
    apply(text, rng) {
      const ls = lines(text);
      const [a, b] = lineRange(rng, ls.length);
      ls.splice(b, 0, ...ls.slice(a, b));
      return ls.join('\n');
    },
  },
  {
    name: 'delete-lines',
    apply(text, rng) {
      const ls = lines(text);
      const [a, b] = lineRange(rng, ls.length);
      ls.splice(a, b - a);
      return ls.join('\n');
    },
  },
  {
    name: 'swap-lines',
    apply(text, rng) {
      const ls = lines(text);
      const i = rng.int(ls.length);
      const j = rng.int(ls.length);
      [ls[i], ls[j]] = [ls[j], ls[i]];
      return ls.join('\n');
    },
  },
  {
    name: 'unicode',
    apply(text, rng) {
      let out = text;
      for (let n = rng.between(1, 4); n > 0; n--) out = insertAt(out, rng.int(out.length + 1), rng.pick(STRANGE));
      return out;
    },
  },
  {
    name: 'token',
    apply(text, rng) {
      let out = text;
      for (let n = rng.between(1, 3); n > 0; n--) out = insertAt(out, rng.int(out.length + 1), rng.pick(TOKENS));
      return out;
    },
  },
  {
    name: 'value-swap',
    apply(text, rng) {
      const ls = lines(text);
      const candidates = ls.map((l, i) => (/^\s*(- )?[\w./-]+:\s+\S/.test(l) ? i : -1)).filter((i) => i >= 0);
      if (candidates.length === 0) return text;
      for (let n = rng.between(1, 3); n > 0; n--) {
        const i = rng.pick(candidates);
        ls[i] = ls[i].replace(/:\s+.*$/, `: ${rng.pick(VALUES)}`);
      }
      return ls.join('\n');
    },
  },
  {
    name: 'huge-scalar',
    weight: 0.3,
    apply(text, rng) {
      const size = rng.pick([10_000, 50_000, 200_000]);
      const body = rng.pick(['x', 'ab ', '9', '\u00e9', '{{']).repeat(Math.ceil(size / 2));
      const quote = rng.pick(['', '"', "'"]);
      const ls = lines(text);
      ls.splice(rng.int(ls.length + 1), 0, `${' '.repeat(rng.pick([0, 2, 4]))}${rng.pick(['name', 'value', 'app', 'x'])}: ${quote}${body}${quote}`);
      return ls.join('\n');
    },
  },
  {
    name: 'document-marker',
    apply(text, rng) {
      const ls = lines(text);
      for (let n = rng.between(1, 3); n > 0; n--) ls.splice(rng.int(ls.length + 1), 0, rng.pick(['---', '...', '--- !x', '---  # c', '--- |', '%YAML 1.2', '--- {a: 1}']));
      return ls.join('\n');
    },
  },
  {
    name: 'tabs',
    apply(text, rng) {
      const ls = lines(text);
      const [a, b] = lineRange(rng, ls.length);
      for (let i = a; i < b; i++) ls[i] = rng.chance(0.5) ? ls[i].replace(/^( {2})+/, (m) => '\t'.repeat(m.length / 2)) : `\t${ls[i]}`;
      return ls.join('\n');
    },
  },
  {
    name: 'line-endings',
    apply(text, rng) {
      const mode = rng.int(3);
      if (mode === 0) return text.replace(/\n/g, '\r\n');
      if (mode === 1) return text.replace(/\n/g, '\r');
      return text.replace(/\n/g, () => rng.pick(['\n', '\r\n', '\r']));
    },
  },
  { name: 'bom', apply: (text, rng) => (rng.chance(0.5) ? '\uFEFF' : '\uFEFF\uFEFF') + text },
  {
    name: 'splice-donor',
    apply(text, rng, donor) {
      const from = lines(donor);
      const [a, b] = lineRange(rng, from.length);
      const ls = lines(text);
      ls.splice(rng.int(ls.length + 1), 0, ...from.slice(a, b));
      return ls.join('\n');
    },
  },
  {
    name: 'deep-nesting',
    weight: 0.3,
    apply(text, rng) {
      const depth = rng.pick([50, 500, 3000]);
      const piece = rng.chance(0.5) ? `x: ${'['.repeat(depth)}${']'.repeat(rng.chance(0.5) ? depth : 0)}` : Array.from({ length: Math.min(depth, 400) }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
      const ls = lines(text);
      ls.splice(rng.int(ls.length + 1), 0, piece);
      return ls.join('\n');
    },
  },
  {
    name: 'aliases',
    weight: 0.5,
    apply(text, rng) {
      const levels = rng.between(2, 9);
      const bomb = ['a0: &a0 [x, x, x, x, x, x, x, x, x]'];
      for (let i = 1; i < levels; i++) bomb.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
      const ls = lines(text);
      ls.splice(rng.int(ls.length + 1), 0, ...(rng.chance(0.5) ? bomb : ['labels: &l {app: web}', 'selector: *l', 'other: *missing', '<<: *l']));
      return ls.join('\n');
    },
  },
  {
    // The inputs that once cost more than linear time (issue 12), small enough for a fuzz case, pasted in as documents
    // of their own: they must stay cheap and correct beside whatever else the file holds.
    name: 'hostile-shape',
    weight: 0.3,
    apply(text, rng) {
      const n = rng.between(5, 200);
      const shape = rng.pick([manyAliases, manySeparators, manyIngressPaths, sharedLabel, manyIpBlocks, manyHostPorts, manyNodePorts]);
      return rng.chance(0.5) ? `${text}\n---\n${shape(n)}` : `${shape(n)}---\n${text}`;
    },
  },
];

/** Applies one to `max` random mutations in sequence; returns the text and the names applied, for the report. */
export function mutate(text: string, rng: Random, donor: string, max = 3): { text: string; applied: string[] } {
  let out = text;
  const applied: string[] = [];
  for (let n = rng.between(1, max); n > 0; n--) {
    const m = pickWeighted(rng);
    out = m.apply(out, rng, donor);
    applied.push(m.name);
  }
  return { text: out, applied };
}

const TOTAL_WEIGHT = MUTATIONS.reduce((sum, m) => sum + (m.weight ?? 1), 0);

function pickWeighted(rng: Random): Mutation {
  let r = rng.next() * TOTAL_WEIGHT;
  for (const m of MUTATIONS) {
    r -= m.weight ?? 1;
    if (r < 0) return m;
  }
  return MUTATIONS[MUTATIONS.length - 1];
}
