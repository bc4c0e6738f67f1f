/**
 * The body of `code-shim.mjs`: takes the arguments @vscode/test-electron passes to VS Code, runs the extension tests
 * in code-server (the real VS Code workbench and Node extension host) driven by headless Chromium, and exits with
 * the tests' exit code.
 *
 * code-server's command line rejects `--extensionTestsPath`, but its workbench honours the `payload` query (as
 * @vscode/test-web uses it): `extensionDevelopmentPath` and `extensionTestsPath` as `vscode-remote://` URIs. The
 * workbench reports the extension host's console through `window.codeAutomationLog` and the tests' end through
 * `window.codeAutomationExit(code)`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium, startCodeServer } from './codeServer';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const devPaths = args.filter((a) => a.startsWith('--extensionDevelopmentPath=')).map((a) => a.slice(a.indexOf('=') + 1));
const testsPath = opt('extensionTestsPath');
const folder = args.find((a) => !a.startsWith('-'));
const timeoutMs = Number(process.env.CODE_SHIM_TIMEOUT_MS ?? 300_000);
const log = (...m: unknown[]): void => console.log('[code-shim]', ...m);

async function main(): Promise<number> {
  if (!testsPath || devPaths.length === 0) {
    console.error('[code-shim] needs --extensionDevelopmentPath= and --extensionTestsPath=');
    return 2;
  }
  const tmp = mkdtempSync(join(process.env.TMPDIR ?? tmpdir(), 'code-shim-'));
  const t0 = Date.now();
  const server = await startCodeServer({ work: tmp, extensions: opt('extensions-dir') ?? join(tmp, 'extensions'), userData: opt('user-data-dir') ?? join(tmp, 'user-data') });
  try {
    log(`code-server up on port ${server.port} after ${Date.now() - t0} ms`);
    const remote = (p: string): string => `vscode-remote://127.0.0.1:${server.port}${resolve(p)}`;
    const payload = [...devPaths.map((p) => ['extensionDevelopmentPath', remote(p)]), ['extensionTestsPath', remote(testsPath)]];
    const query = `${folder ? `folder=${encodeURIComponent(resolve(folder))}` : 'ew=true'}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    const browser = await launchChromium(join(tmp, 'chromium'));
    try {
      const page = browser.pages()[0] ?? (await browser.newPage());
      let exit!: (code: number) => void;
      const exited = new Promise<number>((r) => (exit = r));
      // Everything the extension host logs, the tests' console output included, arrives here.
      await page.exposeFunction('codeAutomationLog', (type: string, a: unknown[]) => (type === 'error' ? console.error : console.log)(...(a ?? [])));
      await page.exposeFunction('codeAutomationExit', (code: number) => exit(code));
      await page.goto(`${server.origin}/?${query}`, { waitUntil: 'domcontentloaded', timeout: 180_000 });
      let timer: NodeJS.Timeout | undefined;
      const code = await Promise.race([exited, new Promise<number>((r) => (timer = setTimeout(() => r(124), timeoutMs)))]);
      clearTimeout(timer);
      log(code === 124 ? `the tests did not finish within ${timeoutMs} ms` : `extension tests exited with ${code}`);
      return code;
    } finally {
      await browser.close();
    }
  } finally {
    server.stop();
    if (!process.env.CODE_SHIM_KEEP) rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error('[code-shim]', e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
