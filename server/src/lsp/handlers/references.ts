/** textDocument/references: every place that refers to what is under the cursor. */
import { references as coreReferences } from '../../core';
import type { Feature } from './feature';
import { guarded, locate } from './feature';
import { toLocations } from './places';

export const references: Feature = {
  capabilities: () => ({ referencesProvider: true }),
  register(ctx) {
    ctx.connection.onReferences(
      guarded(ctx, 'textDocument/references', null, (params) => {
        const at = locate(ctx.state, params.textDocument.uri, params.position);
        return at ? toLocations(ctx.state, at.snapshot, coreReferences(at.snapshot, at.uri, at.offset, params.context?.includeDeclaration === true)) : null;
      }),
    );
  },
};
