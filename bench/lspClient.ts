/**
 * A minimal LSP client for benchmarks, generic enough to drive both kube-netlens and yaml-language-server over stdio:
 * it answers the server's requests (configuration, registrations, progress) and timestamps every publishDiagnostics.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import type { ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

export interface Publication {
  uri: string;
  version?: number;
  count: number;
  at: number;
}

export class BenchClient {
  readonly publications: Publication[] = [];
  readonly notifications: { method: string; params: unknown; at: number }[] = [];
  private waiters = new Set<() => void>();
  private versions = new Map<string, number>();

  private constructor(readonly child: ChildProcess, readonly connection: ProtocolConnection, private readonly settings: Record<string, unknown>) {}

  static async start(command: string[], root: string, settings: Record<string, unknown>, initializationOptions?: unknown): Promise<BenchClient> {
    const child = spawn(command[0], command.slice(1), { stdio: ['pipe', 'pipe', 'ignore'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new BenchClient(child, connection, settings);
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; version?: number; diagnostics: unknown[] }) => {
      client.publications.push({ uri: p.uri, version: p.version, count: p.diagnostics.length, at: performance.now() });
      client.wake();
    });
    connection.onUnhandledNotification((n) => {
      client.notifications.push({ method: n.method, params: n.params, at: performance.now() });
      client.wake();
    });
    connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map((i) => (i.section ? (client.settings[i.section] ?? null) : client.settings)));
    for (const m of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create', 'workspace/diagnostic/refresh', 'window/showMessageRequest']) connection.onRequest(m, () => null);
    connection.listen();
    const rootUri = pathToFileURL(root).href;
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: 'bench' }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
        window: { workDoneProgress: true },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          publishDiagnostics: { versionSupport: true, relatedInformation: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          definition: { linkSupport: false },
        },
      },
      ...(initializationOptions !== undefined ? { initializationOptions } : {}),
    });
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('workspace/didChangeConfiguration', { settings });
    return client;
  }

  private wake() {
    for (const w of [...this.waiters]) w();
  }

  waitFor<T>(probe: () => T | undefined | false | null, timeoutMs: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const v = probe();
        if (v) {
          clearTimeout(timer);
          this.waiters.delete(check);
          resolve(v);
        }
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`timed out waiting for ${what}`));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  open(uri: string, text: string): void {
    this.versions.set(uri, 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
  }

  close(uri: string): void {
    this.versions.delete(uri);
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Sends one incremental change and returns the new version. */
  change(uri: string, line: number, character: number, text: string): number {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text }],
    });
    return version;
  }

  /** Resolves at the first publication for `uri` after index `since` (and with `version`, when the server sends one). */
  nextPublication(uri: string, since: number, version: number, timeoutMs = 60_000): Promise<Publication> {
    return this.waitFor(() => this.publications.slice(since).find((p) => p.uri === uri && (p.version === undefined || p.version === version)), timeoutMs, `diagnostics of ${uri} v${version}`);
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      void this.connection.sendNotification('exit');
    } catch {
      // The process is killed below either way.
    }
    // Given time to exit on its own: a server run with --cpu-prof writes its profile as it exits.
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.child.kill('SIGKILL');
        resolve();
      }, 30_000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
    this.connection.dispose();
  }

  /** Resident memory of the server process, from /proc (Linux). */
  rssMB(): number | null {
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const m = /VmRSS:\s+(\d+) kB/.exec(status);
      return m ? Number(m[1]) / 1024 : null;
    } catch {
      return null;
    }
  }
}
