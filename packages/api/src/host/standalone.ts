import type { ServiceHost } from './serviceHost';
import { runUntilSignal } from './shutdown';

export interface StandaloneOptions<D extends { close(): Promise<void> }> {
  service: string;
  port: number;
  host: string;
  open: () => Promise<D>;
  create: (dependencies: D) => Promise<ServiceHost> | ServiceHost;
}

/** A service alone in its process: open its databases, listen, and close both on SIGINT/SIGTERM. */
export async function runStandalone<D extends { close(): Promise<void> }>(options: StandaloneOptions<D>) {
  const dependencies = await options.open();
  const host = await options.create(dependencies);
  const port = await host.listen(options.port, options.host);
  console.log(`[${options.service}] listening on http://${options.host}:${port}`);
  runUntilSignal(async () => {
    await host.close();
    await dependencies.close();
  });
}
