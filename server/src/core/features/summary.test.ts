import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Workspace } from '../model/workspace';
import { workspaceSummary } from './summary';

const deployment = (name: string, app: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\nspec:\n  selector:\n    matchLabels: {app: ${app}}\n  template:\n    metadata:\n      labels: {app: ${app}}\n    spec:\n      containers: [{name: c, image: nginx}]\n`;
const service = (name: string, app: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  selector: {app: ${app}}\n  ports: [{port: 80}]\n`;

test('the summary counts files holding objects and Service → pod template links', () => {
  const ws = new Workspace();
  ws.setFile('file:///w/app.yaml', `${deployment('web', 'web')}---\n${deployment('api', 'api')}`);
  ws.setFile('file:///w/svc.yaml', `${service('web', 'web')}---\n${service('web-headless', 'web')}---\n${service('none', 'nothing')}`);
  ws.setFile('file:///w/values.yaml', 'replicas: 3\n');
  assert.deepEqual(workspaceSummary(ws.snapshot()), { manifests: 2, links: 2 });
});
