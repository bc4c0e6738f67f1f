/** Hover tests: the markdown of the hover at the fixture's `$0` cursor, '' when there is none. */
import type { Config } from '../config';
import { hover } from '../features/hover';
import { atCursor } from './cursor';
import { dedent } from './fixture';

/** `parts`: one fixture, or several written at different indentations, joined once each is dedented. */
export function hoverAt(parts: string | string[], config: Partial<Config> = {}): string {
  const c = atCursor(typeof parts === 'string' ? parts : parts.map(dedent).join(''), config);
  return hover(c.snapshot, c.uri, c.offset)?.markdown ?? '';
}

/** deployment/web in namespace shop: pods labelled app=web, container `web` with port `http` 8080. */
export const SHOP_WEB = `
  //- web.yaml
  apiVersion: apps/v1
  kind: Deployment
  metadata: {name: web, namespace: shop}
  spec:
    template:
      metadata: {labels: {app: web}}
      spec: {containers: [{name: web, ports: [{name: http, containerPort: 8080}]}]}
`;
