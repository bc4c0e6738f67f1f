/**
 * Pod templates named in a message: every one while the list stays short, otherwise how many; each is also a related
 * location, so that the editor lists them all and jumps to each.
 */
import type { RelatedLocation } from '../../diagnostics';
import { templateOwnerName } from '../../model/serviceTargets';
import type { PodTemplate } from '../../model/workloads';
import { plural } from '../../strings';

const NAMED = 3;

export function templatesNamed(templates: PodTemplate[]): { text: string; related: RelatedLocation[] } {
  const names = templates.map(templateOwnerName);
  const text = names.length <= NAMED ? `${names.slice(0, -1).join(', ')}${names.length > 1 ? ' and ' : ''}${names[names.length - 1] ?? ''}` : plural(names.length, 'pod template');
  const related = templates.map((t, i) => {
    const at = t.labelsNode ?? t.node;
    return { uri: t.owner.uri, start: at.start, end: at.start + 1, message: `pod template of ${names[i]}` };
  });
  return { text, related };
}
