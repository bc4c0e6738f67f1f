/**
 * Parses one document span with the `yaml` package and converts it to the core's plain node tree. Parsing never
 * throws: whatever goes wrong becomes a SyntaxIssue.
 */
import { Alias, Document, isAlias, isMap, isPair, isScalar, isSeq, Lexer, parseDocument, Scalar, visit } from 'yaml';
import type { Node as YamlNode, YAMLError } from 'yaml';
import type { Range } from '../text';
import type { DocumentSpan } from './documents';
import type { ScalarStyle, YMap, YNode, YPair, YScalar } from './nodes';
import { keyText } from './nodes';
import { describeYamlError } from './yamlErrors';
import { relaxQuotedContinuations } from './relax';
import { blankTemplateActions, literalTemplateError } from './helmBlank';
import { detached } from '../strings';
import { applyMergeKeys } from './merge';
import { blankTabIndentedLines, TAB_AS_INDENT } from './tabIndent';

export interface SyntaxIssue extends Range {
  /** The `yaml` package's error code, or one of ours. */
  code: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface DuplicateKey {
  key: YNode;
  first: YPair;
  second: YPair;
  /** Zero for the document's top-level map. */
  depth: number;
}

export interface ParsedDocument {
  span: DocumentSpan;
  /** The exact text of the span; the cache key for re-parsing. */
  text: string;
  root: YNode | null;
  issues: SyntaxIssue[];
  duplicateKeys: DuplicateKey[];
  /** True when the document holds Go-template actions where YAML would read structure, i.e. a Helm template. */
  helm: boolean;
  aliasCount: number;
}

/** The keys that start a Kubernetes object. */
export const OBJECT_KEYS = ['apiVersion', 'kind'];

/** True when the document's top level repeats `apiVersion` or `kind`: two objects run together, with no `---` between. */
export function objectsRunTogether(doc: ParsedDocument): boolean {
  return doc.duplicateKeys.some((d) => d.depth === 0 && d.key.type === 'scalar' && OBJECT_KEYS.includes(d.key.raw));
}

/** How many times aliases may be expanded in one document before we call it a resource-exhaustion attack. */
export const MAX_ALIAS_EXPANSION = 10_000;

/**
 * How deeply collections may nest before a document is not analysed. The parser and every walker of the tree recurse,
 * and the `yaml` package exhausts the stack somewhere between 500 and 1,000 levels, at a depth that depends on how
 * deep the caller's stack already is. A fixed limit well below that keeps the outcome the same whoever calls; real
 * manifests (CRD schemas included) stay under 50 levels.
 */
export const MAX_NESTING = 256;

class NestedTooDeeply extends Error {}

/**
 * `detach`: parse a copy of the text (see `strings.ts` `detached`), so that the scalars' source text does not keep
 * the whole file text alive. Re-parses during editing need it: a scalar outlives its version of the file, since the
 * document is reused by later versions, and every version would stay in memory. The first parse of a file does not
 * need it: its scalars point into the very text the file holds.
 */
export function parseSpan(fileText: string, span: DocumentSpan, detach = false): ParsedDocument {
  const slice = fileText.slice(span.start, span.end);
  const text = detach ? detached(slice) : slice;
  const base = span.start;
  const result: ParsedDocument = { span, text, root: null, issues: [], duplicateKeys: [], helm: detectHelm(text), aliasCount: 0 };
  let doc: Document.Parsed;
  let toOriginal = (o: number) => o;
  // Errors on tabs as indentation, when the document was parsed again with those lines blanked (tabIndent.ts).
  let tabErrors: YAMLError[] = [];
  if (flowNestingExceeds(text, MAX_NESTING)) return tooDeep(result, text, base);
  // A Helm template is parsed with its actions blanked (same offsets); see helmBlank.ts.
  let source = result.helm ? blankTemplateActions(text) : text;
  try {
    doc = parse(source);
    if (!result.helm && doc.errors.length > 0 && text.includes('{{')) {
      // Actions only inside scalars, e.g. `name: "{{ include "x" . }}"`: a template too, if blanking them mends it.
      const blanked = blankTemplateActions(text);
      const again = parse(blanked);
      if (again.errors.length === 0) [doc, source, result.helm] = [again, blanked, true];
    }
    const blankedTabs = result.helm ? null : blankTabIndentedLines(source, doc.errors);
    if (blankedTabs) {
      tabErrors = doc.errors.filter((e) => e.code === TAB_AS_INDENT);
      [doc, source] = [parse(blankedTabs), blankedTabs];
    }
    if (doc.errors.some((e) => e.code === 'MISSING_CHAR')) {
      const relaxed = relaxQuotedContinuations(source);
      // The relaxed text reads quotes differently, so its brackets are checked again before it is parsed.
      const again = relaxed && !flowNestingExceeds(relaxed.text, MAX_NESTING) && parse(relaxed.text);
      if (relaxed && again && again.errors.length === 0) {
        doc = again;
        toOriginal = relaxed.toOriginal;
      }
    }
  } catch (e) {
    result.issues.push({ start: base, end: base + Math.min(text.length, 1), code: 'PARSER_FAILURE', message: `the YAML parser failed: ${(e as Error).message}`, severity: 'error' });
    return result;
  }
  if (doc.errors.some((e) => e.code === 'RESOURCE_EXHAUSTION')) return tooDeep(result, text, base);
  for (const err of result.helm ? doc.errors.filter((e) => literalTemplateError(text, e.code, e.pos[0])) : [...tabErrors, ...doc.errors].sort((a, b) => a.pos[0] - b.pos[0])) {
    result.issues.push({ ...clampRange(err.pos, text.length, base), code: err.code, message: describeYamlError(err.code, err.message), severity: 'error' });
  }
  for (const warn of result.helm ? [] : doc.warnings) {
    result.issues.push({ ...clampRange(warn.pos, text.length, base), code: warn.code, message: describeYamlError(warn.code, warn.message), severity: 'warning' });
  }
  const converter = new Converter(doc, base, text, toOriginal);
  try {
    result.root = doc.contents ? converter.convert(doc.contents as YamlNode, 0) : null;
  } catch (e) {
    if (e instanceof NestedTooDeeply || e instanceof RangeError) return tooDeep(result, text, base);
    result.issues.push({ start: base, end: base + Math.min(text.length, 1), code: 'PARSER_FAILURE', message: `the YAML parser failed: ${(e as Error).message}`, severity: 'error' });
    result.root = null;
  }
  // Branches of an `if`/`else` often set the same key; only one of them is rendered.
  result.duplicateKeys = result.helm ? [] : converter.duplicates;
  result.aliasCount = converter.aliasCount;
  for (const { start, end } of converter.invalidMerges) {
    result.issues.push({ start, end, code: 'MERGE_VALUE', message: 'a merge key (<<) takes a map, an alias of a map, or a list of them; kubectl rejects this document', severity: 'error' });
  }
  if (converter.aliasCount > 0) {
    const expansion = Math.max(converter.mergedPairs, aliasExpansion(result.root));
    if (expansion > MAX_ALIAS_EXPANSION) {
      const first = converter.firstAlias ?? { start: base, end: base };
      result.issues.push({ start: first.start, end: first.end, code: 'ALIAS_LIMIT', message: `aliases in this document expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} nodes; it is not analysed (resource-exhaustion guard)`, severity: 'error' });
      result.root = null;
    }
  }
  return result;
}

/**
 * The one outcome of a document nested too deeply, whether our limit or the stack caught it: the same issue at the
 * document's first character, and nothing else, so that the diagnostics do not depend on where the stack ran out.
 */
/**
 * Parses `rewritten`, a rewrite of the text at `[start, start + original.length)` that only moves lines sideways (a
 * re-indentation), into nodes whose offsets are the original's, through `toOriginal`. Null unless the rewrite parses
 * with no error or warning: it is used only to read a document as it was meant to be.
 */
export function parseRewritten(original: string, start: number, rewritten: string, toOriginal: (offset: number) => number): YNode | null {
  try {
    const doc = parse(rewritten);
    if (doc.errors.length > 0 || doc.warnings.length > 0 || !doc.contents) return null;
    const converter = new Converter(doc, start, original, toOriginal);
    const root = converter.convert(doc.contents as YamlNode, 0);
    return converter.duplicates.length === 0 && converter.invalidMerges.length === 0 ? root : null;
  } catch {
    return null;
  }
}

function tooDeep(result: ParsedDocument, text: string, base: number): ParsedDocument {
  const first = Math.max(0, text.search(/\S/));
  result.issues = [{ start: base + first, end: base + Math.min(text.length, first + 1), code: 'TOO_DEEP', message: `the document nests collections more than ${MAX_NESTING} levels deep; it is not analysed (resource-exhaustion guard)`, severity: 'error' }];
  result.root = null;
  result.duplicateKeys = [];
  result.aliasCount = 0;
  return result;
}

/**
 * True when flow collections (`[`, `{`) nest deeper than the limit. Checked before parsing because the `yaml` package
 * takes time proportional to depth times lines for an unclosed deep flow collection (about a second for 3,000
 * brackets and 50 lines). Only a document with more brackets than the limit is lexed, so ordinary ones cost one pass.
 */
function flowNestingExceeds(text: string, limit: number): boolean {
  // Counted with indexOf, which scans natively: every document of the workspace goes through here before parsing.
  let brackets = 0;
  for (const open of ['[', '{']) {
    for (let i = text.indexOf(open); i >= 0 && brackets <= limit; i = text.indexOf(open, i + 1)) brackets++;
  }
  if (brackets <= limit) return false;
  let depth = 0;
  for (const token of new Lexer().lex(text)) {
    if (token === '[' || token === '{') {
      if (++depth > limit) return true;
    } else if (token === ']' || token === '}') depth--;
  }
  return false;
}

function parse(text: string): Document.Parsed {
  return parseDocument(text, { uniqueKeys: false, prettyErrors: false, keepSourceTokens: false, strict: true });
}

function clampRange(pos: [number, number], len: number, base: number): Range {
  const s = Math.max(0, Math.min(pos[0], len));
  let e = Math.max(s, Math.min(pos[1], len));
  // An empty range would be invisible in an editor: mark the next character, or the last one at the end of the text.
  let start = s;
  if (e === s && e < len) e = s + 1;
  else if (e === s && s > 0) start = s - 1;
  return { start: base + start, end: base + e };
}

/** Maps with more keys than this find duplicates through a Map; smaller ones by scanning the keys so far. */
const SMALL_MAP = 12;

class Converter {
  readonly duplicates: DuplicateKey[] = [];
  aliasCount = 0;
  firstAlias: Range | null = null;
  mergedPairs = 0;
  readonly invalidMerges: Range[] = [];
  /** Converted nodes by source node, which an alias looks its anchor up in; kept only when the text may hold an anchor. */
  private readonly seen = new Map<YamlNode, YNode>();
  private readonly anchors: boolean;
  /** Each alias's anchored node, found in one walk of the document at the first alias (see `aliasTargets`). */
  private targets: Map<YamlNode, YamlNode> | null = null;

