/**
 * textDocument/codeLens and codeLens/resolve: what each Service selects, which Services expose a pod template, what a
 * NetworkPolicy applies to. A lens is answered with its place and `data`; resolving it adds the command, with the
 * locations to show, for the lenses the editor displays. So an answer stays linear in the number of lenses however many
 * places each one leads to. The command, `kubeNetlens.showReferences` with (uri, position, locations) as LSP JSON, is
 * run by the VS Code client, which turns them into editor types and runs `editor.action.showReferences`.
 */
import type { CodeLens } from 'vscode-languageserver';
import type { LensKind } from '../../core';
import { codeLenses as coreCodeLenses, lensLocations } from '../../core';
import { toRange } from '../convert';
import type { Feature } from './feature';
import { guarded } from './feature';
import { toLocations } from './places';
import { canonicalUri } from '../uris';

export const SHOW_REFERENCES_COMMAND = 'kubeNetlens.showReferences';

/** What a lens carries to its resolution: the file, the lens, and the title to show. */
interface LensData {
  uri: string;
  kind: LensKind;
  start: number;
  title: string;
}

const isLensData = (d: unknown): d is LensData => {
  const o = d as Partial<LensData> | null;
  return typeof o === 'object' && o !== null && typeof o.uri === 'string' && typeof o.kind === 'string' && typeof o.start === 'number' && typeof o.title === 'string';
};

export const codeLens: Feature = {
  capabilities: () => ({ codeLensProvider: { resolveProvider: true } }),
  register(ctx) {
    ctx.connection.onCodeLens(
      guarded(ctx, 'textDocument/codeLens', null, (params): CodeLens[] | null => {
        const snapshot = ctx.state.snapshot();
        const key = canonicalUri(params.textDocument.uri);
        const file = snapshot.files.get(key);
        if (!file || file.skipped) return null;
        return coreCodeLenses(snapshot, key).map((lens) => {
          const data: LensData = { uri: key, kind: lens.kind, start: lens.start, title: lens.title };
          return { range: toRange(file, lens.start, lens.end), data };
        });
      }),
    );
    // A lens that cannot be resolved comes back as it was sent.
    ctx.connection.onCodeLensResolve((lens, token) =>
      guarded(ctx, 'codeLens/resolve', lens, (l: CodeLens): CodeLens => {
        if (!isLensData(l.data)) return l;
        const { uri, kind, start, title } = l.data;
        const snapshot = ctx.state.snapshot();
        const locations = toLocations(ctx.state, snapshot, lensLocations(snapshot, uri, { kind, start }));
        return { ...l, command: { title, command: SHOW_REFERENCES_COMMAND, arguments: [ctx.state.clientUri(uri), l.range.start, locations] } };
      })(lens, token),
    );
  },
};
