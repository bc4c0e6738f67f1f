/** workspace/symbol: find any object by name. */
import { SymbolKind } from 'vscode-languageserver';
import type { SymbolInformation } from 'vscode-languageserver';
import { workspaceSymbols } from '../../core';
import { toRange } from '../convert';
import type { Feature } from './feature';
import { guarded } from './feature';

export const workspaceSymbol: Feature = {
  capabilities: () => ({ workspaceSymbolProvider: true }),
  register(ctx) {
    ctx.connection.onWorkspaceSymbol(
      guarded(ctx, 'workspace/symbol', [], (params): SymbolInformation[] => {
        const snapshot = ctx.state.snapshot();
        return workspaceSymbols(snapshot, params.query).flatMap((s) => {
          const file = snapshot.files.get(s.uri);
          return file ? [{ name: s.name, kind: SymbolKind.Class, containerName: s.container, location: { uri: ctx.state.clientUri(s.uri), range: toRange(file, s.start, s.end) } }] : [];
        });
      }),
    );
  },
};
