import type { IntOrString, KubeObject } from './meta';

export type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';

export interface ServicePort {
  name?: string;
  protocol?: 'TCP' | 'UDP' | 'SCTP' | string;
  port: number;
  targetPort?: IntOrString;
  nodePort?: number;
}

export interface ServiceSpec {
  ports?: ServicePort[];
  /** A map selector; nil or empty means a selector-less Service (no managed Endpoints). */
  selector?: Record<string, string>;
  /** `None` for a headless Service. Allocated by the API server when empty. */
  clusterIP?: string;
  clusterIPs?: string[];
  type?: ServiceType | string;
  externalIPs?: string[];
  sessionAffinity?: 'None' | 'ClientIP' | string;
  externalName?: string;
  publishNotReadyAddresses?: boolean;
}

export interface ServiceStatus {
  loadBalancer?: { ingress?: { ip?: string; hostname?: string }[] };
}

export interface Service extends KubeObject {
  kind: 'Service';
  spec: ServiceSpec;
  status?: ServiceStatus;
}

export interface EndpointAddress {
  ip: string;
  nodeName?: string;
  targetRef?: { kind: string; namespace?: string; name: string; uid?: string };
}

export interface EndpointPort {
  name?: string;
  port: number;
  protocol?: string;
}

export interface EndpointSubset {
  addresses?: EndpointAddress[];
  notReadyAddresses?: EndpointAddress[];
  ports?: EndpointPort[];
}

export interface Endpoints extends KubeObject {
  kind: 'Endpoints';
  subsets?: EndpointSubset[];
}
