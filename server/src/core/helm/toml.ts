/** Helm's toToml (BurntSushi/toml's encoder): plain keys first, then tables, in sorted order. */
import { goQuote } from './goPrint';
import { isMap, sortedKeys } from './value';

const bareKey = (k: string): string => (/^[A-Za-z0-9_-]+$/.test(k) ? k : goQuote(k));

function tomlValue(v: unknown): string {
  if (typeof v === 'string') return goQuote(v);
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return Number.isInteger(v) ? `${v}.0` : String(v);
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `[${v.map(tomlValue).join(', ')}]`;
  if (isMap(v)) return `{${sortedKeys(v).map((k) => `${bareKey(k)} = ${tomlValue(v[k])}`).join(', ')}}`;
  return '""';
}

export function toToml(v: unknown): string {
  if (!isMap(v)) return '';
  const out: string[] = [];
  const table = (m: Record<string, unknown>, path: string[]): void => {
    const keys = sortedKeys(m);
    const plain = keys.filter((k) => !isMap(m[k]) && m[k] !== null && m[k] !== undefined);
    const indent = '  '.repeat(Math.max(path.length - 1, 0));
    if (path.length) out.push(`${out.length ? '\n' : ''}${indent}[${path.map(bareKey).join('.')}]`);
    for (const k of plain) out.push(`${path.length ? indent + '  ' : ''}${bareKey(k)} = ${tomlValue(m[k])}`);
    for (const k of keys.filter((x) => isMap(m[x]))) table(m[k] as Record<string, unknown>, [...path, k]);
  };
  table(v, []);
  return out.join('\n') + (out.length ? '\n' : '');
}
