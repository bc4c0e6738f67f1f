import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace } from '../model/workspace';
import { checkFile, checkFileInSteps, FindingsCache } from './runner';
import type { DocumentRule, ResourceRule } from './types';
import { asMap, get } from '../syntax/nodes';

const TEXT = [
  'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  selector: {app: nothing}\n  ports: [{port: 80}]\n',
  'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n',
  'apiVersion: v1\nkind: Service\nmetadata: {name: db}\nspec:\n  ports: [{port: 5432}, {port: 5433}]\n',
].join('---\n');

function drain(steps: Generator<void, unknown, void>): { pauses: number; value: unknown } {
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { pauses, value: step.value };
    pauses++;
  }
}

test('checkFileInSteps pauses after each document it checks, and ends with what checkFile finds', () => {
  const ws = new Workspace();
  ws.setFile('/w/a.yaml', TEXT);
  const snapshot = ws.snapshot();
  const cache = new FindingsCache();
  const first = drain(checkFileInSteps(snapshot, '/w/a.yaml', { cache }));
  assert.equal(first.pauses, 3);
  const expected = checkFile(snapshot, '/w/a.yaml');
  assert.ok(expected.length >= 2, 'the fixture has findings');
  assert.deepEqual(first.value, expected);
  // Nothing changed: every document's findings are reused, and there is nothing to pause for.
  const again = drain(checkFileInSteps(snapshot, '/w/a.yaml', { cache }));
  assert.equal(again.pauses, 0);
  assert.deepEqual(again.value, expected);
});

test('a rule given to the runner reports even when the registry does not hold it', () => {
  const ws = new Workspace();
  ws.setFile('/w/a.yaml', TEXT);
  const custom: DocumentRule = {
    id: 'custom-every-document',
    title: 'Every document',
    description: 'Marks the first character of every document.',
    remediation: 'None: a test rule.',
    severity: 'information',
    category: 'syntax',
    kinds: ['document'],
    scope: 'document',
    check(ctx) {
      ctx.report({ start: ctx.doc.span.start, end: ctx.doc.span.start + 1, message: 'a document' });
    },
  };
  const found = checkFile(ws.snapshot(), '/w/a.yaml', { rules: [custom] });
  assert.deepEqual(found.map((d) => [d.rule, d.severity]), [0, 1, 2].map(() => ['custom-every-document', 'information']));
});

test('on a Helm template, a rule runs only when it reads templates literally, and never reports on an action', () => {
  const ws = new Workspace();
  const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  type: {{ .Values.type }}\n  clusterIP: None\n';
  ws.setFile('/w/chart/templates/svc.yaml', text);
  const every = (templates?: 'literal'): ResourceRule => ({
    id: `every-pair-${templates ?? 'plain'}`,
    title: 'Every value',
    description: 'Marks the value of every pair under metadata and spec.',
    remediation: 'None: a test rule.',
    severity: 'information',
    category: 'advice',
    kinds: ['Service'],
    scope: 'resource',
    ...(templates ? { templates } : {}),
    check(ctx) {
      for (const key of ['metadata', 'spec']) for (const p of asMap(get(ctx.resource.node, key))?.items ?? []) if (p.value) ctx.report({ start: p.value.start, end: p.value.end, message: 'a value' });
    },
  });
  const snapshot = ws.snapshot();
  assert.deepEqual(checkFile(snapshot, '/w/chart/templates/svc.yaml', { rules: [every()] }), []);
  const found = checkFile(snapshot, '/w/chart/templates/svc.yaml', { rules: [every('literal')] });
  assert.deepEqual(found.map((d) => text.slice(d.start, d.end)), ['None']);
});
