/**
 * textDocument/prepareRename and textDocument/rename. A refused rename is answered with an error carrying the
 * reason, which editors show to the user.
 */
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { PrepareRenameResult, WorkspaceEdit } from 'vscode-languageserver';
import { prepareRename as corePrepare, rename as coreRename } from '../../core';
import { toRange } from '../convert';
import type { Feature } from './feature';
import { guarded, locate } from './feature';
import { toChanges } from './places';

export const rename: Feature = {
  capabilities: (client) => ({ renameProvider: client.textDocument?.rename?.prepareSupport ? { prepareProvider: true } : true }),
  register(ctx) {
    ctx.connection.onPrepareRename(
      guarded(ctx, 'textDocument/prepareRename', null, (params): PrepareRenameResult | ResponseError<void> | null => {
        const at = locate(ctx.state, params.textDocument.uri, params.position);
        if (!at) return null;
        const r = corePrepare(at.snapshot, at.uri, at.offset);
        if ('error' in r) return new ResponseError(ErrorCodes.InvalidRequest, r.error);
        return { range: toRange(at.file, r.start, r.end), placeholder: r.placeholder };
      }),
    );
    ctx.connection.onRenameRequest(
      guarded(ctx, 'textDocument/rename', null, (params): WorkspaceEdit | ResponseError<void> | null => {
        const at = locate(ctx.state, params.textDocument.uri, params.position);
        if (!at) return null;
        const r = coreRename(at.snapshot, at.uri, at.offset, params.newName);
        if ('error' in r) return new ResponseError(ErrorCodes.InvalidRequest, r.error);
        return { changes: toChanges(ctx.state, at.snapshot, r.edits) };
      }),
    );
  },
};
