import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MapData } from '../protocol';
import { elementsOf } from './elements';
import { nextInDirection } from './keyboard';

const node = (id: string, namespace: string | null, kind = 'Service', category: MapData['nodes'][number]['category'] = 'service') => ({ id, category, kind, name: id, namespace, details: [], badges: [], place: null, reveal: null });
const MAP: MapData = {
  nodes: [node('internet', null, 'Internet', 'external'), node('svc', 'a'), node('web', 'a', 'Deployment', 'workload'), node('db', 'b', 'StatefulSet', 'workload')],
  edges: [
    { id: 'e1', kind: 'entry', source: 'internet', target: 'svc', label: 'LoadBalancer', place: null },
    { id: 'e2', kind: 'service', source: 'svc', target: 'web', label: '80 → 8080', place: null },
    { id: 'e3', kind: 'config', source: 'web', target: 'db', label: 'DB', place: null },
  ],
  groups: [{ id: 'a', nodes: 2 }, { id: 'b', nodes: 1 }],
};

const summary = (els: ReturnType<typeof elementsOf>) => els.map((e) => (e.group === 'edges' ? `${e.data.source}->${e.data.target}${e.data.label ? ` ${e.data.label}` : ''}` : `${e.data.id}${e.data.parent ? ` in ${e.data.parent}` : ''}`));

test('namespaces are compound groups; a collapsed one is a single node that its members\' edges end on', () => {
  assert.deepEqual(summary(elementsOf(MAP, { collapsed: new Set(), namespace: '', kind: '' })), ['ns:b', 'ns:a', 'internet', 'svc in ns:a', 'web in ns:a', 'db in ns:b', 'internet->svc LoadBalancer', 'svc->web 80 → 8080', 'web->db DB']);
  assert.deepEqual(summary(elementsOf(MAP, { collapsed: new Set(['a']), namespace: '', kind: '' })), ['ns:b', 'ns:a', 'internet', 'db in ns:b', 'internet->ns:a', 'ns:a->db']);
});

test('filters by namespace and kind keep the entry points', () => {
  assert.deepEqual(summary(elementsOf(MAP, { collapsed: new Set(), namespace: 'a', kind: '' })), ['ns:a', 'internet', 'svc in ns:a', 'web in ns:a', 'internet->svc LoadBalancer', 'svc->web 80 → 8080']);
  assert.deepEqual(summary(elementsOf(MAP, { collapsed: new Set(), namespace: '', kind: 'StatefulSet' })), ['ns:b', 'internet', 'db in ns:b']);
});

test('arrow keys go to the nearest node ahead, sideways steps counting double', () => {
  const points = [{ id: 'a', x: 0, y: 0 }, { id: 'right', x: 100, y: 10 }, { id: 'far', x: 300, y: 0 }, { id: 'down', x: 10, y: 80 }, { id: 'diagonal', x: 60, y: 60 }];
  assert.equal(nextInDirection(points[0], points, 'right'), 'right');
  assert.equal(nextInDirection(points[0], points, 'down'), 'down');
  assert.equal(nextInDirection(points[0], points, 'left'), null);
  assert.equal(nextInDirection(points[1], points, 'left'), 'a');
});
