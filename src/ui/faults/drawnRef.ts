/**
 * Between drawn elements and object refs, through the page's DOM contract (`data-kind`,
 * `data-name`, `data-namespace`, and `data-ref` — the store's id — where the picture sets it):
 * the fault menu finds what was right-clicked by event delegation, whoever drew it.
 */
import type { ObjectRef } from '../../state/store';
import { drawnSelector } from '../cluster/picture';

const DRAWN = '[data-kind][data-name]';

/** The drawn object an event happened on: the nearest element with a kind and a name. */
export function drawnElementOf(target: EventTarget | null): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const element = target.closest<HTMLElement>(DRAWN);
  return element;
}

/** The store ref of a drawn element (ids as `ObjectRef` documents them), or null. */
export function refOfElement(element: HTMLElement): ObjectRef | null {
  const kind = element.dataset.kind;
  const name = element.dataset.name;
  if (!kind || !name) return null;
  // the picture puts the store's id on what it draws; others' drawings are read by the contract
  if (element.dataset.ref) return { kind, id: element.dataset.ref };
  if (kind === 'Container') {
    const pod = element.parentElement?.closest<HTMLElement>('[data-kind="Pod"][data-name]');
    const podName = element.dataset.pod ?? pod?.dataset.name;
    if (!podName) return null;
    const namespace = element.dataset.namespace ?? pod?.dataset.namespace ?? 'default';
    return { kind, id: `${namespace}/${podName}/${name}` };
  }
  const namespace = element.dataset.namespace;
  return { kind, id: namespace ? `${namespace}/${name}` : name };
}

/** The drawn element of a ref, if the picture shows it. */
export function elementOfRef(ref: ObjectRef): HTMLElement | null {
  const parts = ref.id.split('/');
  if (ref.kind === 'Container') {
    const [namespace = 'default', pod = '', container = ''] = parts;
    const podElement = document.querySelector(drawnSelector({ kind: 'Pod', name: pod, namespace }));
    return (
      podElement?.querySelector<HTMLElement>(
        drawnSelector({ kind: 'Container', name: container }),
      ) ?? null
    );
  }
  const selector =
    parts.length === 2
      ? drawnSelector({ kind: ref.kind, namespace: parts[0] ?? '', name: parts[1] ?? '' })
      : drawnSelector({ kind: ref.kind, name: ref.id });
  return document.querySelector<HTMLElement>(selector);
}
