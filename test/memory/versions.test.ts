/**
 * Memory across edits: what the language server keeps from one version of a file to the next (reused documents, the
 * line index, the snapshot it derives from, the findings cache) must not keep the older versions themselves alive.
 * Each test edits a file many times, as typing does, and checks with the garbage collector that the first version
 * was freed. Leaks of this kind grew the server by megabytes per keystroke on a large file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Workspace } from '../../server/src/core/model/workspace';
import type { SourceFile } from '../../server/src/core/model/sourceFile';
import { checkFile, FindingsCache } from '../../server/src/core/rules/runner';
import { linkGraph } from '../../server/src/core/model/graph/ofSnapshot';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec:\n  selector: {app: web}\n  ports: [{port: 80, targetPort: http}]\n';
const CONFIG = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata:\n  mode: fast\n';

/** A WeakRef to the first version of the file, made in a scope of its own so that nothing here holds it. */
function firstVersion(ws: Workspace, uri: string, text: string): WeakRef<SourceFile> {
  const file = ws.setFile(uri, text);
  // As the server does when it publishes diagnostics: each version's line index is built from the last one.
  file.lineIndex();
  return new WeakRef(file);
}

async function collected(ref: WeakRef<object>): Promise<boolean> {
  // A WeakRef target stays alive until the current job ends; collect after it.
  await new Promise((resolve) => setImmediate(resolve));
  gc();
  return ref.deref() === undefined;
}

test('typing does not keep earlier versions of a file alive (line index, snapshots, findings, graph)', async () => {
  const ws = new Workspace();
  const cache = new FindingsCache();
  ws.setFile('/a/svc.yaml', SERVICE);
  let text = `${CONFIG}---\n${SERVICE.replace('web}', 'api}')}---\n${CONFIG.replace('settings', 'more')}`;
  const first = firstVersion(ws, '/a/app.yaml', text);
  for (let i = 0; i < 20; i++) {
    // Type in the first ConfigMap, which moves every document below it.
    text = text.replace('mode: fast', `mode: fast${i}`);
    const file = ws.setFile('/a/app.yaml', text);
    file.lineIndex();
    const snapshot = ws.snapshot();
    checkFile(snapshot, '/a/app.yaml', { cache });
    checkFile(snapshot, '/a/svc.yaml', { cache });
    if (i % 3 === 0) linkGraph(snapshot);
  }
  assert.ok(await collected(first), 'the first version of the edited file is still reachable after 20 edits');
});
