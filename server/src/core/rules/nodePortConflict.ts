import { reportNodePortClashes } from './_shared/nodePorts';
import type { ResourceRule } from './types';

export const nodePortConflict: ResourceRule = {
  id: 'node-port-conflict',
  title: 'Two Services claim the same nodePort',
  description: "A node port is allocated once for the whole cluster, whatever the namespace. When two Services deployed together (the same folder or kustomization) ask for the same `nodePort` and protocol, the API server rejects whichever is applied second (\"provided port is already allocated\"). Two Services that are only in the same workspace are `node-port-conflict-workspace`.",
  remediation: 'Give each Service its own `nodePort`, or omit `nodePort` and let the cluster allocate one.',
  severity: 'error',
  category: 'api-validation',
  kinds: ['Service'],
  scope: 'resource',
  reads: ['Service'],
  check: (ctx) => reportNodePortClashes(ctx, true, 'node ports are allocated once per cluster, so whichever Service is applied second is rejected'),
};