  constructor(
    private readonly doc: Document.Parsed,
    private readonly base: number,
    private readonly originalText: string,
    private readonly toOriginal: (offset: number) => number,
  ) {
    this.anchors = originalText.includes('&');
  }

  convert(node: YamlNode, depth: number): YNode {
    if (depth > MAX_NESTING) throw new NestedTooDeeply();
    const range = node.range ?? [0, 0, 0];
    const start = this.base + this.toOriginal(range[0]);
    const end = this.base + this.toOriginal(range[1]);
    let out: YNode;
    if (isAlias(node)) {
      this.aliasCount++;
      this.targets ??= aliasTargets(this.doc);
      const target = this.targets.get(node);
      out = { type: 'alias', name: (node as Alias).source, target: (target && this.seen.get(target)) ?? null, start, end };
      this.firstAlias ??= { start, end };
    } else if (isScalar(node)) {
      out = this.scalar(node, start, end);
    } else if (isMap(node)) {
      const map: YMap = { type: 'map', items: [], flow: node.flow === true, start, end };
      if (this.anchors) this.seen.set(node, map);
      // Keys seen so far, for duplicates: a list for the usual small map, a Map once it grows (CRD schemas).
      const keyList: (string | null)[] = [];
      let keyMap: Map<string, YPair> | null = null;
      for (const item of node.items) {
        if (!isPair(item)) continue;
        const key = item.key ? this.convert(item.key as YamlNode, depth + 1) : ({ type: 'scalar', value: null, raw: '', style: 'plain', start, end: start } as YScalar);
        const value = item.value ? this.convert(item.value as YamlNode, depth + 1) : null;
        const pair: YPair = { key, value, start: key.start, end: value ? Math.max(value.end, key.end) : key.end };
        const k = keyText(pair);
        if (k !== null) {
          if (!keyMap && keyList.length >= SMALL_MAP) {
            keyMap = new Map();
            keyList.forEach((seen, i) => seen !== null && !keyMap!.has(seen) && keyMap!.set(seen, map.items[i]));
          }
          const first = keyMap ? keyMap.get(k) : map.items[keyList.indexOf(k)];
          if (first) this.duplicates.push({ key, first, second: pair, depth });
          else keyMap?.set(k, pair);
        }
        keyList.push(keyMap ? null : k);
        map.items.push(pair);
      }
      // A block collection ends with its last item, not with the line break or comments after it.
      if (map.items.length > 0 && !map.flow) {
        map.start = map.items[0].start;
        map.end = map.items[map.items.length - 1].end;
      }
      this.merge(map);
      return map;
    } else if (isSeq(node)) {
      const items: YNode[] = [];
      const seq: YNode = { type: 'seq', items, flow: node.flow === true, start, end };
      if (this.anchors) this.seen.set(node, seq);
      for (const item of node.items) {
        if (item && !isPair(item)) items.push(this.convert(item as YamlNode, depth + 1));
      }
      if (items.length > 0 && node.flow !== true) seq.end = items[items.length - 1].end;
      return seq;
    } else {
      out = { type: 'scalar', value: null, raw: '', style: 'plain', start, end };
    }
    if (this.anchors) this.seen.set(node, out);
    return out;
  }

