/** What a validation run depends on besides the object itself. */
export interface ValidationOptions {
  era: 'modern' | '2015';
  /**
   * v1beta1 manifests (2015) may name objects with upper-case letters, e.g. the seeds'
   * ReplicationController "redisSlaveController": check the lower-cased name instead.
   */
  legacyNames?: boolean;
  /** NodePort range, default 30000-32767. */
  nodePortRange?: { min: number; max: number };
}

/** Protocols a port may use: SCTP arrived in v1.12. */
export const supportedProtocols = (era: ValidationOptions['era']): readonly string[] =>
  era === '2015' ? ['TCP', 'UDP'] : ['SCTP', 'TCP', 'UDP'];
