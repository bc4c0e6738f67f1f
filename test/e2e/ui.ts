/**
 * The user's view: the packaged .vsix installed into a fresh code-server, driven by headless Chromium. Opens a seed
 * example, finds the squiggles, reads the Problems panel, the hover and the status bar item, applies a quick fix from
 * its menu, and saves screenshots.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { installExtension, launchChromium, startCodeServer, waitFor } from './codeServer';
import { REPO } from './paths';
import { networkMapStep } from './mapUi';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

const FILE = '02-two-pods.yaml';
// What the Problems panel must list for the file: message, source, rule id and position of each problem (lines 11
// and 14 occur in no other seed file).
const PROBLEMS = [
  '02-two-pods.yaml',
  "a second 'apiVersion' starts a new object here, but there is no '---' before it\nkube-netlens\nmissing-document-separator\n[Ln 11, Col 1]",
  "'name' is at the same level as 'metadata:', which is left empty; indent it under 'metadata:'\nkube-netlens\nmetadata-outdented\n[Ln 14, Col 1]",
];

// Outside the workspace: it is opened by its absolute path through Quick Open. Without the injection grammar, VS Code's
// YAML grammar colours the addresses and CIDRs as strings.
const NETWORK_YAML = `apiVersion: v1
kind: Service
metadata:
  name: kube-dns
  namespace: kube-system
spec:
  clusterIP: 10.96.0.10
  clusterIPs: ["10.96.0.10", fd00:10:96::a]
  ipFamilyPolicy: PreferDualStack
  selector:
    k8s-app: kube-dns
  sessionAffinity: ClientIP
  sessionAffinityConfig:
    clientIP:
      timeoutSeconds: 10800
  ports:
  - name: dns
    port: 53
    protocol: UDP
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: egress-to-the-office
spec:
  podSelector: {}
  egress:
  - to:
    - ipBlock:
        cidr: 10.0.0.0/8
        except: [10.1.0.0/16]
`;

async function screenshot(page: Page, work: string, name: string, copyTo?: string): Promise<void> {
  await page.screenshot({ path: join(work, name) });
  if (copyTo) {
    mkdirSync(copyTo, { recursive: true });
    copyFileSync(join(work, name), join(copyTo, name));
  }
}

async function openFromExplorer(page: Page, folder: string, file: string): Promise<void> {
  const explorer = page.locator('.explorer-folders-view');
  await explorer.getByText(folder, { exact: true }).first().click({ timeout: 60_000 });
  await explorer.getByText(file, { exact: true }).first().click({ timeout: 30_000 });
  await page.locator(`.tab[aria-label*="${file}"]`).first().waitFor({ timeout: 30_000 });
  await page.locator('.monaco-editor .view-lines').first().waitFor({ timeout: 30_000 });
}

/** Runs one step as a named check; a step that throws fails with its message, and the steps after it still run. */
async function step(checks: Check[], name: string, body: () => Promise<string>): Promise<void> {
  const t0 = Date.now();
  try {
    checks.push({ name, ok: true, detail: `${await body()} (${Date.now() - t0} ms)` });
  } catch (e) {
    checks.push({ name, ok: false, detail: e instanceof Error ? e.message.split('\n')[0] : String(e) });
  }
}

/** Opens a file of the examples workspace with Quick Open and puts the cursor at a 1-based line and column. */
async function openAndGoTo(page: Page, rel: string, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+P');
  await page.locator('.quick-input-box input').waitFor({ timeout: 15_000 });
  await page.keyboard.type(rel);
  // Until the list is filtered, the focused row is the most recently opened file: wait for the file to be focused.
  const name = rel.split('/').pop()!;
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: name }).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  await page.locator(`.tab.active[aria-label*="${name}"]`).first().waitFor({ timeout: 30_000 });
  await page.keyboard.press('Control+G');
  await page.locator('.quick-input-box input').waitFor({ timeout: 15_000 });
  await page.keyboard.type(`${line}:${column}`);
  // An Enter before the box has read the typed position does nothing.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: `Go to line ${line} and character ${column}` }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  // Keys pressed before the editor has the focus back (e.g. Ctrl+K Ctrl+I) would go to the closing input box.
  await page.locator('.statusbar-item', { hasText: `Ln ${line}, Col ${column}` }).first().waitFor({ timeout: 15_000 });
  await page.locator('.monaco-editor.focused').first().waitFor({ timeout: 15_000 });
}