  /**
   * Applies `<<` merge keys (`merge.ts`), within the alias budget. A merge shares pairs between maps as an alias
   * shares a node, so it counts as an alias: the incremental path leaves such documents to a full parse.
   */
  private merge(map: YMap): void {
    if (this.mergedPairs > MAX_ALIAS_EXPANSION) return;
    const outcome = applyMergeKeys(map);
    if (!outcome) return;
    this.aliasCount++;
    this.mergedPairs += outcome.merged;
    this.invalidMerges.push(...outcome.invalid);
  }

  private scalar(node: Scalar, start: number, end: number): YScalar {
    let value: YScalar['value'];
    const v = node.value;
    if (v === null || v === undefined) value = null;
    else if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') value = v;
    else if (typeof v === 'bigint') value = Number(v);
    else value = String(v);
    const style = styleOf(node.type);
    // A block scalar's range runs over its final line breaks; the value itself ends at its last character.
    if (style === 'literal' || style === 'folded') {
      while (end > start && /\s/.test(this.originalText[end - this.base - 1] ?? '')) end--;
    }
    const s: YScalar = { type: 'scalar', value, raw: this.originalText.slice(start - this.base, end - this.base), style, start, end };
    if (node.tag) s.tag = node.tag;
    return s;
  }
}

/**
 * What `Alias.resolve` finds, for every alias at once: the last node before it, in the order `visit` walks the
 * document, that carries its anchor. `resolve` walks the whole document for each alias, which made N aliases cost N².
 */
function aliasTargets(doc: Document.Parsed): Map<YamlNode, YamlNode> {
  const latest = new Map<string, YamlNode>();
  const targets = new Map<YamlNode, YamlNode>();
  visit(doc, {
    Node: (_key, node) => {
      if (isAlias(node)) {
        const target = latest.get(node.source);
        if (target) targets.set(node, target);
      } else if (node.anchor) latest.set(node.anchor, node);
    },
  });
  return targets;
}

function styleOf(t: Scalar['type']): ScalarStyle {
  switch (t) {
    case 'QUOTE_DOUBLE':
      return 'double';
    case 'QUOTE_SINGLE':
      return 'single';
    case 'BLOCK_LITERAL':
      return 'literal';
    case 'BLOCK_FOLDED':
      return 'folded';
    default:
      return 'plain';
  }
}

/** Counts the nodes a full expansion of the tree would produce, stopping early once past the limit. */
function aliasExpansion(root: YNode | null): number {
  const memo = new Map<YNode, number>();
  const size = (n: YNode | null, depth: number): number => {
    if (!n || depth > 64) return 1;
    const cached = memo.get(n);
    if (cached !== undefined) return cached;
    let total = 1;
    if (n.type === 'alias') total = size(n.target, depth + 1);
    else if (n.type === 'map') for (const p of n.items) total += size(p.key, depth + 1) + size(p.value, depth + 1);
    else if (n.type === 'seq') for (const i of n.items) total += size(i, depth + 1);
    total = Math.min(total, MAX_ALIAS_EXPANSION * 10);
    memo.set(n, total);
    return total;
  };
  return size(root, 0);
}

/**
 * A Go-template action (`{{ … }}`) where YAML expects structure (line start, or a plain value right after `key:` or
 * `- `) marks a Helm or other template. Actions inside quoted strings or in the middle of plain text are ordinary
 * string content, e.g. Prometheus alert descriptions, and do not count.
 *
 * A hand-written scan, line by line, in linear time: the regular expression it replaces let a lazy key run across
 * line breaks and took 14 s on a 180 KB file.
 */
export function detectHelm(text: string): boolean {
  if (!text.includes('{{')) return false;
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (lineStartsAction(text, start, end)) return true;
    start = end + 1;
  }
  return false;
}

