/**
 * A small LSP client for the stdio tests: spawns `node dist/server.js --stdio`, initializes it with a workspace folder
 * in a fresh temp dir, answers the server's requests (settings, registrations, progress), records what the server
 * sends, and waits for conditions with a deadline (never a fixed sleep).
 */
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, realpathSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ClientCapabilities, Diagnostic, InitializeResult, ProtocolConnection, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol/node';
import type { StatusParams } from '../../server/src/lsp/status';
import { FileChangeType, StreamMessageReader, StreamMessageWriter, createProtocolConnection } from 'vscode-languageserver-protocol/node';

export const SERVER = path.join(__dirname, '../../dist/server.js');

export const PUSH_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
  },
  window: { workDoneProgress: true },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
  },
};

export const PULL_CAPABILITIES: ClientCapabilities = {
  ...PUSH_CAPABILITIES,
  workspace: { ...PUSH_CAPABILITIES.workspace, diagnostics: { refreshSupport: true } },
  textDocument: { ...PUSH_CAPABILITIES.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } },
};

export interface StartOptions {
  /** Files written to the workspace folder before the server starts, by relative path. */
  files?: Record<string, string | Buffer>;
  capabilities?: ClientCapabilities;
  /** The `kubeNetlens` settings the client answers `workspace/configuration` with. */
  settings?: Record<string, unknown>;
  initializationOptions?: unknown;
  /** When false, no workspace folder is announced. */
  folder?: boolean;
  /** The server command, `--stdio` appended (default: this node running dist/server.js). */
  command?: string[];
}

export interface Published {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
  /** Position in the stream of everything the server sent. */
  seq: number;
}

export interface Received {
  method: string;
  params: unknown;
  seq: number;
}

export class TestClient {
  readonly dir: string;
  settings: Record<string, unknown>;
  initializeResult!: InitializeResult;
  /** Every notification and request the server sent, in order. */
  readonly received: Received[] = [];
  readonly logs: string[] = [];
  private readonly latest = new Map<string, Published>();
  private readonly versions = new Map<string, number>();
  private seq = 0;
  private readonly waiters = new Set<() => void>();
  private exited = false;

  private constructor(
    readonly process: ChildProcess,
    readonly connection: ProtocolConnection,
    dir: string,
    settings: Record<string, unknown>,
  ) {
    this.dir = dir;
    this.settings = settings;
    process.on('exit', () => {
      this.exited = true;
      this.wake();
    });
  }

  static async start(options: StartOptions = {}): Promise<TestClient> {
    const dir = realpathSync(mkdtempSync(path.join(tmpdir(), 'kube-netlens-lsp-')));
    for (const [rel, text] of Object.entries(options.files ?? {})) writeFile(dir, rel, text);
    const [command, ...args] = options.command ?? [process.execPath, SERVER];
    const child = spawn(command, [...args, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection, dir, options.settings ?? {});
    child.stderr!.on('data', (d: Buffer) => client.logs.push(d.toString()));
    client.listen();
    connection.listen();
    const folderUri = client.uri('');
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.folder === false ? null : folderUri,
      capabilities: options.capabilities ?? PUSH_CAPABILITIES,
      workspaceFolders: options.folder === false ? null : [{ uri: folderUri, name: 'ws' }],
      ...(options.initializationOptions !== undefined ? { initializationOptions: options.initializationOptions } : {}),
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  private listen(): void {
    const c = this.connection;
    const record = (method: string, params: unknown) => {
      this.received.push({ method, params, seq: ++this.seq });
      this.wake();
    };
    c.onNotification('textDocument/publishDiagnostics', (p: Published) => {
      this.latest.set(p.uri, { ...p, seq: ++this.seq });
      this.received.push({ method: 'textDocument/publishDiagnostics', params: p, seq: this.seq });
      this.wake();
    });
    c.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      this.wake();
    });
    for (const method of ['$/progress', 'kubeNetlens/status']) c.onNotification(method, (params: unknown) => record(method, params));
    c.onUnhandledNotification((n) => record(n.method, n.params));
    c.onRequest('workspace/configuration', (p: { items: { section?: string; scopeUri?: string }[] }) => {
      record('workspace/configuration', p);
      return p.items.map(() => this.settings);
    });
    for (const method of ['client/registerCapability', 'client/unregisterCapability', 'window/workDoneProgress/create', 'workspace/diagnostic/refresh']) {
      c.onRequest(method, (params: unknown) => {
        record(method, params);
        return null;
      });
    }
  }

  private wake(): void {
    for (const w of [...this.waiters]) w();
  }

