/**
 * Invalidation: which files must be checked again after some changed. Kept in the core so that the language server
 * and any other driver decide it the same way.
 */
import type { Snapshot } from './snapshot';
import { linkSignature } from './signature';
import type { Reads } from './signature';

/**
 * The files whose diagnostics may differ after `changed` changed. Rules look across files (a Service in one file
 * selects pods in another), but only through what a file contributes to links: its link signature
 * (model/signature.ts). When no changed file's signature moved (typing in a CRD schema, a ConfigMap, a comment),
 * only the changed files themselves are re-checked; otherwise every file is. While the workspace is still being indexed
 * only the open documents are checked, since the rest is incomplete and is checked when indexing completes.
 * `signatures` holds each file's last seen signature and is updated here; `reads` are the kinds the rules read
 * across files (`RULE_READS`).
 */
export function filesToRecheck(snapshot: Snapshot, changed: ReadonlySet<string>, scope: { indexing: boolean; isOpen(uri: string): boolean }, signatures: Map<string, string>, reads: Reads): string[] {
  const all = [...snapshot.files.keys()];
  if (scope.indexing) return all.filter((uri) => scope.isOpen(uri));
  let linksMoved = false;
  for (const uri of changed) {
    const signature = snapshot.files.has(uri) ? linkSignature(snapshot, uri, reads) : undefined;
    if (signatures.get(uri) !== signature) linksMoved = true;
    if (signature === undefined) signatures.delete(uri);
    else signatures.set(uri, signature);
  }
  return linksMoved ? all : [...changed].filter((uri) => snapshot.files.has(uri));
}
