/** textDocument/definition: where the reference under the cursor leads, nearest first. */
import { definition as coreDefinition } from '../../core';
import type { Feature } from './feature';
import { guarded, locate } from './feature';
import { toLocations } from './places';

export const definition: Feature = {
  capabilities: () => ({ definitionProvider: true }),
  register(ctx) {
    ctx.connection.onDefinition(
      guarded(ctx, 'textDocument/definition', null, (params) => {
        const at = locate(ctx.state, params.textDocument.uri, params.position);
        return at ? toLocations(ctx.state, at.snapshot, coreDefinition(at.snapshot, at.uri, at.offset)) : null;
      }),
    );
  },
};
