/**
 * The functions Helm adds to Sprig: include, tpl, required, the YAML/JSON/TOML converters, lookup (an empty map, as
 * in `helm template`: there is no cluster), and the assembled function table of a render.
 */
import { BUILTINS } from './builtins';
import { str } from './convert';
import { Writer, type CallContext, type NamedTemplate, type TemplateFunc } from './exec';
import { readGoYaml, readGoYamlAll } from './goYamlIn';
import { toGoYaml } from './goYamlOut';
import { parseTemplate } from './parse';
import { COLLECTION_FUNCS } from './sprigCollections';
import { MATH_FUNCS } from './sprigMath';
import { MISC_FUNCS } from './sprigMisc';
import { STRING_FUNCS } from './sprigStrings';
import { toToml } from './toml';
import { GoStruct, TemplateError, isMap, sortedKeys } from './value';

/** encoding/json's Marshal: sorted keys, HTML-safe escapes unless `raw`. */
export function toGoJson(v: unknown, raw = false, indent = ''): string {
  const esc = (s: string): string => {
    const j = JSON.stringify(s).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
    return raw ? j : j.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
  };
  const walk = (x: unknown, pad: string): string => {
    if (x === null || x === undefined || typeof x === 'function') return 'null';
    if (typeof x === 'string') return esc(x);
    if (typeof x === 'bigint') return x.toString();
    if (typeof x === 'number') return Number.isFinite(x) ? JSON.stringify(x) : 'null';
    if (typeof x === 'boolean') return String(x);
    const inner = pad + indent;
    const nl = indent ? '\n' : '';
    const sep = indent ? ': ' : ':';
    if (Array.isArray(x)) return x.length ? `[${nl}${x.map((e) => inner + walk(e, inner)).join(',' + nl)}${nl}${pad}]` : '[]';
    const fields = x instanceof GoStruct ? Object.fromEntries(Object.entries(x.fields).filter(([, f]) => typeof f !== 'function')) : (x as Record<string, unknown>);
    const keys = sortedKeys(fields);
    return keys.length ? `{${nl}${keys.map((k) => `${inner}${esc(k)}${sep}${walk(fields[k], inner)}`).join(',' + nl)}${nl}${pad}}` : '{}';
  };
  return walk(v, '');
}

function fromJson(s: string): unknown {
  try {
    return JSON.parse(s) as unknown;
  } catch (e) {
    return { Error: (e as Error).message };
  }
}

function include(args: unknown[], ctx: CallContext): string {
  const w = new Writer(false);
  ctx.engine.execute(str(args[0]), args[1] ?? null, w);
  return w.text();
}

/** `tpl`: the text is a template of its own, run with the chart's named templates; its defines do not leak out. */
function tpl(args: unknown[], ctx: CallContext): string {
  const parsed = parseTemplate(str(args[0]));
  if ('error' in parsed) throw new TemplateError(`error calling tpl: cannot parse template ${JSON.stringify(str(args[0]))}: ${parsed.error}`);
  const saved = new Map<string, NamedTemplate | undefined>();
  for (const d of parsed.defines) {
    if (!saved.has(d.name)) saved.set(d.name, ctx.engine.templates.get(d.name));
    ctx.engine.templates.set(d.name, { name: d.name, file: ctx.file, body: d.body, pos: d.pos, end: d.end });
  }
  try {
    const w = new Writer(false);
    ctx.engine.executeBody(parsed.body, ctx.file, args[1] ?? null, w);
    return w.text();
  } finally {
    for (const [name, t] of saved) {
      if (t) ctx.engine.templates.set(name, t);
      else ctx.engine.templates.delete(name);
    }
  }
}

function required([msg, v]: unknown[]): unknown {
  if (v === null || v === undefined || v === '') throw new TemplateError(str(msg));
  return v;
}

const HELM_FUNCS: Record<string, TemplateFunc> = {
  include,
  tpl,
  required,
  toYaml: ([v]) => toGoYaml(v),
  mustToYaml: ([v]) => toGoYaml(v),
  toYamlPretty: ([v]) => toGoYaml(v),
  fromYaml: ([s]) => {
    const r = readGoYaml(str(s));
    return 'error' in r ? { Error: r.error } : isMap(r.value) ? r.value : r.value === null ? {} : { Error: 'error unmarshaling JSON: cannot unmarshal into map' };
  },
  fromYamlArray: ([s]) => {
    const r = readGoYamlAll(str(s));
    if ('error' in r) return [r.error];
    return Array.isArray(r.values[0]) ? r.values[0] : [];
  },
  toJson: ([v]) => toGoJson(v),
  mustToJson: ([v]) => toGoJson(v),
  toRawJson: ([v]) => toGoJson(v, true),
  mustToRawJson: ([v]) => toGoJson(v, true),
  toPrettyJson: ([v]) => toGoJson(v, false, '  '),
  mustToPrettyJson: ([v]) => toGoJson(v, false, '  '),
  fromJson: ([s]) => fromJson(str(s)),
  mustFromJson: ([s]) => fromJson(str(s)),
  fromJsonArray: ([s]) => {
    const v = fromJson(str(s));
    return Array.isArray(v) ? v : [];
  },
  toToml: ([v]) => toToml(v),
  lookup: () => ({}),
};

/** Every function a chart may call: Go's builtins, Sprig's (Helm leaves out env and expandenv) and Helm's. */
export function helmFunctionTable(): Map<string, TemplateFunc> {
  return new Map(Object.entries({ ...STRING_FUNCS, ...COLLECTION_FUNCS, ...MATH_FUNCS, ...MISC_FUNCS, ...HELM_FUNCS, ...BUILTINS }));
}