  /**
   * Resolves with the first truthy value of `probe`, re-evaluated whenever the server sends something. The deadline
   * is generous because a loaded CI machine can be slow; a passing test returns as soon as the condition holds.
   */
  waitFor<T>(what: string, probe: () => T | undefined | null | false, timeoutMs = 15000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        let value: T | undefined | null | false;
        try {
          value = probe();
        } catch (e) {
          done();
          reject(e);
          return;
        }
        if (value) {
          done();
          resolve(value);
        } else if (this.exited) {
          done();
          reject(new Error(`server exited while waiting for ${what}\n${this.logs.join('\n')}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}\nserver log:\n${this.logs.join('\n')}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  /** The sequence number of the last message received: pass it to `waitForDiagnostics` to see only newer ones. */
  mark(): number {
    return this.seq;
  }

  latestDiagnostics(rel: string): Published | undefined {
    return this.latest.get(this.uri(rel));
  }

  /** Waits for a publish for `rel` after `since` whose diagnostics satisfy `accept`. */
  waitForDiagnostics(rel: string, since: number, accept: (d: Diagnostic[]) => boolean = () => true, what = ''): Promise<Published> {
    return this.waitFor(`diagnostics for ${rel} ${what}`, () => {
      const p = this.latestDiagnostics(rel);
      return p && p.seq > since && accept(p.diagnostics) ? p : undefined;
    });
  }

  uri(rel: string): string {
    return pathToFileURL(path.join(this.dir, rel)).href;
  }

  writeFile(rel: string, text: string): void {
    writeFile(this.dir, rel, text);
  }

  deleteFile(rel: string): void {
    unlinkSync(path.join(this.dir, rel));
  }

  open(rel: string, text: string): void {
    this.versions.set(rel, 1);
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri: this.uri(rel), languageId: 'yaml', version: 1, text } });
  }

  change(rel: string, changes: TextDocumentContentChangeEvent[]): void {
    const version = (this.versions.get(rel) ?? 0) + 1;
    this.versions.set(rel, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri: this.uri(rel), version }, contentChanges: changes });
  }

  /**
   * Sends edits as one write on the pipe, so that the server receives the whole burst at once (the connection's own
   * writer sends one message at a time).
   */
  changeInOneWrite(rel: string, edits: TextDocumentContentChangeEvent[][]): void {
    this.writeInOneWrite(
      edits.map((contentChanges) => {
        const version = (this.versions.get(rel) ?? 0) + 1;
        this.versions.set(rel, version);
        return { method: 'textDocument/didChange', params: { textDocument: { uri: this.uri(rel), version }, contentChanges } };
      }),
    );
  }

  /**
   * Sends messages as one write on the pipe, bypassing the connection: a request needs an `id` the connection does not
   * use (a string), and its answer is dropped.
   */
  writeInOneWrite(messages: { id?: string; method: string; params: unknown }[]): void {
    const frames = messages.map((m) => {
      const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...m }), 'utf8');
      return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
    });
    this.process.stdin!.write(Buffer.concat(frames));
  }

  close(rel: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri: this.uri(rel) } });
  }

  fileEvents(events: { rel: string; type: FileChangeType }[]): void {
    void this.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: events.map((e) => ({ uri: this.uri(e.rel), type: e.type })) });
  }

  changeSettings(settings: Record<string, unknown>): void {
    this.settings = settings;
    void this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  /** Waits until the server reports the workspace indexed and analysed. */
  waitReady(): Promise<StatusParams> {
    return this.waitFor('kubeNetlens/status ready', () => this.received.find((r) => r.method === 'kubeNetlens/status' && (r.params as StatusParams).state === 'ready')?.params as StatusParams | undefined);
  }

  ofMethod(method: string): Received[] {
    return this.received.filter((r) => r.method === method);
  }

  /** shutdown, exit, and the process ends with status 0; the temp dir is removed. */
  async stop(): Promise<void> {
    try {
      if (!this.exited) {
        await this.connection.sendRequest('shutdown');
        await this.connection.sendNotification('exit');
        const code = await new Promise<number | null>((resolve) => (this.exited ? resolve(this.process.exitCode) : this.process.on('exit', (c) => resolve(c))));
        assert.equal(code, 0, 'the server exits with status 0 after shutdown and exit');
      }
    } finally {
      this.connection.dispose();
      if (!this.exited) this.process.kill();
      rmSync(this.dir, { recursive: true, force: true });
    }
  }
}

function writeFile(dir: string, rel: string, text: string | Buffer): void {
  const p = path.join(dir, rel);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, text);
}

export { FileChangeType };
export type { StatusParams };

/** A Deployment whose pod template carries `app: <label>`. */
export function deployment(label: string): string {
  return `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: ${label}
  template:
    metadata:
      labels:
        app: ${label}
    spec:
      containers:
        - name: web
          image: nginx
          ports:
            - containerPort: 80
`;
}

/**
 * A Service selecting `app: <label>`, and an unlabelled Pod beside it in the same file: by the link policy, a file that
 * defines pods makes a selector that misses them a broken link (a warning), where a Service alone would be advice.
 */
export function service(label: string): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: ${label}
  ports:
    - port: 80
${UNLABELLED_POD}`;
}

/** A document to append to a file: a Pod no selector selects, so that the file's unit defines pods. */
export const UNLABELLED_POD = `---
{apiVersion: v1, kind: Pod, metadata: {name: bystander}, spec: {containers: [{name: c, image: busybox}]}}
`;

export const NO_MATCH = 'service-selector-no-match';

export function rules(d: Diagnostic[]): string[] {
  return d.map((x) => String(x.code));
}

/** Starts a client, runs the test body, and always shuts the server down and removes the temp dir. */
export async function withClient(options: StartOptions, body: (client: TestClient) => Promise<void>): Promise<void> {
  const client = await TestClient.start(options);
  try {
    await body(client);
  } finally {
    await client.stop();
  }
}
