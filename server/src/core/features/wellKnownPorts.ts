/**
 * A small table of the ports people write in manifests most often, for hovers: the IANA service name where IANA
 * registers one, and what the port is commonly used for in Kubernetes clusters where that differs. Not the whole
 * registry: only what a platform engineer meets in Kubernetes networking.
 */
interface PortInfo {
  iana?: string;
  common?: string;
}

const WELL_KNOWN: Record<number, PortInfo> = {
  20: { iana: 'ftp-data' },
  21: { iana: 'ftp' },
  22: { iana: 'ssh' },
  23: { iana: 'telnet' },
  25: { iana: 'smtp' },
  53: { iana: 'domain', common: 'DNS' },
  67: { iana: 'bootps', common: 'DHCP' },
  69: { iana: 'tftp' },
  80: { iana: 'http' },
  88: { iana: 'kerberos' },
  110: { iana: 'pop3' },
  123: { iana: 'ntp' },
  143: { iana: 'imap' },
  161: { iana: 'snmp' },
  179: { iana: 'bgp' },
  389: { iana: 'ldap' },
  443: { iana: 'https' },
  445: { iana: 'microsoft-ds', common: 'SMB' },
  465: { iana: 'submissions', common: 'SMTP over TLS' },
  587: { iana: 'submission', common: 'SMTP submission' },
  636: { iana: 'ldaps' },
  853: { iana: 'domain-s', common: 'DNS over TLS' },
  993: { iana: 'imaps' },
  995: { iana: 'pop3s' },
  1433: { iana: 'ms-sql-s', common: 'Microsoft SQL Server' },
  1521: { common: 'Oracle database listener' },
  1883: { iana: 'mqtt' },
  2049: { iana: 'nfs' },
  2181: { common: 'ZooKeeper' },
  2379: { iana: 'etcd-client' },
  2380: { iana: 'etcd-server' },
  3000: { common: 'Grafana, or a development server' },
  3306: { iana: 'mysql' },
  3478: { iana: 'stun' },
  4222: { common: 'NATS' },
  5432: { iana: 'postgresql' },
  5671: { iana: 'amqps' },
  5672: { iana: 'amqp' },
  6379: { iana: 'redis' },
  6443: { common: 'Kubernetes API server' },
  8080: { iana: 'http-alt' },
  8443: { common: 'HTTPS, alternate port' },
  8883: { iana: 'secure-mqtt' },
  9090: { common: 'Prometheus' },
  9092: { common: 'Kafka' },
  9093: { common: 'Alertmanager, or Kafka over TLS' },
  9100: { common: 'Prometheus node-exporter' },
  9200: { common: 'Elasticsearch' },
  9418: { iana: 'git' },
  10250: { common: 'kubelet API' },
  10256: { common: 'kube-proxy health check' },
  11211: { iana: 'memcache' },
  15672: { common: 'RabbitMQ management' },
  27017: { common: 'MongoDB' },
};

/** "IANA `https`", "commonly Prometheus", or null for a port not in the table. */
export function describeWellKnownPort(port: number): string | null {
  const info = WELL_KNOWN[port];
  if (!info) return null;
  const parts = [info.iana ? `IANA service \`${info.iana}\`` : null, info.common ? (info.iana ? `(${info.common})` : `commonly ${info.common}`) : null];
  return parts.filter(Boolean).join(' ');
}