/** `[ \t]*(-[ \t]+)*` then `{{`, or a key (quoted, or plain up to a `#`), `:`, blanks and `{{`. */
function lineStartsAction(text: string, start: number, end: number): boolean {
  const blank = (i: number) => text[i] === ' ' || text[i] === '\t';
  const skipBlanks = (i: number) => {
    while (i < end && blank(i)) i++;
    return i;
  };
  const actionAfterColon = (colon: number) => {
    const i = skipBlanks(colon + 1);
    return i > colon + 1 && text.startsWith('{{', i) && i + 2 <= end;
  };
  let i = skipBlanks(start);
  while (text[i] === '-' && i + 1 < end && blank(i + 1)) i = skipBlanks(i + 1);
  if (text.startsWith('{{', i) && i + 2 <= end) return true;
  const c = text[i];
  if (i >= end || c === '#' || c === '{' || /\s/.test(c)) return false;
  if (c === '"' || c === "'") {
    const close = text.indexOf(c, i + 1);
    if (close < 0 || close >= end) return false;
    const colon = skipBlanks(close + 1);
    return text[colon] === ':' && colon < end && actionAfterColon(colon);
  }
  for (let j = i + 1; j < end && text[j] !== '#'; j++) {
    if (text[j] === ':' && actionAfterColon(j)) return true;
  }
  return false;
}
