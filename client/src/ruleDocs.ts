/**
 * The rule documentation as the client offers it: the list of rules (read from package.json's generated
 * `kubeNetlens.rules` schema, so that the client bundles no rule code), and the way from a docs URL, which the server
 * puts in every diagnostic and "Show documentation" action, back to a rule id. Pure (no `vscode` import).
 */
import { DOCS_BASE } from '../../server/src/core/rules/types';

export interface RuleEntry {
  id: string;
  title: string;
  severity: string;
}

interface RuleSchema {
  markdownDescription?: string;
  properties?: { severity?: { default?: unknown } };
}

/** Every rule of the manifest's `kubeNetlens.rules` settings, in registry order: `**Title** (default: warning). …`. */
export function rulesOfManifest(manifest: unknown): RuleEntry[] {
  const props = (manifest as { contributes?: { configuration?: { properties?: Record<string, { properties?: Record<string, RuleSchema> }> } } })?.contributes
    ?.configuration?.properties?.['kubeNetlens.rules']?.properties;
  return Object.entries(props ?? {}).map(([id, schema]) => ({
    id,
    title: /^\*\*(.+?)\*\*/.exec(schema.markdownDescription ?? '')?.[1] ?? id,
    severity: String(schema.properties?.severity?.default ?? ''),
  }));
}

/** The rule id of a link into the rules' documentation (`…/docs/rules.md#rule-id`), or undefined for any other URL. */
export function ruleOfDocsUrl(url: string): string | undefined {
  const prefix = `${DOCS_BASE}#`;
  if (!url.startsWith(prefix)) return undefined;
  const id = url.slice(prefix.length);
  return /^[a-z0-9]+(-[a-z0-9]+)*$/.test(id) ? id : undefined;
}
