import { reportNodePortClashes } from './_shared/nodePorts';
import type { ResourceRule } from './types';

export const nodePortConflictWorkspace: ResourceRule = {
  id: 'node-port-conflict-workspace',
  title: 'Two Services of the workspace claim the same nodePort',
  description: "Two Services of one project in the workspace that are not deployed together (different folders, no kustomization gathering both) ask for the same `nodePort` and protocol. A node port is allocated once for the whole cluster, so if both are ever applied to one cluster, the second is rejected (\"provided port is already allocated\"). Copies of one Service (the same kind and name) replace each other and are left alone, and so are Services of unrelated projects (folders that are not parents, children, siblings or cousins of each other), which a workspace of many repositories holds.",
  remediation: 'Give each Service its own `nodePort` if they may share a cluster, or omit `nodePort` and let the cluster allocate one; turn this rule off for a workspace of examples meant for different clusters.',
  severity: 'warning',
  category: 'links',
  kinds: ['Service'],
  scope: 'resource',
  reads: ['Service'],
  check: (ctx) => reportNodePortClashes(ctx, false, 'node ports are allocated once per cluster, so the second is rejected if both are applied to one cluster'),
};
