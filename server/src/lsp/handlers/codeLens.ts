/**
 * textDocument/codeLens: what each Service selects, which Services expose a pod template, what a NetworkPolicy
 * applies to. A click runs `kubeNetlens.showReferences` with (uri, position, locations) as LSP JSON; the VS Code client
 * turns them into editor types and runs `editor.action.showReferences`.
 */
import type { CodeLens } from 'vscode-languageserver';
import { codeLenses as coreCodeLenses } from '../../core/features/codeLens';
import { toRange } from '../convert';
import type { Feature } from './feature';
import { guarded } from './feature';
import { toLocations } from './places';
import { canonicalUri } from '../uris';

export const SHOW_REFERENCES_COMMAND = 'kubeNetlens.showReferences';

export const codeLens: Feature = {
  capabilities: () => ({ codeLensProvider: { resolveProvider: false } }),
  register(ctx) {
    ctx.connection.onCodeLens(
      guarded(ctx, 'textDocument/codeLens', null, (params): CodeLens[] | null => {
        const snapshot = ctx.state.snapshot();
        const key = canonicalUri(params.textDocument.uri);
        const file = snapshot.files.get(key);
        if (!file || file.skipped) return null;
        return coreCodeLenses(snapshot, key).map((lens) => {
          const range = toRange(file, lens.start, lens.end);
          return { range, command: { title: lens.title, command: SHOW_REFERENCES_COMMAND, arguments: [ctx.state.clientUri(key), range.start, toLocations(ctx.state, snapshot, lens.locations)] } };
        });
      }),
    );
  },
};
