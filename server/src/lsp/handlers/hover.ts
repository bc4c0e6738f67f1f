/** textDocument/hover: the core's markdown, or plain text for clients that do not render markdown. */
import { MarkupKind } from 'vscode-languageserver';
import type { Hover } from 'vscode-languageserver';
import { hover as coreHover, toPlainText } from '../../core';
import { toRange } from '../convert';
import type { Feature } from './feature';
import { guarded, locate } from './feature';

export const hover: Feature = {
  capabilities: () => ({ hoverProvider: true }),
  register(ctx) {
    const markdown = ctx.capabilities.textDocument?.hover?.contentFormat?.includes(MarkupKind.Markdown) ?? false;
    ctx.connection.onHover(
      guarded(ctx, 'textDocument/hover', null, (params): Hover | null => {
        const at = locate(ctx.state, params.textDocument.uri, params.position);
        const h = at && coreHover(at.snapshot, at.uri, at.offset);
        if (!at || !h) return null;
        return {
          contents: markdown ? { kind: MarkupKind.Markdown, value: h.markdown } : { kind: MarkupKind.PlainText, value: toPlainText(h.markdown) },
          range: toRange(at.file, h.start, h.end),
        };
      }),
    );
  },
};
