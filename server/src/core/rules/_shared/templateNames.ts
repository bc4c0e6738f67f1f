/**
 * Pod templates named in a message: every one while the list stays short, otherwise how many; each is also a related
 * location, so that the editor lists them all and jumps to each.
 */
import type { RelatedLocation } from '../../diagnostics';
import { templateOwnerName } from '../../model/serviceTargets';
import type { PodTemplate } from '../../model/workloads';
import { foldCopies, plural } from '../../strings';

const NAMED = 3;

export function templatesNamed(templates: PodTemplate[]): { text: string; related: RelatedLocation[] } {
  const names = templates.map(templateOwnerName);
  // The same workload in several folders (copies of an example, overlays) is named once, with its count.
  const folded = foldCopies(names);
  const text = folded.length <= NAMED ? `${folded.slice(0, -1).join(', ')}${folded.length > 1 ? ' and ' : ''}${folded[folded.length - 1] ?? ''}` : plural(names.length, 'pod template');
  const related = templates.map((t, i) => {
    const at = t.labelsNode ?? t.node;
    return { uri: t.owner.uri, start: at.start, end: at.start + 1, message: `pod template of ${names[i]}` };
  });
  return { text, related };
}
