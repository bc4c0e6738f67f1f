/**
 * Starts code-server (VS Code in a browser) and headless Chromium for the end-to-end tests, and ends them again.
 *
 * code-server runs in its own process group (`detached`): its extension host and our language server outlive the
 * browser, so `stop()` ends the whole group.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM, CODE_SERVER_BIN } from './paths';

export interface CodeServer {
  port: number;
  origin: string;
  logFile: string;
  stop(): void;
}

export interface CodeServerDirs {
  /** Holds config.yaml and the log. */
  work: string;
  extensions: string;
  userData: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const addr = s.address();
      s.close(() => (addr && typeof addr === 'object' ? resolve(addr.port) : reject(new Error('no port'))));
    });
  });
}

function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/healthz', timeout: 1000 }, (res) => {
      res.resume();
      resolve((res.statusCode ?? 500) < 500);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
    req.end();
  });
}

/** Polls `cond` every `everyMs` until it holds or `ms` have passed; returns whether it held. */
export async function waitFor(cond: () => boolean | Promise<boolean>, ms: number, everyMs = 100): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (await cond()) return true;
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/**
 * code-server (4.100.3 seen) scans no extension at all, not even the one under development, when
 * `--extensions-dir` does not exist yet: create the directories first.
 */
function makeDirs(dirs: CodeServerDirs): void {
  for (const d of [dirs.work, dirs.extensions, dirs.userData]) mkdirSync(d, { recursive: true });
}

const baseArgs = (dirs: CodeServerDirs): string[] => [
  '--disable-telemetry', '--disable-update-check', '--extensions-dir', dirs.extensions, '--user-data-dir', dirs.userData,
];

/** Installs a .vsix into `dirs.extensions` with code-server's own CLI. */
export function installExtension(vsix: string, dirs: CodeServerDirs): void {
  makeDirs(dirs);
  const r = spawnSync(process.execPath, [CODE_SERVER_BIN, ...baseArgs(dirs), '--install-extension', vsix], { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) throw new Error(`code-server --install-extension failed (${r.status ?? r.signal}): ${r.stderr || r.stdout}`);
}

export async function startCodeServer(dirs: CodeServerDirs, extraArgs: string[] = []): Promise<CodeServer> {
  makeDirs(dirs);
  const port = await freePort();
  const logFile = join(dirs.work, 'code-server.log');
  const out = openSync(logFile, 'a');
  const args = [CODE_SERVER_BIN, '--config', join(dirs.work, 'config.yaml'), '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-workspace-trust', ...baseArgs(dirs), ...extraArgs];
  // No extension marketplace: the tests install nothing from it, and this machine must not reach out for one.
  const env = { ...process.env, EXTENSIONS_GALLERY: '{}' };
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', out, out], detached: true });
  closeSync(out);
  let stopped = false;
  const stop = (): void => {
    if (stopped || child.pid === undefined) return;
    stopped = true;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // The group is already gone.
    }
  };
  // An interrupted run must not leave code-server and its extension host behind.
  process.once('exit', stop);
  const up = await waitFor(() => child.exitCode === null && healthy(port), 60_000, 200);
  if (!up) {
    stop();
    throw new Error(`code-server did not start; its log:\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
  }
  return { port, origin: `http://127.0.0.1:${port}`, logFile, stop };
}

/** Headless Debian Chromium with a fresh profile in `profileDir`. */
export function launchChromium(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 800 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}
