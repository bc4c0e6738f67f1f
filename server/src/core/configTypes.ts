/**
 * The shape of the core's configuration, apart from how it is parsed: config.ts parses settings into it through the
 * settings table (settings.ts), which needs these types too, so they sit below both and no import runs in a circle.
 */
export type SeverityName = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = SeverityName | 'off';
export type IpFamiliesSetting = 'IPv4' | 'IPv6' | 'dual' | 'unset';

export interface WorkloadKindSetting {
  kind: string;
  /** The API group (e.g. `example.com`), or omitted to match the kind in any group. */
  group?: string;
  /** Dotted path from the object to its pod template (the map holding `metadata` and `spec`), e.g. `spec.template`. */
  podTemplatePath: string;
}

export interface Config {
  defaultNamespace: string;
  clusterDomain: string;
  /** The Kubernetes minor version the manifests are applied to, e.g. `1.34`. */
  kubernetesVersion: string;
  serviceCIDRs: string[];
  podCIDRs: string[];
  /** Namespaces the cluster's ingress controllers run in, whose pods Ingress and route traffic comes from. */
  ingressControllerNamespaces: string[];
  nodePortRange: { min: number; max: number };
  ipFamilies: IpFamiliesSetting;
  rules: Record<string, { severity?: SeveritySetting }>;
  additionalWorkloadKinds: WorkloadKindSetting[];
  include: string[];
  exclude: string[];
  maxFileSizeKB: number;
}

export interface ConfigProblem {
  setting: string;
  message: string;
}
