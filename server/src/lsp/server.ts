/**
 * Bootstrap: the capabilities, and the wiring of documents, workspace folders, settings, file watchers, indexing
 * and diagnostics to the connection. Language features live in `handlers/`.
 */
import type { ClientCapabilities, Connection, InitializeParams, InitializeResult, ServerCapabilities, WorkspaceFoldersChangeEvent } from 'vscode-languageserver';
import { DidChangeConfigurationNotification, TextDocumentSyncKind } from 'vscode-languageserver';
import { version } from '../../../package.json';
import { registerCheckWorkspace } from './checkWorkspace';
import { DiagnosticsScheduler, usesPullDiagnostics } from './diagnostics';
import { FEATURES } from './handlers';
import { Indexer } from './indexing';
import { Log } from './log';
import { logIndexed, settingsMessage, startedMessage } from './report';
import { SECTION, SettingsLoader, isTrusted, readSettingsKey } from './settings';
import type { Folder } from './state';
import { ServerState, makeFolder } from './state';
import { StatusReporter } from './status';
import { applyFileEvents, registerWatchers } from './watchers';

interface Session {
  capabilities: ClientCapabilities;
  settings: SettingsLoader;
  diagnostics: DiagnosticsScheduler;
  indexer: Indexer;
  /** Workspace folder URIs, as the client sent them. */
  folderUris: string[];
  /** What each folder was last read with. */
  readKeys: Map<string, string>;
  /** Settings are applied one after the other, in the order they were requested. */
  settingsQueue: Promise<void>;
  /** True until the first settings are applied and indexing has started: the workspace is not known yet. */
  starting: boolean;
}

export function startServer(connection: Connection): void {
  const log = new Log(connection);
  const state = new ServerState(log);
  const status = new StatusReporter(connection);
  let session: Session | null = null;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities ?? {};
    const trusted = isTrusted(params.initializationOptions);
    const folderUris = params.workspaceFolders ? params.workspaceFolders.map((f) => f.uri) : params.rootUri ? [params.rootUri] : [];
    const s: Session = {
      capabilities,
      settings: new SettingsLoader({ connection, capabilities, trusted, log }),
      folderUris,
      readKeys: new Map(),
      settingsQueue: Promise.resolve(),
      starting: true,
      indexer: new Indexer({ connection, state, log, status, onIndexed: (run) => (logIndexed(log, state.workspace.snapshot(), status, run), s.diagnostics.recheckAllAndRepublishOpen()) }),
      diagnostics: new DiagnosticsScheduler({
        connection,
        state,
        log,
        pull: usesPullDiagnostics(capabilities),
        refreshSupported: capabilities.workspace?.diagnostics?.refreshSupport === true,
        indexing: () => s.starting || s.indexer.busy(),
        onAnalysed: (snapshot) => {
          if (!s.starting && !s.indexer.busy()) status.ready(snapshot);
        },
      }),
    };
    session = s;
    log.info(startedMessage({ version, folderUris, trusted, client: params.clientInfo }));
    for (const feature of FEATURES) feature.register({ connection, state, diagnostics: s.diagnostics, log, capabilities });
    registerCheckWorkspace({ connection, state, indexer: s.indexer, diagnostics: s.diagnostics, status, log });
    return { capabilities: serverCapabilities(capabilities), serverInfo: { name: 'kube-netlens', version: version } };
  });

  connection.onInitialized(() => {
    const s = session!;
    void registerWatchers(connection, s.capabilities, log);
    if (s.capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: SECTION }).catch((e: unknown) => log.error('kube-netlens: could not register for settings changes', e));
    }
    // The library only lets us listen once the client has said it sends folder changes.
    if (s.capabilities.workspace?.workspaceFolders) connection.workspace.onDidChangeWorkspaceFolders((e) => onFoldersChanged(s, e));
    applySettings(s);
  });

  state.documents.onDidChangeContent((e) => session?.diagnostics.noteChanged([state.noteEdited(e.document)], true));
  state.documents.onDidClose((e) => {
    const key = state.noteClosed(e.document);
    state
      .reloadClosed(key)
      .catch((err: unknown) => log.fileError('closing', key, err))
      .finally(() => session?.diagnostics.noteChanged([key]));
  });

  connection.onDidChangeConfiguration((params) => {
    if (!session) return;
    session.settings.notePushed(params.settings);
    applySettings(session);
  });

  connection.onDidChangeWatchedFiles((params) => {
    if (!session) return;
    applyFileEvents(params.changes, state, session.diagnostics).catch((e: unknown) => log.error('kube-netlens: could not apply file changes', e));
  });

  connection.onShutdown(() => session?.indexer.cancel());

  /** Removed folders leave no trace at once; added folders get their settings, then are read. */
  function onFoldersChanged(s: Session, e: WorkspaceFoldersChangeEvent): void {
    for (const f of e.removed) {
      s.folderUris = s.folderUris.filter((u) => u !== f.uri);
      s.readKeys.delete(f.uri);
      s.diagnostics.noteChanged(state.removeFolder(f.uri));
    }
    for (const f of e.added) if (!s.folderUris.includes(f.uri)) s.folderUris.push(f.uri);
    if (e.added.length > 0) applySettings(s);
  }

  /**
   * Loads the settings and applies them: folders whose read settings changed (or that are new) are read again,
   * otherwise everything is re-checked with the new configuration.
   */
  function applySettings(s: Session): void {
    s.settingsQueue = s.settingsQueue
      .then(async () => {
        const uris = [...s.folderUris];
        const settings = await s.settings.load(uris);
        // Folders removed while the settings were loading are gone for good.
        const live = uris.filter((u) => s.folderUris.includes(u));
        state.workspace.setConfig(settings.config);
        log.infoOnChange('settings', settingsMessage(settings.config));
        const folders = live.map((u) => makeFolder(u, settings.folders.get(u)!)).filter((f): f is Folder => f !== null);
        state.setFolders(folders);
        const keyOf = (f: Folder) => readSettingsKey(settings.folders.get(f.uri), settings.config);
        const fresh = folders.filter((f) => !s.readKeys.has(f.uri));
        const changed = folders.filter((f) => s.readKeys.has(f.uri) && s.readKeys.get(f.uri) !== keyOf(f));
        for (const f of folders) s.readKeys.set(f.uri, keyOf(f));
        if (changed.length > 0) {
          // Filters changed: read everything again from the start. Reads in flight are judged by the new filters.
          s.indexer.cancel();
          s.indexer.index(folders);
        } else if (fresh.length > 0) s.indexer.index(fresh);
        s.starting = false;
        s.diagnostics.recheckAll();
      })
      .catch((e: unknown) => {
        s.starting = false;
        log.error('kube-netlens: could not apply the settings', e);
      });
  }

  state.documents.listen(connection);
  connection.listen();
}

function serverCapabilities(client: ClientCapabilities): ServerCapabilities {
  let caps: ServerCapabilities = {
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
  for (const feature of FEATURES) caps = merge(caps, feature.capabilities(client));
  return caps;
}

/** Merges capability objects key by key, so that two features can each add to `workspace`, for example. */
function merge<T extends object>(a: T, b: object): T {
  const out: Record<string, unknown> = { ...(a as Record<string, unknown>) };
  for (const [k, v] of Object.entries(b)) {
    const prev = out[k];
    out[k] = prev && v && typeof prev === 'object' && typeof v === 'object' && !Array.isArray(v) ? merge(prev, v) : v;
  }
  return out as T;
}
