/** textDocument/completion: selector labels, targetPorts, backends and enums, each replacing the word being typed. */
import { CompletionItemKind } from 'vscode-languageserver';
import type { CompletionItem, CompletionList } from 'vscode-languageserver';
import type { CompletionItem as CoreItem } from '../../core';
import { completion as coreCompletion } from '../../core';
import { toRange } from '../convert';
import type { Feature } from './feature';
import { guarded, locate } from './feature';

const KINDS: Record<CoreItem['kind'], CompletionItemKind> = {
  key: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  enum: CompletionItemKind.EnumMember,
  reference: CompletionItemKind.Reference,
};

export const completion: Feature = {
  capabilities: () => ({ completionProvider: { triggerCharacters: [' '] } }),
  register(ctx) {
    ctx.connection.onCompletion(
      guarded(ctx, 'textDocument/completion', null, (params): CompletionList | null => {
        const at = locate(ctx.state, params.textDocument.uri, params.position);
        const list = at && coreCompletion(at.snapshot, at.uri, at.offset);
        if (!at || !list) return null;
        const range = toRange(at.file, list.replace.start, list.replace.end);
        const items = list.items.map((it): CompletionItem => ({
          label: it.label,
          kind: KINDS[it.kind],
          sortText: it.sortText,
          ...(it.detail ? { detail: it.detail } : {}),
          textEdit: { range, newText: it.insertText ?? it.label },
        }));
        return { isIncomplete: false, items };
      }),
    );
  },
};
