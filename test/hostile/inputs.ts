/**
 * Hostile inputs shared by the core, CLI and LSP tests: each builds the text (or bytes) of one file.
 */

/** Nine levels of nine aliases each: a full expansion would have 9^9 (387 million) nodes. */
import { UNLABELLED_POD } from '../lsp/client';

export { UNLABELLED_POD };
export function billionLaughs(): string {
  const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: lol}', 'data:', '  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
  for (let i = 1; i < 9; i++) lines.push(`  a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]`);
  return lines.join('\n') + '\n';
}

export function service(name: string, label: string, extra = ''): string {
  return `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  selector:\n    app: ${label}\n  ports:\n    - port: 80\n      targetPort: http\n${extra}`;
}

export function deployment(name: string, label: string): string {
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  selector:\n    matchLabels:\n      app: ${label}\n  template:\n    metadata:\n      labels:\n        app: ${label}\n    spec:\n      containers:\n        - name: c\n          image: nginx\n          ports:\n            - name: http\n              containerPort: 8080\n`;
}

/** 10,000 documents: 5,000 Services, each selecting the pods of one of 5,000 Deployments. */
export function tenThousandDocuments(): string {
  const docs: string[] = [];
  for (let i = 0; i < 5000; i++) docs.push(service(`s${i}`, `a${i}`), deployment(`d${i}`, `a${i}`));
  return docs.join('---\n');
}

/** A block mapping nested `depth` levels by indentation (one space per level). */
export function deepBlock(depth: number): string {
  const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: deep}', 'data:'];
  for (let i = 1; i <= depth; i++) lines.push(`${' '.repeat(i)}k${i}:`);
  return lines.join('\n') + ' end\n';
}

export function deepFlow(depth: number): string {
  return `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\ndata: {x: ${'['.repeat(depth)}${']'.repeat(depth)}}\n`;
}

/** A Service whose one annotation is a single line of about `bytes` characters, in flow style. */
export function hugeLine(bytes: number): string {
  const entries: string[] = [];
  for (let n = 0; n * 12 < bytes; n++) entries.push(`k${n}: v${n}`);
  return `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: wide}\ndata: {${entries.join(', ')}}\n`;
}

/** A NUL-laden binary blob, as a file with a .yaml name might hold. */
export function binary(): Buffer {
  return Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
}

/**
 * A Service with a known finding: a selector that matches nothing, reported on `selector:` (line 6, column 3), a
 * warning because the file also defines a Pod it misses (the link policy).
 */
export const KNOWN =
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: nothing\n  ports:\n    - port: 80\n${UNLABELLED_POD}`;
export const KNOWN_LINE = 6;
export const KNOWN_COLUMN = 3;
