import type { AnyTRPCRouter } from '@trpc/server';
import { createServiceHost, type ServiceHost, type ServiceHostOptions } from '../host/serviceHost';

/** What every service is made with, standalone or inside the embedded launcher. */
export interface ServiceSettings {
  authSecret: string;
  corsOrigins: readonly string[];
  /** TRUSTED_PROXIES: whose X-Forwarded-For names the client; none when absent. */
  trustedProxies?: readonly string[];
}

/** Every service answers with the same API version. */
export const SERVICE_VERSION = '1.0.0';

export interface ServiceParts<TRouter extends AnyTRPCRouter>
  extends Omit<ServiceHostOptions, 'router' | 'version' | 'authSecret' | 'corsOrigins' | 'trustedProxies'> {
  router: TRouter;
  /** Awaited before the port opens: what the first request must find ready. */
  beforeListen?: () => Promise<void>;
  /** Called once the port is open: work the first requests need not wait for (warming, timers). */
  afterListen?: () => void;
  /** Called before the server closes: stops what the other two started. */
  beforeClose?: () => void;
}

export interface Service<TRouter extends AnyTRPCRouter> {
  router: TRouter;
  host: ServiceHost;
}

/** A service's router behind its HTTP host, with what it starts and stops around listening. */
export function createService<TRouter extends AnyTRPCRouter>(
  parts: ServiceParts<TRouter>,
  settings: ServiceSettings,
): Service<TRouter> {
  const { router, beforeListen, afterListen, beforeClose, ...hostOptions } = parts;
  const host = createServiceHost({
    ...hostOptions,
    version: SERVICE_VERSION,
    router,
    authSecret: settings.authSecret,
    corsOrigins: settings.corsOrigins,
    trustedProxies: settings.trustedProxies,
  });
  return {
    router,
    host: {
      ...host,
      async listen(port: number, hostname?: string) {
        await beforeListen?.();
        const bound = await host.listen(port, hostname);
        afterListen?.();
        return bound;
      },
      async close() {
        beforeClose?.();
        await host.close();
      },
    },
  };
}
