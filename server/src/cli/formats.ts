/** The CLI's three output formats. Positions become 1-based lines and columns here, once. */
import type { Diagnostic, LineIndex, Rule } from '../core';
import { docsUrl } from '../core';

export interface Located {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: Diagnostic['severity'];
  rule: string;
  message: string;
}

export interface Summary {
  files: number;
  documents: number;
  resources: number;
  /** Files holding Kubernetes objects, and Service → pod template links: what the editor's status bar counts. */
  manifests: number;
  links: number;
  errors: number;
  warnings: number;
  information: number;
  hints: number;
}

export function locate(display: string, index: LineIndex, d: Diagnostic): Located {
  const s = index.positionAt(d.start);
  const e = index.positionAt(d.end);
  return { file: display, line: s.line + 1, column: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1, severity: d.severity, rule: d.rule, message: d.message };
}

/**
 * A text field made safe for one line of CI output: C0 and C1 controls, DEL and the Unicode line and paragraph
 * separators become `\xNN`/`\uNNNN`. A label value or a file name holding a line break could otherwise print a line
 * of its own, such as a GitHub Actions `::error …` workflow command or a forged `file:line:col: error …` finding.
 */
export function escapeControls(text: string): string {
  // Matching control characters is the point here.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`;
  });
}

/** A path shown at the start of a line: escaped, and never beginning with `::`, which GitHub reads as a command. */
function linePath(file: string): string {
  const safe = escapeControls(file);
  return safe.startsWith('::') ? `./${safe}` : safe;
}

export function formatText(items: Located[], summary: Summary, notes: string[] = []): string {
  const lines = items.map((d) => `${linePath(d.file)}:${d.line}:${d.column}: ${d.severity} ${escapeControls(d.rule)}: ${escapeControls(d.message)}`);
  // A note names a chart's folder, which is as much the workspace's text as a file name.
  lines.push(...notes.map(escapeControls));
  const count = (n: number, w: string, p = `${w}s`) => `${n} ${n === 1 ? w : p}`;
  lines.push(
    `${count(summary.errors, 'error')}, ${count(summary.warnings, 'warning')}, ${summary.information} information, ${count(summary.hints, 'hint')} in ${count(summary.files, 'file')} (${count(summary.documents, 'document')}, ${count(summary.resources, 'resource')}; ${count(summary.manifests, 'manifest')}, ${count(summary.links, 'link')})`,
  );
  return lines.join('\n') + '\n';
}

export function formatJson(items: Located[], summary: Summary): string {
  return JSON.stringify({ version: 1, diagnostics: items, summary }, null, 2) + '\n';
}

const SARIF_LEVEL: Record<Diagnostic['severity'], string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(items: Located[], rules: readonly Rule[], version: string): string {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kube-netlens',
            version,
            semanticVersion: version,
            informationUri: 'https://github.com/kube-netlens/kube-netlens',
            rules: rules.map((r) => ({
              id: r.id,
              name: r.title,
              shortDescription: { text: r.title },
              fullDescription: { text: r.description },
              help: { text: r.remediation, markdown: r.remediation },
              helpUri: docsUrl(r.id),
              defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
              properties: { category: r.category },
            })),
          },
        },
        results: items.map((d) => ({
          ruleId: d.rule,
          ...(index.has(d.rule) ? { ruleIndex: index.get(d.rule) } : {}),
          level: SARIF_LEVEL[d.severity],
          message: { text: d.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: d.file.split('\\').join('/') },
                region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
              },
            },
          ],
        })),
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
