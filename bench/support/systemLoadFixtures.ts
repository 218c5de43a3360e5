/** What the system-load benchmark's services process tells the bench. */
export interface SystemLoadFixtures {
  engine: 'pglite' | 'postgres';
  serverVersion: string;
  /** Connections per database in the services' process (PGlite: one, in the process). */
  poolSize: number;
  /** LAYERING_READS_PER_MINUTE as the layering service read it. */
  layeringReadsPerMinute: number;
  /** TRUSTED_PROXIES as the services read it: the bench stands in for the load balancer. */
  trustedProxies: string;
  ports: { backend: number; scentmap: number; layering: number; ceiling: number };
  /** Every perfume id of the shipped catalog, which the pages and partners cycle through. */
  ids: number[];
}

export type Service = 'backend' | 'scentmap' | 'layering';
