/**
 * Shared shape of the API-validation rules on Services: the metadata every one of them has, and the guard that
 * keeps them to core/v1 Services.
 */
import type { YNode } from '../syntax/nodes';
import { get } from '../syntax/nodes';
import type { ResourceContext, ResourceRule } from './types';

/** Any object's API error: what the API server (or kubectl's strict validation) refuses, whatever the kind. */
export const OBJECT_ERROR = { severity: 'error', category: 'api-validation', kinds: ['*'], scope: 'resource' } as const satisfies Partial<ResourceRule>;
export const SERVICE_ERROR = { severity: 'error', category: 'api-validation', kinds: ['Service'], scope: 'resource' } as const satisfies Partial<ResourceRule>;

/** Wraps a check so that it runs only on core/v1 Services, and receives `spec`. */
export function serviceCheck(check: (ctx: ResourceContext, spec: YNode | null) => void): (ctx: ResourceContext) => void {
  return (ctx) => {
    if (ctx.resource.group !== '') return;
    check(ctx, get(ctx.resource.node, 'spec'));
  };
}
