/** `DescribePodTemplate`: the `Pod Template:` block of controllers' descriptions. */
import type { PodTemplateSpec } from '../../../types';
import {
  printAnnotationsMultiline,
  printLabelsMultiline,
  printTolerationsMultiline,
} from './common';
import { describeContainers } from './containers';
import { describeVolumes } from './volumes';
import type { PrefixWriter } from './writer';

export function describePodTemplate(w: PrefixWriter, template: PodTemplateSpec | undefined): void {
  w.write(0, 'Pod Template:\n');
  if (!template) return w.write(1, '<unset>');
  printLabelsMultiline(w, '  Labels', template.metadata?.labels);
  const annotations = template.metadata?.annotations;
  if (annotations && Object.keys(annotations).length > 0)
    printAnnotationsMultiline(w, '  Annotations', annotations);
  if (template.spec.serviceAccountName)
    w.write(1, `Service Account:\t${template.spec.serviceAccountName}\n`);
  if (template.spec.initContainers?.length)
    describeContainers(w, 'Init Containers', template.spec.initContainers, undefined, '  ');
  describeContainers(w, 'Containers', template.spec.containers, undefined, '  ');
  describeVolumes(w, template.spec.volumes, '  ');
  printLabelsMultiline(w, '  Node-Selectors', template.spec.nodeSelector);
  printTolerationsMultiline(w, '  Tolerations', template.spec.tolerations);
}
