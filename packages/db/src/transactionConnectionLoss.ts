import type postgres from 'postgres';

type Sql = postgres.Sql;
type TransactionSql = postgres.TransactionSql;
type Work = (tx: TransactionSql) => unknown;

/**
 * postgres.js 3.4.x (3.4.10 too) writes to a connection after it closed when a transaction goes on
 * using it: its own ROLLBACK after the callback failed, its COMMIT, or the callback's next query.
 * The write is deferred with setImmediate and, with the socket gone, throws outside every promise:
 * the process exits (porsager/postgres#1154, #1208). So once a transaction's connection is gone,
 * nothing more may be sent on it: its next queries fail here instead, and the callback never
 * settles, so the driver sends neither ROLLBACK nor COMMIT. The transaction's promise still
 * rejects: the driver rejects it when the connection closes.
 */
const CONNECTION_GONE = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_DESTROYED',
  'CONNECTION_ENDED',
  'ECONNRESET',
  'EPIPE',
]);

/** Should the driver not reject the transaction itself once its connection is gone, this does. */
const REJECT_AFTER_LOSS_MS = 5_000;

const isConnectionGone = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error && CONNECTION_GONE.has(String(error.code));

function connectionClosedError(): Error {
  return Object.assign(new Error('The database connection closed during the transaction'), {
    code: 'CONNECTION_CLOSED',
  });
}

interface LossWatch {
  lost(): unknown;
  markLost(error: unknown): void;
}

/** The transaction as the callback sees it: no query starts once the connection is known gone. */
function refuseQueriesAfterLoss(tx: TransactionSql, watch: LossWatch): TransactionSql {
  const started = (value: unknown) => {
    // The native then only watches; the driver's own then would start the query.
    if (value instanceof Promise) {
      Promise.prototype.then.call(value, undefined, (error: unknown) => {
        if (isConnectionGone(error)) watch.markLost(error);
      });
    }
    return value;
  };
  const ensureOpen = () => {
    if (watch.lost() !== undefined) throw connectionClosedError();
  };
  return new Proxy(tx, {
    apply(target, thisArg, args) {
      ensureOpen();
      return started(Reflect.apply(target, thisArg, args));
    },
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if ((key !== 'unsafe' && key !== 'file') || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        ensureOpen();
        return started(Reflect.apply(value, target, args));
      };
    },
  });
}

function guardedBegin(begin: (options: string, work: Work) => Promise<unknown>, options: string, work: Work) {
  let lostWith: unknown;
  let timer: NodeJS.Timeout | undefined;
  let rejectAfterLoss: (error: unknown) => void = () => {};
  const afterLoss = new Promise<never>((_, reject) => {
    rejectAfterLoss = reject;
  });
  const watch: LossWatch = {
    lost: () => lostWith,
    markLost(error) {
      if (lostWith !== undefined) return;
      lostWith = error;
      timer = setTimeout(() => rejectAfterLoss(error), REJECT_AFTER_LOSS_MS);
      timer.unref();
    },
  };
  const transaction = begin(options, async (tx) => {
    try {
      const result = await work(refuseQueriesAfterLoss(tx, watch));
      if (lostWith === undefined) return result;
    } catch (error) {
      if (lostWith === undefined && !isConnectionGone(error)) throw error;
      watch.markLost(error);
    }
    return new Promise(() => {});
  });
  transaction.then(
    () => clearTimeout(timer),
    (error: unknown) => {
      // Settled: whatever the callback does next must not reach the connection.
      watch.markLost(error);
      clearTimeout(timer);
    },
  );
  return Promise.race([transaction, afterLoss]);
}

/** Makes `sql.begin` on this client safe when the database goes away mid-transaction (see above). */
export function guardTransactionsAgainstConnectionLoss(sql: Sql): void {
  const begin = sql.begin.bind(sql) as (options: string, work: Work) => Promise<unknown>;
  const guarded = (...args: [Work] | [string, Work]) =>
    args.length === 1 ? guardedBegin(begin, '', args[0]) : guardedBegin(begin, args[0], args[1]);
  sql.begin = guarded as Sql['begin'];
}
