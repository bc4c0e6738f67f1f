/**
 * Go's YAML decoder (libyaml's scanner) accepts a multi-line quoted scalar whose continuation lines are indented no
 * deeper than the key that owns it; the `yaml` package, following the spec, does not. Real manifests rely on this
 * (JSON in an annotation, spread over lines), and kubectl applies them, so reporting a syntax error there would be a
 * false alarm.
 *
 * relaxQuotedContinuations indents such continuation lines just enough for the strict parser, and returns the
 * insertions so that every offset can be mapped back to the original text. Whitespace inside a quoted scalar's
 * line breaks is folded away, so values are unchanged.
 */
export interface Relaxed {
  text: string;
  /** Maps an offset in the relaxed text back to the original. */
  toOriginal(offset: number): number;
}

export function relaxQuotedContinuations(text: string): Relaxed | null {
  const inserts: { at: number; n: number }[] = [];
  let i = 0;
  let lineStart = 0;
  let lineIndent = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') {
      lineStart = i + 1;
      lineIndent = countIndent(text, lineStart);
      i++;
      continue;
    }
    if (c === '#' && (i === lineStart || /\s/.test(text[i - 1]))) {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if ((c === "'" || c === '"') && startsScalar(text, lineStart, i)) {
      const scalarIndent = lineIndent;
      const insertsBefore = inserts.length;
      i++;
      while (i < text.length) {
        const d = text[i];
        if (c === '"' && d === '\\') {
          i += 2;
          continue;
        }
        if (d === c) {
          if (c === "'" && text[i + 1] === "'") {
            i += 2;
            continue;
          }
          break;
        }
        if (d === '\n') {
          const next = i + 1;
          const indent = countIndent(text, next);
          const rest = text[next + indent];
          if (rest !== undefined && rest !== '\n' && rest !== '\r' && indent <= scalarIndent) inserts.push({ at: next, n: scalarIndent + 1 - indent });
        }
        i++;
      }
      // An unterminated quote cannot be mended by indenting what follows it; trying would re-parse the rest of the
      // document as one broken scalar (30 s for 150 KB in the fuzzer).
      if (i >= text.length && inserts.length > insertsBefore) return null;
      i++;
      continue;
    }
    i++;
  }
  if (inserts.length === 0) return null;
  let out = '';
  let prev = 0;
  const relaxedAt: { rel: number; at: number; n: number }[] = [];
  let shift = 0;
  for (const ins of inserts) {
    out += text.slice(prev, ins.at) + ' '.repeat(ins.n);
    relaxedAt.push({ rel: ins.at + shift, at: ins.at, n: ins.n });
    shift += ins.n;
    prev = ins.at;
  }
  out += text.slice(prev);
  return {
    text: out,
    // Binary search: the converter maps every node, so a linear scan per call was quadratic in the insertions.
    toOriginal(offset: number): number {
      let lo = 0;
      let hi = relaxedAt.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (relaxedAt[mid].rel <= offset) lo = mid;
        else hi = mid - 1;
      }
      const r = relaxedAt[lo];
      if (offset < r.rel) return offset;
      if (offset < r.rel + r.n) return r.at;
      return offset - (r.rel - r.at) - r.n;
    },
  };
}

function countIndent(text: string, from: number): number {
  let n = 0;
  while (text[from + n] === ' ') n++;
  return n;
}

/**
 * A quote starts a scalar after a key's colon, a sequence dash, a flow opener or comma, or at the line start. Looks
 * back from the quote over blanks only, so that a long line with many quotes stays linear.
 */
function startsScalar(text: string, lineStart: number, at: number): boolean {
  let j = at - 1;
  while (j >= lineStart && /\s/.test(text[j])) j--;
  if (j < lineStart) return true;
  const c = text[j];
  if (c === ':' || c === '[' || c === '{' || c === ',') return true;
  return c === '-' && (j === lineStart || /\s/.test(text[j - 1]));
}
