/**
 * The page of `kube-netlens map --format html` in headless Chromium: it draws every node under its strict CSP with no
 * error, answers clicks and the keyboard, follows a dark colour scheme, and leaves screenshots in .scratch/map/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import { CHROMIUM, REPO, SCRATCH } from '../e2e/paths';

const OUT = join(SCRATCH, 'map');

function page(paths: string[]): string {
  const r = spawnSync(process.execPath, [join(REPO, 'dist/cli.js'), 'map', ...paths, '--format', 'html'], { cwd: REPO, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, `${paths.join('-').replace(/\W+/g, '-')}.html`);
  writeFileSync(file, r.stdout);
  return `file://${file}`;
}

/** Clicks a node where the canvas draws it. */
async function clickNode(p: Page, id: string): Promise<void> {
  const at = await p.evaluate((nodeId) => {
    const cy = (window as unknown as { kubeNetlensMap: { $id(id: string): { renderedPosition(): { x: number; y: number } } } }).kubeNetlensMap;
    return cy.$id(nodeId).renderedPosition();
  }, id);
  const box = (await p.locator('#graph').boundingBox())!;
  await p.mouse.click(box.x + at.x, box.y + at.y);
}

test('the HTML map of examples/ draws every node, without CSP or script errors, and answers clicks and keys', { skip: existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM}` }, async () => {
  const url = page(['examples/shop', 'examples/mistakes']);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const p = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const problems: string[] = [];
    p.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
    });
    p.on('pageerror', (e) => problems.push(String(e)));
    await p.goto(url);
    await p.locator('#graph[data-nodes]').waitFor({ timeout: 15_000 });
    const drawn = await p.locator('#graph').evaluate((el) => ({ ...(el as HTMLElement).dataset }));
    // shop: 9 nodes, 7 edges; mistakes: 10 nodes (2 of them ghosts), 4 edges, 2 broken.
    assert.deepEqual(drawn, { nodes: '19', edges: '11', broken: '2' });
    assert.equal(await p.locator('.count').innerText(), '19 nodes, 11 links, 2 broken');
    await p.screenshot({ path: join(OUT, 'examples-light.png') });

    await clickNode(p, 'Service:shop/api');
    assert.match(await p.locator('#details').innerText(), /^Service api in namespace shop: ClusterIP, 80\/TCP http, 9090\/TCP metrics\n2 links\nexamples\/shop\/api\.yaml:38$/);
    await p.locator('#graph').focus();
    await p.keyboard.press('ArrowRight');
    assert.match(await p.locator('#details').innerText(), /^Deployment api in namespace shop/);
    await clickNode(p, 'Service:default/payments~selector');
    assert.match(await p.locator('#details').innerText(), /selector app=paymnets matches no pod template/);

    await p.locator('input[type=search]').fill('redis');
    const faded = await p.evaluate(() => (window as unknown as { kubeNetlensMap: { $(s: string): { length: number } } }).kubeNetlensMap.$('node.faded').length);
    assert.ok(faded > 10, `${faded} nodes faded by the search`);
    await p.locator('input[type=search]').fill('');
    await p.locator('select[aria-label="Show namespace"]').selectOption('shop');
    assert.equal(await p.locator('#graph').getAttribute('data-nodes'), '9');

    await p.emulateMedia({ colorScheme: 'dark' });
    await p.locator('select[aria-label="Show namespace"]').selectOption('');
    await p.screenshot({ path: join(OUT, 'examples-dark.png') });
    assert.equal(await p.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(13, 17, 23)');
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
  }
});
