/** The whole simulated registry: every image, keyed by registry and repository. */
import type { CatalogImage } from '../types';
import { buildImage } from './build';
import { kubernetesImages } from './kubernetes';
import { legacyImages } from './legacy';
import { officialImages } from './official';

export { SIMPLE_DATA_FILE } from './legacy';

export const CATALOG: ReadonlyMap<string, CatalogImage> = new Map(
  [...officialImages, ...kubernetesImages, ...legacyImages]
    .map(buildImage)
    .map((image) => [image.repository, image]),
);
