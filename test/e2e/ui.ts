/**
 * The user's view: the packaged .vsix installed into a fresh code-server, driven by headless Chromium. Opens a seed
 * example, finds the squiggles, reads the Problems panel, the hover and the status bar item, applies a quick fix from
 * its menu, and saves screenshots.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
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

export async function runUiTest(vsix: string, work: string, screenshotTo?: string): Promise<Check[]> {
  rmSync(work, { recursive: true, force: true });
  const dirs = { work, extensions: join(work, 'extensions'), userData: join(work, 'user-data') };
  installExtension(vsix, dirs);
  const server = await startCodeServer(dirs);
  const checks: Check[] = [];
  try {
    const browser = await launchChromium(join(work, 'chromium'));
    try {
      const page = browser.pages()[0] ?? (await browser.newPage());
      await page.goto(`${server.origin}/?folder=${encodeURIComponent(join(REPO, 'examples'))}`, { waitUntil: 'domcontentloaded', timeout: 180_000 });
      await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });

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

      await step(checks, 'the status bar item shows the manifest and link counts', async () => {
        const item = page.locator('.statusbar-item', { hasText: /Netlens \d+ · \d+/ }).first();
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