/**
 * Shows the hover at the cursor with the editor's command (Ctrl+K Ctrl+I) and returns its text once it holds `text`.
 * A hover the editor has hidden again stays in the page with the class `hidden`: it does not count.
 */
async function showHover(page: Page, text: string, ms: number): Promise<string> {
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+I');
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: text }).first();
  await hover.waitFor({ timeout: ms });
  // It fades in: a screenshot taken at once shows it half transparent.
  await hover.evaluate((el) => Promise.all(el.getAnimations().map((a: { finished: Promise<unknown> }) => a.finished)));
  return hover.innerText();
}

/**
 * The user settings of the run: no git (its notification covered the Problems panel in the screenshots), no welcome
 * page or tips.
 */
function writeUserSettings(userData: string): void {
  mkdirSync(join(userData, 'User'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({
    'git.enabled': false,
    'git.openRepositoryInParentFolders': 'never',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'extensions.ignoreRecommendations': true,
    'update.showReleaseNotes': false,
  }));
}

/** The text of the extension's output channel, from the log file VS Code keeps of it. */
function outputChannelLog(userData: string): string {
  const logs = join(userData, 'logs');
  const found = readdirSync(logs, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('Kubernetes Network Lens.log')).sort();
  return found.length ? readFileSync(join(logs, found.at(-1)!), 'utf8') : '';
}

/** The body of a step, with a screenshot of the page (`failed-<name>`) when it fails. */
function shotOnFailure(page: Page, work: string, name: string, body: () => Promise<string>): () => Promise<string> {
  return async () => {
    try {
      return await body();
    } catch (e) {
      await page.screenshot({ path: join(work, `failed-${name}`) }).catch(() => undefined);
      throw e;
    }
  };
}

/**
 * Runs a command that opens a quick pick of its own, then picks the entry shown as `row` after typing `typed`. Keys
 * typed before `ready` shows that the pick has replaced the palette would go to the palette.
 */
async function pickAfterCommand(page: Page, title: string, ready: Locator, typed: string, row: string): Promise<void> {
  await runCommand(page, title);
  await ready.first().waitFor({ timeout: 15_000 });
  await page.keyboard.type(typed);
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: row }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
}

/** Hides the panel (Problems, Output) when it is shown, so that a screenshot shows the editor. */
async function hidePanel(page: Page): Promise<void> {
  const panel = page.locator('.part.panel');
  if (!(await panel.isVisible())) return;
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+J');
  await panel.waitFor({ state: 'hidden', timeout: 15_000 });
}

/** Runs a command from the palette by its title, as a user would. */
async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+P');
  await page.locator('.quick-input-box input').waitFor({ timeout: 15_000 });
  await page.keyboard.type(title);
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
}

