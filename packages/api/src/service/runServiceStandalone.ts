import type { z } from 'zod';
import { authSecretOf, databaseUrlsOf, type serviceVariables } from '../config';
import type { ServiceHost } from '../host/serviceHost';
import { runStandalone } from '../host/standalone';
import type { ServiceSettings } from './createService';

type ServiceVariables = z.output<z.ZodObject<typeof serviceVariables>>;

/** Where the databases are and how many connections each may hold; which ones to open is the service's call. */
export interface DatabaseConnection {
  urls: ReturnType<typeof databaseUrlsOf>;
  dataDir: string;
  maxConnections: number;
}

export interface StandaloneServiceOptions<TDatabases extends { close(): Promise<void> }> {
  service: string;
  /** The service's configuration; the variables every service reads are taken from it. */
  env: ServiceVariables;
  port: number;
  open: (connection: DatabaseConnection) => Promise<TDatabases>;
  create: (databases: TDatabases, settings: ServiceSettings) => { host: ServiceHost };
}

/** A service's `server.ts`: its databases and host from its configuration, until SIGINT/SIGTERM. */
export function runServiceStandalone<TDatabases extends { close(): Promise<void> }>(
  options: StandaloneServiceOptions<TDatabases>,
): Promise<void> {
  const { env } = options;
  return runStandalone({
    service: options.service,
    port: options.port,
    host: env.HOST,
    open: () =>
      options.open({ urls: databaseUrlsOf(env), dataDir: env.DATA_DIR, maxConnections: env.DATABASE_POOL_SIZE }),
    create: (databases) =>
      options.create(databases, {
        authSecret: authSecretOf(env),
        corsOrigins: env.CORS_ORIGINS,
        trustedProxies: env.TRUSTED_PROXIES,
      }).host,
  });
}
