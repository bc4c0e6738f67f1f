/** textDocument/documentSymbol: the outline (hierarchical when the client supports it, flat otherwise). */
import { SymbolKind } from 'vscode-languageserver';
import type { DocumentSymbol, SymbolInformation } from 'vscode-languageserver';
import type { DocumentSymbol as CoreSymbol, SourceFile, SymbolKind as CoreKind } from '../../core';
import { documentSymbols } from '../../core';
import { toRange } from '../convert';
import { canonicalUri } from '../uris';
import type { Feature } from './feature';
import { guarded } from './feature';

export const SYMBOL_KINDS: Record<CoreKind, SymbolKind> = { object: SymbolKind.Class, container: SymbolKind.Object, port: SymbolKind.Field };

function toSymbol(file: SourceFile, s: CoreSymbol): DocumentSymbol {
  return {
    name: s.name,
    ...(s.detail ? { detail: s.detail } : {}),
    kind: SYMBOL_KINDS[s.kind],
    range: toRange(file, s.start, s.end),
    selectionRange: toRange(file, s.selection.start, s.selection.end),
    children: s.children.map((c) => toSymbol(file, c)),
  };
}

function flatten(file: SourceFile, uri: string, symbols: CoreSymbol[], container?: string): SymbolInformation[] {
  return symbols.flatMap((s) => [
    { name: s.name, kind: SYMBOL_KINDS[s.kind], location: { uri, range: toRange(file, s.start, s.end) }, ...(container ? { containerName: container } : {}) },
    ...flatten(file, uri, s.children, s.name),
  ]);
}

export const documentSymbol: Feature = {
  capabilities: () => ({ documentSymbolProvider: { label: 'Kubernetes objects' } }),
  register(ctx) {
    const hierarchical = ctx.capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
    ctx.connection.onDocumentSymbol(
      guarded(ctx, 'textDocument/documentSymbol', null, (params): DocumentSymbol[] | SymbolInformation[] | null => {
        const key = canonicalUri(params.textDocument.uri);
        const snapshot = ctx.state.snapshotFor(key);
        const file = snapshot.files.get(key);
        if (!file || file.skipped) return null;
        const symbols = documentSymbols(snapshot, key);
        return hierarchical ? symbols.map((s) => toSymbol(file, s)) : flatten(file, ctx.state.clientUri(key), symbols);
      }),
    );
  },
};
