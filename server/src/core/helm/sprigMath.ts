/** Sprig's arithmetic: the integer functions work in int64 (bigints), the `f` ones in float64. */
import type { TemplateFunc } from './exec';
import { toFloat64, toInt64 } from './convert';
import { TemplateError } from './value';

const ints = (a: unknown[]): bigint[] => a.map(toInt64);
const floats = (a: unknown[]): number[] => a.map(toFloat64);

function reduceFloat(a: unknown[], f: (x: number, y: number) => number): number {
  const xs = floats(a);
  return xs.length ? xs.slice(1).reduce(f, xs[0]) : 0;
}

export const MATH_FUNCS: Record<string, TemplateFunc> = {
  add: (a) => ints(a).reduce((x, y) => x + y, 0n),
  add1: ([x]) => toInt64(x) + 1n,
  sub: ([x, y]) => toInt64(x) - toInt64(y),
  mul: (a) => ints(a).reduce((x, y) => x * y, 1n),
  div: ([x, y]) => {
    const d = toInt64(y);
    if (d === 0n) throw new TemplateError('runtime error: integer divide by zero');
    return toInt64(x) / d;
  },
  mod: ([x, y]) => {
    const d = toInt64(y);
    if (d === 0n) throw new TemplateError('runtime error: integer divide by zero');
    return toInt64(x) % d;
  },
  max: (a) => ints(a).reduce((x, y) => (y > x ? y : x)),
  min: (a) => ints(a).reduce((x, y) => (y < x ? y : x)),
  addf: (a) => reduceFloat(a, (x, y) => x + y),
  add1f: ([x]) => toFloat64(x) + 1,
  subf: (a) => reduceFloat(a, (x, y) => x - y),
  mulf: (a) => reduceFloat(a, (x, y) => x * y),
  divf: (a) => reduceFloat(a, (x, y) => x / y),
  maxf: (a) => Math.max(...floats(a)),
  minf: (a) => Math.min(...floats(a)),
  floor: ([x]) => Math.floor(toFloat64(x)),
  ceil: ([x]) => Math.ceil(toFloat64(x)),
  round: ([x, p, r]) => {
    const places = Number(toInt64(p));
    const pow = 10 ** places;
    const roundOn = r === undefined ? 0.5 : toFloat64(r);
    const v = toFloat64(x) * pow;
    const digit = Math.abs(v - Math.trunc(v));
    const rounded = digit >= roundOn ? (v < 0 ? Math.trunc(v) - 1 : Math.trunc(v) + 1) : Math.trunc(v);
    return rounded / pow;
  },
  int: ([x]) => toInt64(x),
  int64: ([x]) => toInt64(x),
  float64: ([x]) => toFloat64(x),
  toDecimal: ([x]) => {
    const n = parseInt(String(x), 8);
    return Number.isNaN(n) ? 0n : BigInt(n);
  },
  atoi: ([s]) => {
    const t = typeof s === 'string' ? s : '';
    return /^[+-]?[0-9]+$/.test(t) ? BigInt(t) : 0n;
  },
};
