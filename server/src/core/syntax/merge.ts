/**
 * `<<` merge keys, applied as kubectl's decoder applies them. sigs.k8s.io/yaml decodes with go-yaml v2, which reads a
 * plain, untagged (or `!!merge`) key `<<` as a merge: its value, a map or an alias of one, or a sequence of those,
 * is written into the enclosing map where the `<<` stands, and a sequence is written from its last map to its first,
 * so that earlier maps win. The keys written later win, so a key after the `<<` overrides the merged one; one before
 * it is overwritten (YAML 1.1 would keep it; go-yaml v2 does not, and kubectl gets what go-yaml v2 gives).
 *
 * Merged pairs are the merged map's own pairs, so that every finding on one, and every fix, lands on the text that
 * holds it (the anchored map, or the inline map after `<<`), not on the alias.
 */
import type { Range } from '../text';
import type { YMap, YNode, YPair } from './nodes';
import { deref, keyText } from './nodes';

const MERGE_TAGS = new Set(['!!merge', 'tag:yaml.org,2002:merge']);

function isMergeKey(key: YNode): boolean {
  return key.type === 'scalar' && key.style === 'plain' && key.raw === '<<' && (key.tag === undefined || MERGE_TAGS.has(key.tag));
}

/** A merged map is already merged itself: maps are converted before the map that holds or aliases them. */
function mergeSource(node: YNode): YMap | 'unknown' | null {
  if (node.type === 'alias' && node.target === null) return 'unknown'; // an unknown anchor, which the parser reports
  const target = deref(node);
  return target?.type === 'map' ? target : null;
}

/** The maps a `<<` value merges, in the order they are written into the map; null when go-yaml v2 rejects it. */
function mergeSources(value: YNode | null): YMap[] | null {
  if (!value) return null;
  if (value.type !== 'seq') {
    const one = mergeSource(value);
    return one === 'unknown' ? [] : one && [one];
  }
  const out: YMap[] = [];
  for (let i = value.items.length - 1; i >= 0; i--) {
    const one = mergeSource(value.items[i]);
    if (one === null) return null;
    if (one !== 'unknown') out.push(one);
  }
  return out;
}

export interface MergeOutcome {
  /** How many pairs were merged in, for the resource-exhaustion guard. */
  merged: number;
  /** `<<` values that are neither a map nor a sequence of maps: go-yaml v2 fails on them. */
  invalid: Range[];
}

/**
 * Replaces each merge key of a converted map by the pairs it merges, keeping only the pair that wins for each merged
 * key. Repeated explicit keys stay as written, for the duplicate-key check. Null when the map has no merge key.
 */
export function applyMergeKeys(map: YMap): MergeOutcome | null {
  if (!map.items.some((p) => isMergeKey(p.key))) return null;
  const written: { pair: YPair; merged: boolean }[] = [];
  const invalid: Range[] = [];
  for (const pair of map.items) {
    if (!isMergeKey(pair.key)) {
      written.push({ pair, merged: false });
      continue;
    }
    const sources = mergeSources(pair.value);
    if (!sources) invalid.push(pair.value ?? pair.key);
    for (const source of sources ?? []) for (const p of source.items) written.push({ pair: p, merged: true });
  }
  const laterExplicit = new Set<string>();
  const laterMerged = new Set<string>();
  const kept: YPair[] = [];
  let merged = 0;
  for (let i = written.length - 1; i >= 0; i--) {
    const { pair, merged: isMerged } = written[i];
    const k = keyText(pair);
    const overwritten = k !== null && (laterMerged.has(k) || (isMerged && laterExplicit.has(k)));
    if (k !== null) (isMerged ? laterMerged : laterExplicit).add(k);
    if (overwritten) continue;
    kept.push(pair);
    if (isMerged) merged++;
  }
  map.items = kept.reverse();
  return { merged, invalid };
}
