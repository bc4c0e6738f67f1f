/**
 * Tokenizes YAML with vscode-textmate and vscode-oniguruma (the engine VS Code uses), with our injection grammar
 * injected into a host YAML grammar, and reports the tokens the injection scoped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as onig from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';
import { REPO } from '../e2e/paths';

export const INJECTION_PATH = join(REPO, 'syntaxes', 'kube-netlens.injection.tmLanguage.json');
export const INJECTION = JSON.parse(readFileSync(INJECTION_PATH, 'utf8')) as {
  scopeName: string;
  injectionSelector: string;
  repository: Record<string, { match: string }>;
};

let loaded: Promise<void> | undefined;
export function loadOniguruma(): Promise<void> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  loaded ??= onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  return loaded;
}

/** Loads `source.yaml` from `files` (scope name to grammar file) with our grammar injected into it. */
export async function yamlGrammar(files: Record<string, string>): Promise<IGrammar> {
  await loadOniguruma();
  const registry = new Registry({
    onigLib: Promise.resolve({ createOnigScanner: (p) => new onig.OnigScanner(p), createOnigString: (s) => new onig.OnigString(s) }),
    loadGrammar: async (scope) => {
      const file = scope === INJECTION.scopeName ? INJECTION_PATH : files[scope];
      return file ? parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
    },
    getInjections: (scope) => (scope === 'source.yaml' ? [INJECTION.scopeName] : undefined),
  });
  const grammar = await registry.loadGrammar('source.yaml');
  if (!grammar) throw new Error('source.yaml did not load');
  return grammar;
}

/** The `[text, scope]` pairs of every token that carries one of our scopes (the innermost one), line by line. */
export function highlights(grammar: IGrammar, text: string): [string, string][] {
  const out: [string, string][] = [];
  let stack = INITIAL;
  for (const line of text.split('\n')) {
    const r = grammar.tokenizeLine(line, stack);
    for (const t of r.tokens) {
      const ours = t.scopes.filter((s) => s.endsWith('.kube-netlens'));
      if (ours.length) out.push([line.slice(t.startIndex, t.endIndex), ours[ours.length - 1]]);
    }
    stack = r.ruleStack;
  }
  return out;
}

/** The whole-string match of one repository regex, as the scanner sees it from offset 0. */
const scanners = new Map<string, onig.OnigScanner>();
export function fullMatch(rule: string, text: string): boolean {
  let scanner = scanners.get(rule);
  if (!scanner) scanners.set(rule, (scanner = new onig.OnigScanner([INJECTION.repository[rule].match])));
  const m = scanner.findNextMatchSync(text, 0);
  return m !== null && m.captureIndices[0].start === 0 && m.captureIndices[0].end === text.length;
}
