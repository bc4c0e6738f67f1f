/**
 * Keeping closed files fresh: file watchers registered with the client, and the `workspace/didChangeWatchedFiles`
 * notifications they produce. Created or changed files are read again, deleted ones (or deleted folders) removed.
 * Open documents are left alone: the editor's text wins until the document is closed.
 */
import type { ClientCapabilities, Connection, FileEvent } from 'vscode-languageserver';
import { DidChangeWatchedFilesNotification, FileChangeType, WatchKind } from 'vscode-languageserver';
import type { DiagnosticsScheduler } from './diagnostics';
import type { Log } from './log';
import type { ServerState } from './state';
import { canonicalUri } from './uris';

export async function registerWatchers(connection: Connection, caps: ClientCapabilities, log: Log): Promise<void> {
  if (!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
  try {
    await connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [
        { globPattern: '**/*.{yaml,yml}' },
        { globPattern: '**/Kustomization' },
        // A chart's named templates (`templates/_helpers.tpl`); other `.tpl` files are filtered out on arrival.
        { globPattern: '**/templates/**/*.tpl' },
        // A deleted folder is reported as one event for the folder itself, which the patterns above do not match.
        { globPattern: '**/*', kind: WatchKind.Delete },
      ],
    });
  } catch (e) {
    log.error('kube-netlens: could not register file watchers; files changed outside the editor are picked up only when re-indexed', e);
  }
}

export async function applyFileEvents(events: FileEvent[], state: ServerState, diagnostics: DiagnosticsScheduler): Promise<void> {
  const changed: string[] = [];
  // The last event per file decides (a file created then deleted in one batch is deleted).
  const last = new Map<string, FileChangeType>();
  for (const e of events) last.set(canonicalUri(e.uri), e.type);
  await Promise.all(
    [...last].map(async ([key, type]) => {
      if (type === FileChangeType.Deleted) changed.push(...state.removeDeleted(key));
      else if ((await state.readFromDisk(key)) === 'changed') changed.push(key);
    }),
  );
  if (changed.length > 0) diagnostics.noteChanged(changed);
}
