/**
 * The lexer of Go's text/template: text and actions between `{{` and `}}`, with `{{-`/`-}}` trimming the white space
 * beside them and `{{/* … *\/}}` comments. Offsets are UTF-16 offsets into the template's text.
 */
export type TokKind =
  | 'text' | 'left' | 'right' | 'space' | 'lparen' | 'rparen' | 'pipe' | 'declare' | 'assign' | 'comma'
  | 'string' | 'rawString' | 'char' | 'number' | 'bool' | 'nil' | 'dot' | 'field' | 'variable' | 'identifier'
  | 'keyword' | 'comment' | 'eof' | 'error';

export interface Token {
  kind: TokKind;
  text: string;
  pos: number;
}

const KEYWORDS = new Set(['if', 'else', 'end', 'range', 'with', 'define', 'template', 'block', 'break', 'continue']);
const isSpace = (c: string): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isAlnum = (c: string): boolean =>
  (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_' || (c > '\x7f' && /[\p{L}\p{N}]/u.test(c));

/** Splits a template into tokens; an unterminated action or a bad character ends it with an `error` token. */
export function lex(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let textStart = 0;
  const emitText = (end: number): void => {
    if (end > textStart) out.push({ kind: 'text', text: src.slice(textStart, end), pos: textStart });
  };
  while (i < src.length) {
    const open = src.indexOf('{{', i);
    if (open < 0) break;
    let textEnd = open;
    let p = open + 2;
    const trimLeft = src[p] === '-' && isSpace(src[p + 1] ?? '');
    if (trimLeft) {
      p += 1;
      while (textEnd > textStart && isSpace(src[textEnd - 1])) textEnd--;
    }
    emitText(textEnd);
    out.push({ kind: 'left', text: '{{', pos: open });
    const r = lexInside(src, p, out);
    if (r < 0) return out;
    i = r;
    textStart = r;
  }
  textStart = Math.min(textStart, src.length);
  emitText(src.length);
  out.push({ kind: 'eof', text: '', pos: src.length });
  return out;
}

/** Lexes one action from p (after `{{` or `{{- `); returns the offset after `}}` and its trimming, or -1. */
function lexInside(src: string, p: number, out: Token[]): number {
  const err = (msg: string, at: number): number => {
    out.push({ kind: 'error', text: msg, pos: at });
    return -1;
  };
  let q = p;
  while (isSpace(src[q] ?? '')) q++;
  if (src.startsWith('/*', q)) {
    const end = src.indexOf('*/', q + 2);
    if (end < 0) return err('unclosed comment', q);
    out.push({ kind: 'comment', text: src.slice(q, end + 2), pos: q });
    const r = end + 2;
    const close = closeAt(src, r);
    if (!close) return err('comment ends before closing delimiter', r);
    return finishRight(src, close, out);
  }
  let parenDepth = 0;
  while (p < src.length) {
    const close = closeAt(src, p);
    if (close) return finishRight(src, close, out);
    const c = src[p];
    if (isSpace(c)) {
      const s = p;
      while (p < src.length && isSpace(src[p]) && !closeAt(src, p)) p++;
      if (p === s) p++;
      out.push({ kind: 'space', text: src.slice(s, p), pos: s });
      continue;
    }
    const start = p;
    const push = (kind: TokKind, end: number): void => {
      out.push({ kind, text: src.slice(start, end), pos: start });
      p = end;
    };
    if (c === '(') {
      parenDepth++;
      push('lparen', p + 1);
    } else if (c === ')') {
      if (--parenDepth < 0) return err('unexpected right paren', p);
      push('rparen', p + 1);
    } else if (c === '|') push('pipe', p + 1);
    else if (c === ',') push('comma', p + 1);
    else if (c === ':' && src[p + 1] === '=') push('declare', p + 2);
    else if (c === '=') push('assign', p + 1);
    else if (c === '"' || c === "'") {
      const j = quotedEnd(src, p);
      if (j < 0) return err(c === '"' ? 'unterminated quoted string' : 'unterminated character constant', start);
      push(c === '"' ? 'string' : 'char', j);
    } else if (c === '`') {
      const j = src.indexOf('`', p + 1);
      if (j < 0) return err('unterminated raw quoted string', start);
      push('rawString', j + 1);
    } else if (c === '$') {
      let j = p + 1;
      while (j < src.length && isAlnum(src[j])) j++;
      push('variable', j);
    } else if (c === '.') {
      if (/[0-9]/.test(src[p + 1] ?? '')) push('number', numberEnd(src, p));
      else if (isAlnum(src[p + 1] ?? '')) {
        let j = p + 1;
        while (j < src.length && isAlnum(src[j])) j++;
        push('field', j);
      } else push('dot', p + 1);
    } else if (/[0-9+-]/.test(c)) {
      const j = numberEnd(src, p);
      if (j === p) return err(`unrecognized character in action: ${c}`, p);
      if (isAlnum(src[j] ?? '')) return err(`bad number syntax: ${src.slice(p, j + 1)}`, p);
      push('number', j);
    } else if (isAlnum(c)) {
      let j = p;
      while (j < src.length && isAlnum(src[j])) j++;
      const word = src.slice(p, j);
      push(KEYWORDS.has(word) ? 'keyword' : word === 'true' || word === 'false' ? 'bool' : word === 'nil' ? 'nil' : 'identifier', j);
    } else return err(`unrecognized character in action: ${JSON.stringify(c)}`, p);
  }
  return err('unclosed action', p);
}

/** The offset after the closing quote of the string or character constant at p, or -1 when the line ends first. */
function quotedEnd(src: string, p: number): number {
  const q = src[p];
  for (let j = p + 1; j < src.length; j++) {
    if (src[j] === '\\') j++;
    else if (src[j] === q) return j + 1;
    if (src[j] === '\n') return -1;
  }
  return -1;
}

function numberEnd(src: string, p: number): number {
  const m = /^[+-]?(0[xX][0-9a-fA-F_]*(\.[0-9a-fA-F_]*)?([pP][+-]?[0-9_]+)?|0[bB][01_]+|0[oO][0-7_]+|[0-9_]*\.?[0-9_]*([eE][+-]?[0-9_]+)?)i?/.exec(src.slice(p, p + 80));
  return m && /[0-9]/.test(m[0]) ? p + m[0].length : p;
}

/** The close delimiter at p: `}}`, or ` -}}` with its trim; returns [start, after, trims]. */
function closeAt(src: string, p: number): [number, number, boolean] | null {
  if (isSpace(src[p] ?? '') && src[p + 1] === '-' && src.startsWith('}}', p + 2)) return [p, p + 4, true];
  if (src.startsWith('}}', p)) return [p, p + 2, false];
  return null;
}

function finishRight(src: string, close: [number, number, boolean], out: Token[]): number {
  out.push({ kind: 'right', text: src.slice(close[0], close[1]), pos: close[0] });
  let r = close[1];
  if (close[2]) while (r < src.length && isSpace(src[r])) r++;
  return r;
}