export async function runUiTest(vsix: string, work: string, screenshotTo?: string): Promise<Check[]> {
  rmSync(work, { recursive: true, force: true });
  const dirs = { work, extensions: join(work, 'extensions'), userData: join(work, 'user-data') };
  installExtension(vsix, dirs);
  writeUserSettings(dirs.userData);
  const server = await startCodeServer(dirs);
  const checks: Check[] = [];
  try {
    const browser = await launchChromium(join(work, 'chromium'));
    try {
      const page = browser.pages()[0] ?? (await browser.newPage());
      await page.goto(`${server.origin}/?folder=${encodeURIComponent(join(REPO, 'examples'))}`, { waitUntil: 'domcontentloaded', timeout: 180_000 });
      await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
      // The screenshots are for the README: no notification toast over them (dismissing one would close a hover too).
      await page.addStyleTag({ content: '.notifications-toasts { display: none !important; }' });

      await step(checks, `opening seed/${FILE} shows error squiggles`, async () => {
        await openFromExplorer(page, 'seed', FILE);
        await page.locator('.monaco-editor .squiggly-error').first().waitFor({ state: 'attached', timeout: 60_000 });
        return `${await page.locator('.monaco-editor .squiggly-error').count()} squiggles`;
      });

      await step(checks, 'the Problems panel lists the seed mistakes with source and rule id', async () => {
        await page.locator('.monaco-editor .view-lines').first().click();
        await page.keyboard.press('Control+Shift+M');
        const panel = page.locator('.markers-panel');
        await panel.waitFor({ timeout: 30_000 });
        let text = '';
        const listed = await waitFor(async () => {
          text = await panel.innerText();
          return PROBLEMS.every((w) => text.includes(w));
        }, 30_000);
        if (!listed) throw new Error(`the Problems panel shows ${JSON.stringify(text.slice(0, 400))}`);
        return JSON.stringify(text.slice(0, 200));
      });

      await step(checks, 'the status bar item says the manifest and link counts in words, the CLI\'s for the folder', async () => {
        const cli = spawnSync(process.execPath, [join(REPO, 'dist/cli.js'), 'check', join(REPO, 'examples'), '--format', 'json', '--fail-on', 'never'], { encoding: 'utf8' });
        const { manifests, links } = JSON.parse(cli.stdout).summary;
        const item = page.locator('.statusbar-item', { hasText: `Kubernetes: ${manifests} manifests · ${links} links` }).first();
        await item.waitFor({ timeout: 30_000 });
        return JSON.stringify(await item.innerText());
      });

      await step(checks, 'hovering a squiggle shows the message', async () => {
        // The cursor on the outdented `name:` (line 6) and the editor's own "show hover" command: a mouse hover over
        // the squiggle depends on layout that the Problems panel just changed.
        await openAndGoTo(page, `seed/${FILE}`, 6, 2);
        return JSON.stringify((await showHover(page, "indent it under 'metadata:'", 15_000)).slice(0, 120));
      });

      await screenshot(page, work, 'seed-problems.png', screenshotTo);

      await step(checks, 'addresses, CIDRs and ports are coloured as numbers (the injection grammar is loaded)', async () => {
        const file = join(work, 'network.yaml');
        writeFileSync(file, NETWORK_YAML);
        await page.keyboard.press('Escape');
        await page.keyboard.press('Control+P');
        await page.locator('.quick-input-box input').waitFor({ timeout: 15_000 });
        await page.keyboard.type(file);
        await page.locator('.quick-input-list .monaco-list-row', { hasText: 'network.yaml' }).first().waitFor({ timeout: 30_000 });
        await page.keyboard.press('Enter');
        await page.locator('.tab[aria-label*="network.yaml"]').first().waitFor({ timeout: 30_000 });
        // Close the panel, so that the whole file is in view (Monaco renders only the visible lines).
        await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 5_000 });
        await page.keyboard.press('Control+J');
        await page.locator('.markers-panel').waitFor({ state: 'hidden', timeout: 15_000 });
        const colourClass = async (text: string): Promise<string> => {
          const token = page.locator('.monaco-editor .view-line span span', { hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).first();
          await token.waitFor({ timeout: 30_000 });
          // Monaco gives each colour of the theme one class (mtk1, mtk2, …).
          return (await token.getAttribute('class')) ?? '';
        };
        const number = await colourClass('10800');
        const plain = await colourClass('kube-system');
        if (number === plain) throw new Error(`the theme gives numbers and plain strings one colour (${number})`);
        const got: Record<string, string> = {};
        for (const t of ['10.96.0.10', 'fd00:10:96::a', '10.0.0.0', '16', '53']) got[t] = await colourClass(t);
        const wrong = Object.entries(got).filter(([, c]) => c !== number);
        if (wrong.length) throw new Error(`not coloured as numbers (${number}): ${JSON.stringify(Object.fromEntries(wrong))}; plain strings are ${plain}`);
        return `${Object.keys(got).join(', ')} in ${number}; plain strings in ${plain}`;
      });
      await screenshot(page, work, 'network-highlighting.png', screenshotTo);

      await step(checks, 'hovering a Service name shows its DNS name and the pods it selects', async () => {
        const rel = 'shop/frontend.yaml';
        const lines = readFileSync(join(REPO, 'examples', rel), 'utf8').split('\n');
        const line = lines.findIndex((l, i) => l === '  name: frontend' && lines[i - 2] === 'kind: Service') + 1;
        await openAndGoTo(page, rel, line, 10);
        // The code lenses arrive after the file opens; the lines they insert above the cursor hide a hover shown
        // before them (it was then caught fading out in the screenshot, or not seen at all).
        await page.locator('.codelens-decoration', { hasText: 'selects 1 pod template' }).first().waitFor({ timeout: 30_000 });
        return JSON.stringify((await showHover(page, 'frontend.shop.svc.cluster.local', 30_000)).slice(0, 160));
      });
      await screenshot(page, work, 'hover-service.png', screenshotTo);

      await step(checks, "the quick fix on the missing '---' squiggle inserts the separator", async () => {
        const squiggles = page.locator('.monaco-editor .squiggly-error');
        await page.keyboard.press('Escape');
        // Line 11 is the second `apiVersion:`. VS Code asks for code actions with the diagnostics it holds at the
        // cursor, so the squiggles must be there before Ctrl+. (editor.action.quickFix) opens the menu.
        await openAndGoTo(page, `seed/${FILE}`, 11, 1);
        if (!(await waitFor(async () => (await squiggles.count()) === 3, 30_000))) throw new Error(`${await squiggles.count()} squiggles instead of 3`);
        await page.keyboard.press('Control+.');
        const entry = page.locator('.action-widget .monaco-list-row.action.focused', { hasText: "Insert '---' before this object" }).first();
        await entry.waitFor({ timeout: 15_000 });
        const menu = JSON.stringify(await page.locator('.action-widget').first().innerText());
        await screenshot(page, work, 'quick-fix.png', screenshotTo);
        // The menu opens with its first entry, the fix, focused: Enter applies it.
        await page.keyboard.press('Enter');
        await page.locator('.monaco-editor .view-line', { hasText: /^---$/ }).first().waitFor({ timeout: 15_000 });
        const fixed = await waitFor(async () => (await squiggles.count()) === 2, 30_000);
        const left = await squiggles.count();
        // Undo, so that the example stays as it is on disk should anything save it.
        await page.keyboard.press('Control+Z');
        if (!fixed) throw new Error(`'---' inserted, but ${left} squiggles instead of 2`);
        return `menu ${menu}; '---' inserted, 2 squiggles left`;
      });

      await step(checks, 'a Helm chart template opens clean, and a literal targetPort typo typed into it gets the warning', async () => {
        const squiggles = page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error');
        await page.keyboard.press('Escape');
        // Line 11 is `      targetPort: http`; column 23 is just after `http`.
        await openAndGoTo(page, 'helm/web/templates/service.yaml', 11, 23);
        await page.keyboard.type('t');
        const warned = page.locator('.monaco-editor .squiggly-warning').first();
        await warned.waitFor({ state: 'attached', timeout: 30_000 });
        // Inside the word, for the hover.
        await page.keyboard.press('ArrowLeft');
        const hover = await showHover(page, "did you mean 'http'?", 15_000);
        await screenshot(page, work, 'helm-template.png', screenshotTo);
        await page.keyboard.press('Escape');
        // Undo: the template as written has no finding at all.
        await page.keyboard.press('Control+Z');
        if (!(await waitFor(async () => (await squiggles.count()) === 0, 30_000))) throw new Error(`${await squiggles.count()} squiggles left after undoing the typo`);
        return `${JSON.stringify(hover.slice(0, 160))}; none after undo`;
      });

      await step(checks, 'the NetworkPolicy hover says which pods it isolates and what each rule allows', async () => {
        await page.keyboard.press('Escape');
        const rel = 'shop/network-policies.yaml';
        const line = readFileSync(join(REPO, 'examples', rel), 'utf8').split('\n').indexOf('  name: api-from-frontend') + 1;
        await openAndGoTo(page, rel, line, 10);
        // As for the Service: the code lenses must be in before the hover, or the lines they insert hide it.
        await page.locator('.codelens-decoration', { hasText: 'applies to' }).first().waitFor({ timeout: 30_000 });
        const hover = await showHover(page, 'Ingress: isolated; allowed only', 30_000);
        await screenshot(page, work, 'hover-network-policy.png', screenshotTo);
        if (!hover.includes('Isolates pods with')) throw new Error(`no isolated pods in ${JSON.stringify(hover.slice(0, 200))}`);
        return JSON.stringify(hover.slice(0, 200));
      });

      await step(checks, "the quick fix on a targetPort naming a missing port uses the only port's name", async () => {
        const warnings = page.locator('.monaco-editor .squiggly-warning');
        await page.keyboard.press('Escape');
        // Line 31 is `      targetPort: http`, which deployment/checkout does not declare; it declares only `web`.
        await openAndGoTo(page, 'mistakes/checkout.yaml', 31, 19);
        if (!(await waitFor(async () => (await warnings.count()) > 0, 30_000))) throw new Error('no warning on the targetPort');
        await page.keyboard.press('Control+.');
        const title = "Change targetPort to 'web', the only port of deployment/checkout";
        await page.locator('.action-widget .monaco-list-row.action.focused', { hasText: title }).first().waitFor({ timeout: 15_000 });
        await screenshot(page, work, 'quick-fix-target-port.png', screenshotTo);
        // The fix is the first entry, focused when the menu opens: Enter applies it.
        await page.keyboard.press('Enter');
        await page.locator('.monaco-editor .view-line', { hasText: 'targetPort: web' }).first().waitFor({ timeout: 15_000 });
        const fixed = await waitFor(async () => (await warnings.count()) === 0, 30_000);
        // Undo, so that the example stays as it is on disk should anything save it.
        await page.keyboard.press('Control+Z');
        if (!fixed) throw new Error(`targetPort changed, but ${await warnings.count()} warnings left`);
        return `'${title}' applied, no warning left`;
      });

      await step(checks, 'Check Workspace opens the Problems panel and says the totals', shotOnFailure(page, work, 'check-workspace.png', async () => {
        await hidePanel(page);
        await runCommand(page, 'Kubernetes Network Lens: Check Workspace');
        await page.locator('.markers-panel').waitFor({ state: 'visible', timeout: 30_000 });
        // Open files from outside the folder (network.yaml) count too, so the totals are not the CLI's for the folder.
        const message = page.locator('.statusbar-item', { hasText: /^Kubernetes: \d+ errors?, \d+ warnings?, \d+ information, \d+ hints? in \d+ files$/ }).first();
        await message.waitFor({ timeout: 60_000 });
        return JSON.stringify(await message.innerText());
      }));

      await step(checks, "Show Rule Documentation opens the rule's section of the shipped docs in the Markdown preview", shotOnFailure(page, work, 'rule-documentation.png', async () => {
        await hidePanel(page);
        await pickAfterCommand(page, 'Kubernetes Network Lens: Show Rule Documentation', page.locator('.quick-input-title', { hasText: 'rule documentation' }), 'service-selector-no-match', 'Service selects no pods');
        await page.locator('.tab.active', { hasText: 'Preview rules.md' }).first().waitFor({ timeout: 30_000 });
        const preview = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
        const heading = preview.locator('h3#service-selector-no-match');
        await heading.waitFor({ timeout: 30_000 });
        // The preview scrolls to the section: its heading is at the top of the view, not at the end of a long page.
        let top = NaN;
        const scrolled = await waitFor(async () => {
          top = await heading.evaluate((el) => el.getBoundingClientRect().top);
          return top > -5 && top < 150;
        }, 15_000);
        if (!scrolled) throw new Error(`the heading is ${top} px from the top of the preview`);
        await screenshot(page, work, 'rule-documentation.png', screenshotTo);
        return `heading at ${Math.round(top)} px; ${JSON.stringify((await preview.locator('h3#service-selector-no-match + p').innerText()).slice(0, 80))}`;
      }));

      await step(checks, "the walkthrough's first step opens the example, and its squiggle appears", shotOnFailure(page, work, 'walkthrough.png', async () => {
        await hidePanel(page);
        const title = 'Get started with Kubernetes Network Lens';
        await pickAfterCommand(page, 'Welcome: Open Walkthrough...', page.locator('.quick-input-list .monaco-list-row', { hasText: title }), 'Kubernetes Network Lens', title);
        const first = page.locator('.getting-started-step', { hasText: 'Open a manifest with a mistake' }).first();
        await first.waitFor({ timeout: 30_000 });
        await screenshot(page, work, 'walkthrough.png', screenshotTo);
        const steps = await page.locator('.getting-started-step').count();
        await first.getByText('Open the example', { exact: true }).click({ timeout: 15_000 });
        await page.locator('.tab.active', { hasText: 'Untitled' }).first().waitFor({ timeout: 30_000 });
        // The selector is near the end; the editor draws squiggles only on the lines in view.
        await page.locator('.editor-group-container.active .monaco-editor .view-lines').first().click();
        await page.keyboard.press('Control+End');
        // A warning, or "cannot verify" information in a workspace (as this one) with documents that cannot be read.
        const squiggle = page.locator('.editor-group-container.active .monaco-editor').locator('.squiggly-warning, .squiggly-info').first();
        await squiggle.waitFor({ state: 'attached', timeout: 30_000 });
        return `${steps} steps; the untitled example has a squiggle (${await squiggle.getAttribute('class')})`;
      }));

      await step(checks, 'the output channel shows the start, the settings and the index summary; a restart logs no error', shotOnFailure(page, work, 'output.png', async () => {
        // The panel shows only the lines in view; VS Code also writes the channel to a file, which holds all of it.
        const text = () => outputChannelLog(dirs.userData);
        await runCommand(page, 'Kubernetes Network Lens: Restart Server');
        await runCommand(page, 'Kubernetes Network Lens: Show Output');
        const summary = /Indexed \d+ files in \d+( ms|\.\d s): \d+ documents, \d+ resources, \d+ manifests/;
        const restarted = () => text().split('Restarting the language server.')[1] ?? '';
        if (!(await waitFor(() => summary.test(restarted()), 60_000))) throw new Error(`after the restart the output shows ${JSON.stringify(restarted().slice(-600))}`);
        await page.locator('.output-view .view-lines', { hasText: 'Indexed' }).first().waitFor({ timeout: 30_000 });
        const shown = text();
        await runCommand(page, 'View: Toggle Maximized Panel');
        await screenshot(page, work, 'output.png', screenshotTo);
        await runCommand(page, 'View: Toggle Maximized Panel');
        for (const wanted of ['Restarting the language server.', 'The language server stopped.', 'Settings in effect: ']) if (!shown.includes(wanted)) throw new Error(`no ${JSON.stringify(wanted)} in ${JSON.stringify(shown.slice(-800))}`);
        if (/exited with code/.test(shown)) throw new Error(`a clean restart logged ${JSON.stringify(shown.match(/.*exited with code.*/)![0])}`);
        return JSON.stringify(restarted().match(summary)![0]);
      }));
      await step(checks, 'the network map: drawn, highlighted from the cursor, a click reveals the YAML, a label typo breaks the edge', () =>
        networkMapStep(page, { openAndGoTo, screenshot: (name) => screenshot(page, work, name, screenshotTo) }));

    } finally {
      await browser.close();
    }
  } finally {
    server.stop();
  }
  return checks;
}
