import net from 'node:net';

export interface TcpProxy {
  port: number;
  /** Drops every connection and stops listening: to its clients the database is gone. */
  cut(): Promise<void>;
  /** Listens again on the same port. */
  restore(): Promise<void>;
  /** From now on, resets (TCP RST) any connection whose client sends a message containing `text`. */
  resetWhenClientSends(text: string): void;
  close(): Promise<void>;
}

/** A loopback TCP proxy in front of a database, for fault tests (database down, database back). */
export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<net.Socket>();
  let resetMarker: string | undefined;
  const server = net.createServer((client) => {
    const upstream = net.connect(targetPort, targetHost);
    sockets.add(client).add(upstream);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.on('data', (chunk: Buffer) => {
      if (resetMarker && chunk.includes(resetMarker)) {
        client.resetAndDestroy();
        drop();
      }
    });
    client.pipe(upstream).pipe(client);
  });
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        const address = server.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    });
  const stopListening = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      if (!server.listening) return resolve();
      server.close(() => resolve());
    });
  const port = await listen(0);
  return {
    port,
    cut: stopListening,
    restore: async () => {
      await listen(port);
    },
    resetWhenClientSends(text) {
      resetMarker = text;
    },
    close: stopListening,
  };
}
