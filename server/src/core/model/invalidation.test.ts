import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace } from './workspace';
import { filesToRecheck } from './invalidation';
import { RULE_READS } from '../rules/registry';

const SVC = 'file:///w/svc.yaml';
const DEPLOY = 'file:///w/deploy.yaml';
const CRD = 'file:///w/crd.yaml';
const service = (app: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector: {app: ${app}}\n  ports: [{port: 80}]\n`;
const crd = (description: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: schema\ndata:\n  description: ${description}\n`;

test('a change that leaves what a file contributes to links alone re-checks that file; one that moves a link re-checks all', () => {
  const ws = new Workspace();
  ws.setFile(SVC, service('web'));
  ws.setFile(DEPLOY, 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      labels: {app: web}\n');
  ws.setFile(CRD, crd('one'));
  const signatures = new Map<string, string>();
  const scope = { indexing: false, isOpen: () => false };
  // First sight of every file: its signature is new.
  assert.deepEqual(filesToRecheck(ws.snapshot(), new Set([SVC, DEPLOY, CRD]), scope, signatures, RULE_READS).sort(), [CRD, DEPLOY, SVC]);
  ws.setFile(CRD, crd('two'));
  assert.deepEqual(filesToRecheck(ws.snapshot(), new Set([CRD]), scope, signatures, RULE_READS), [CRD]);
  ws.setFile(SVC, service('api'));
  assert.deepEqual(filesToRecheck(ws.snapshot(), new Set([SVC]), scope, signatures, RULE_READS).sort(), [CRD, DEPLOY, SVC]);
  // A removed file moves links too, and is not in the answer.
  ws.removeFile(DEPLOY);
  assert.deepEqual(filesToRecheck(ws.snapshot(), new Set([DEPLOY]), scope, signatures, RULE_READS).sort(), [CRD, SVC]);
  // While indexing, only the open documents.
  assert.deepEqual(filesToRecheck(ws.snapshot(), new Set([SVC]), { indexing: true, isOpen: (u) => u === SVC }, signatures, RULE_READS), [SVC]);
});
