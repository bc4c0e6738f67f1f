/**
 * The network map in the real editor (a step of ui.ts): the command opens the webview beside the editor on the
 * examples workspace, the nodes are drawn, the cursor's Service is highlighted, a click on a Service reveals its YAML,
 * and a label typed wrong turns the Service's edge into a broken one.
 */
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { waitFor } from './codeServer';
import { REPO } from './paths';

/** How many nodes the CLI draws for a path of the repository: the map the webview shows of the same objects. */
function cliNodes(rel: string): number {
  const r = spawnSync(process.execPath, [join(REPO, 'dist/cli.js'), 'map', join(REPO, rel), '--format', 'json'], { encoding: 'utf8' });
  return (JSON.parse(r.stdout) as { nodes: unknown[] }).nodes.length;
}

export interface MapStepHelpers {
  openAndGoTo(page: Page, rel: string, line: number, column: number): Promise<void>;
  screenshot(name: string): Promise<void>;
}

/** The map page inside the webview's two iframes. */
const mapFrame = (page: Page): FrameLocator => page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');

/** The page's Cytoscape instance, as seen from an evaluated function (the page's CSP allows no eval of our own). */
type Cy = { $id(id: string): { renderedPosition(): { x: number; y: number }; hasClass(c: string): boolean; nonempty(): boolean }; edges(s: string): { map<T>(f: (e: { data(k: string): string }) => T): T[] } };
type WithMap = { kubeNetlensMap: Cy };

const highlighted = (graph: Locator, id: string) => graph.evaluate((el, nodeId) => (el.ownerDocument.defaultView as unknown as WithMap).kubeNetlensMap.$id(nodeId).hasClass('highlighted'), id);
const drawn = (graph: Locator, id: string) => graph.evaluate((el, nodeId) => (el.ownerDocument.defaultView as unknown as WithMap).kubeNetlensMap.$id(nodeId).nonempty(), id);
const positionOf = (graph: Locator, id: string) => graph.evaluate((el, nodeId) => (el.ownerDocument.defaultView as unknown as WithMap).kubeNetlensMap.$id(nodeId).renderedPosition(), id);
const brokenEdges = (graph: Locator) => graph.evaluate((el) => (el.ownerDocument.defaultView as unknown as WithMap).kubeNetlensMap.edges('.broken').map((e) => `${e.data('source')} -> ${e.data('target')}`));

export async function networkMapStep(page: Page, h: MapStepHelpers): Promise<string> {
  await page.keyboard.press('Escape');
  // Line 4 of shop/redis.yaml is the Service's `  name: redis`.
  await h.openAndGoTo(page, 'shop/redis.yaml', 4, 10);
  await page.keyboard.press('Control+B'); // the side bar away: room for the map beside the editor
  await page.keyboard.press('F1');
  await page.locator('.quick-input-box input').waitFor({ timeout: 15_000 });
  await page.keyboard.type('Kubernetes Network Lens: Show Network Map');
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: 'Show Network Map' }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
  const graph = mapFrame(page).locator('#graph[data-nodes]');
  await graph.waitFor({ timeout: 60_000 });
  const nodes = Number(await graph.getAttribute('data-nodes'));
  // The nodes of examples/ (as `kube-netlens map examples` draws them), those of the untitled copy of
  // mistakes/payments.yaml that the walkthrough step opened, and kube-dns, which an earlier step opened from outside
  // the workspace.
  const expected = cliNodes('examples') + cliNodes('examples/mistakes/payments.yaml') + 1;
  if (nodes !== expected || !(await drawn(graph, 'Service:kube-system/kube-dns'))) throw new Error(`${nodes} nodes drawn, expected ${expected}: those of examples/, of the walkthrough's copy and Service kube-system/kube-dns`);
  if (!(await waitFor(() => highlighted(graph, 'Service:shop/redis'), 15_000))) throw new Error('the Service under the cursor is not highlighted');

  // Search brings Service shop/api into view; a click on it reveals its name in shop/api.yaml (line 41, `  name: api`).
  const search = mapFrame(page).locator('input[type=search]');
  await search.fill('service api');
  await search.press('Enter');
  await mapFrame(page).locator('#details', { hasText: 'Service api in namespace shop' }).waitFor({ timeout: 15_000 });
  await page.waitForTimeout(300); // the view glides to it
  await search.fill(''); // before the click: the revealed editor must keep the focus for what follows
  const at = await positionOf(graph, 'Service:shop/api');
  const box = (await graph.boundingBox())!;
  await page.mouse.click(box.x + at.x, box.y + at.y);
  await page.locator('.tab.active[aria-label*="api.yaml"]').first().waitFor({ timeout: 15_000 });
  await page.locator('.statusbar-item', { hasText: /Ln 41, Col 12 \(3 selected\)/ }).first().waitFor({ timeout: 15_000 });

  // A typo in the StatefulSet's pod template label (line 29, `app.kubernetes.io/name: redis`): the Service selects nothing.
  const broken = () => brokenEdges(graph);
  const before = await broken();
  await h.openAndGoTo(page, 'shop/redis.yaml', 29, 38);
  await page.keyboard.type('x');
  const turned = await waitFor(async () => (await broken()).includes('Service:shop/redis -> Service:shop/redis~selector'), 30_000);
  const selectedNothing = await drawn(graph, 'Service:shop/redis~selector');
  await h.screenshot('network-map.png');
  // Undo and save: code-server saves edits after a delay, and the example must stay as it is in git.
  await page.keyboard.press('Control+Z');
  await page.keyboard.press('Control+S');
  await page.keyboard.press('Control+B');
  if (!turned || !selectedNothing) throw new Error(`no broken edge from Service shop/redis after the typo; broken: ${JSON.stringify(await broken())}`);
  const mended = await waitFor(async () => (await broken()).length === before.length, 30_000);
  if (!mended) throw new Error(`the broken edge stayed after the undo: ${JSON.stringify(await broken())}`);
  return `${nodes} nodes; the cursor's Service highlighted; a click revealed shop/api.yaml:41; broken edges ${before.length} → ${before.length + 1} after the typo, ${before.length} after the undo`;
}
