/**
 * Hostile input at the core: each has a bounded outcome (a diagnostic that says what happened) and bounded cost.
 * Costs are CPU time of this process, so a busy machine does not make them flaky; the bounds only catch hangs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace } from '../../server/src/core/model/workspace';
import { checkFile } from '../../server/src/core/rules/runner';
import { MAX_ALIAS_EXPANSION, MAX_NESTING } from '../../server/src/core/syntax/parse';
import { analyse } from '../fuzz/analyse';
import * as H from './inputs';

const CPU_BOUND_MS = 20_000;

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function check(text: string, uri = '/ws/a.yaml') {
  const t0 = cpuMs();
  const ws = new Workspace();
  ws.setFile(uri, text);
  const { diagnostics } = analyse(ws);
  const ms = cpuMs() - t0;
  assert.ok(ms < CPU_BOUND_MS, `took ${ms.toFixed(0)} ms of CPU`);
  return { diags: diagnostics.get(uri) ?? [], ms };
}

test('a billion-laughs alias bomb is stopped by the alias limit, with a diagnostic that says so', () => {
  const { diags } = check(H.billionLaughs());
  assert.deepEqual(diags.map((d) => d.rule), ['yaml-syntax']);
  assert.match(diags[0].message, new RegExp(`aliases in this document expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString('en-US')} nodes; it is not analysed`));
});

test('a skipped file (too large, binary) gets exactly one file-not-analysed information with the reason', () => {
  const ws = new Workspace();
  ws.skipFile('/ws/big.yaml', 'not analysed: the file is 50.0 MB, over the 2.0 MB limit (kubeNetlens.maxFileSizeKB)');
  const diags = checkFile(ws.snapshot(), '/ws/big.yaml');
  assert.deepEqual(diags.map((d) => [d.rule, d.severity, d.start, d.end, d.message]), [['file-not-analysed', 'information', 0, 0, 'not analysed: the file is 50.0 MB, over the 2.0 MB limit (kubeNetlens.maxFileSizeKB)']]);
});

test('10,000 documents in one file are analysed in bounded time, and link correctly', () => {
  const { diags, ms } = check(H.tenThousandDocuments());
  assert.deepEqual(diags, [], 'every Service selects its Deployment, every named targetPort resolves');
  console.log(`10,000 documents: ${ms.toFixed(0)} ms of CPU`);
});

test('nesting 5,000 levels deep, by indentation or by brackets, gives one diagnostic in bounded time', () => {
  for (const [what, text] of [['block', H.deepBlock(5000)], ['flow', H.deepFlow(5000)]]) {
    const { diags, ms } = check(text);
    assert.deepEqual(diags.map((d) => d.message), [`the document nests collections more than ${MAX_NESTING} levels deep; it is not analysed (resource-exhaustion guard)`], what);
    console.log(`5,000 levels (${what}, ${(text.length / 1e6).toFixed(1)} MB): ${ms.toFixed(0)} ms of CPU`);
  }
});

test('a 1 MB single line is analysed in bounded time', () => {
  const { diags, ms } = check(H.hugeLine(1_000_000));
  assert.deepEqual(diags, []);
  console.log(`1 MB line: ${ms.toFixed(0)} ms of CPU`);
});

test('a BOM, CRLF, lone CR and mixed line endings leave the known finding on the same line and column', () => {
  const expected = { line: H.KNOWN_LINE - 1, character: H.KNOWN_COLUMN - 1 };
  const variants: Record<string, string> = {
    lf: H.KNOWN,
    bom: `\uFEFF${H.KNOWN}`,
    crlf: H.KNOWN.replace(/\n/g, '\r\n'),
    cr: H.KNOWN.replace(/\n/g, '\r'),
    mixed: H.KNOWN.split('\n').map((l, i) => l + ['\r\n', '\n', '\r'][i % 3]).join(''),
    'replacement characters (invalid UTF-8, decoded)': `# \uFFFD\uFFFD\n${H.KNOWN}`.replace('# \uFFFD\uFFFD\n', '').replace('app: nothing', 'app: nothing # \uFFFD\uFFFD'),
  };
  for (const [name, text] of Object.entries(variants)) {
    const ws = new Workspace();
    ws.setFile('/ws/a.yaml', text);
    const snapshot = ws.snapshot();
    const diags = checkFile(snapshot, '/ws/a.yaml');
    assert.deepEqual(diags.map((d) => d.rule), ['service-selector-no-match'], name);
    const pos = snapshot.files.get('/ws/a.yaml')!.lineIndex().positionAt(diags[0].start);
    // The BOM is not part of the editor's text (editors and our file reader drop it), so it shifts nothing on line 1
    // and nothing at all on the finding's line.
    assert.deepEqual(pos, expected, name);
  }
});

test('tabs as indentation are a syntax error on the tab, and nothing else breaks', () => {
  const { diags } = check('apiVersion: v1\nkind: Service\nmetadata:\n\tname: web\nspec:\n  ports:\n  - port: 80\n');
  const syntax = diags.filter((d) => d.rule === 'yaml-syntax');
  assert.equal(syntax.length, 1);
  assert.match(syntax[0].message, /tabs are not allowed for indentation/);
});

/**
 * A chart's templates and a kustomize overlay's patches: the Service selecting Helm-templated labels (and the
 * container port its targetPort names), a plain Service whose pods may come from a template, and patches that are
 * partial objects. No link is broken here.
 */
export const TEMPLATES_AND_PATCHES: Record<string, string> = {
  'chart/templates/service.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ include "c.fullname" . }}\nspec:\n  selector:\n    {{- include "c.selectorLabels" . | nindent 4 }}\n  ports:\n    - port: 80\n      targetPort: http\n',
  'chart/templates/plain-service.yaml': H.service('plain', 'from-template'),
  'chart/templates/deployment.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\nspec:\n  template:\n    metadata:\n      labels:\n        {{- include "c.selectorLabels" . | nindent 8 }}\n    spec:\n      containers:\n        - name: c\n          image: {{ .Values.image }}\n          ports:\n            - name: http\n              containerPort: 8080\n',
  'app/base/kustomization.yaml': 'resources: [service.yaml, deployment.yaml]\n',
  'app/base/service.yaml': H.service('web', 'web'),
  'app/base/deployment.yaml': H.deployment('web', 'web'),
  'app/overlay/kustomization.yaml': 'resources: [../base]\npatches:\n  - path: service-patch.yaml\npatchesStrategicMerge:\n  - deployment-ports.yaml\n',
  'app/overlay/service-patch.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n    track: canary\n  ports:\n    - port: 80\n      targetPort: admin\n',
  'app/overlay/deployment-ports.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      labels:\n        track: canary\n',
};

test('Helm templates and kustomize patches get no cross-link warnings', () => {
  const ws = new Workspace();
  for (const [rel, text] of Object.entries(TEMPLATES_AND_PATCHES)) ws.setFile(`/ws/${rel}`, text);
  const snapshot = ws.snapshot();
  const all = [...snapshot.files.keys()].flatMap((uri) => checkFile(snapshot, uri));
  // A Helm template is not YAML before rendering; syntax errors in it are another question than links.
  const links = all.filter((d) => d.rule !== 'yaml-syntax' && (d.severity === 'warning' || d.severity === 'error'));
  assert.deepEqual(links.map((d) => `${d.uri}: ${d.rule}: ${d.message}`), []);
});
