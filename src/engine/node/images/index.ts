/**
 * The simulated image registry: image references, the catalog of real images, and the
 * kubelet's pull texts. Pure data and functions; the kubelet decides when to pull.
 */
export type { Behaviour, CatalogImage, ImageFile, ImageTag } from './types';
export {
  DEFAULT_REGISTRY,
  DEFAULT_TAG,
  invalidImageNameMessage,
  isImageRef,
  parseImageRef,
  type ImageRef,
} from './reference';
export {
  catalogImages,
  lookupImage,
  REGISTRY_HOSTS,
  type LookupResult,
  type PullFailure,
} from './registry';
export { SIMPLE_DATA_FILE } from './catalog';
export {
  alreadyPresentMessage,
  backOffPullingMessage,
  failedToPullMessage,
  goDuration,
  pulledMessage,
  pullDurationMs,
  pullFailureMessage,
  pullingMessage,
} from './messages';
