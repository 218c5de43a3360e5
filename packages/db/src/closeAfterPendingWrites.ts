import net from 'node:net';

/**
 * A TCP socket that tells its listeners it closed one event-loop turn late.
 *
 * postgres.js 3.4.x defers small writes with setImmediate; when the socket closes before that
 * write ran, it cancels the write without forgetting it, and the connection then never sends
 * anything again: each later connect on it waits out connect_timeout (5 s) before failing. Under
 * load a write is often waiting when the server goes (the next query sent on the answer before
 * the shutdown notice). Reported late, the close comes after the waiting write, which runs into the
 * closed socket, where Node drops it, and the connection starts afresh next time.
 */
class SocketClosingAfterPendingWrites extends net.Socket {
  /** Where it connects, as the driver's own sockets say it (its error messages read them). */
  declare host: string;
  declare port: number;

  override emit(event: string | symbol, ...args: unknown[]): boolean {
    if (event !== 'close') return super.emit(event, ...args);
    setImmediate(() => super.emit(event, ...args));
    return true;
  }
}

/**
 * The `socket` option of postgres.js (a documented custom socket) for a single-host, plain TCP URL;
 * undefined for any other URL (TLS, several hosts, a Unix socket), which the driver connects as usual.
 */
export function socketClosingAfterPendingWrites(
  url: string,
): ((options: { host: string[]; port: number[] }) => net.Socket) | undefined {
  // URL cannot parse several hosts (`h1:5432,h2:5432`): those, too, connect as usual.
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  const plainTcp =
    parsed !== undefined &&
    parsed.hostname !== '' &&
    !parsed.searchParams.has('sslmode') &&
    !parsed.searchParams.has('sslrootcert') &&
    !parsed.searchParams.has('ssl') &&
    !parsed.searchParams.has('host');
  if (!plainTcp) return undefined;
  return ({ host: [host = 'localhost'], port: [port = 5432] }) => {
    const socket = new SocketClosingAfterPendingWrites();
    socket.host = host;
    socket.port = port;
    socket.connect(port, host);
    return socket;
  };
}
