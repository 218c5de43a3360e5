import { randomBytes, randomUUID } from 'node:crypto';
import { signAccessToken } from '@scentence/api/auth';

/** One write as the client saw it: acknowledged only when it answered 2xx. */
export interface Attempt {
  status: number;
  acked: boolean;
}

export interface SignUpAttempt extends Attempt {
  email: string;
  nickname: string;
}

/** A wardrobe save or move of one member's perfume, in the order the client sent them. */
export interface MoveAttempt extends Attempt {
  memberId: string;
  perfumeId: number;
  state: 'have' | 'wish' | 'had';
}

export interface ChatAttempt extends Attempt {
  /** From the answer: the thread, the person's message and the answer's places in it. */
  threadId?: string;
  messageSeq?: number;
  answerSeq?: number;
}

/** A wardrobe file of IMPORT_SIZE perfumes, imported into a member's empty wardrobe. */
export interface ImportAttempt extends Attempt {
  memberId: string;
}

export interface WriteLedger {
  signUps: SignUpAttempt[];
  moves: MoveAttempt[];
  chats: ChatAttempt[];
  imports: ImportAttempt[];
  /** Every status the writers got, with when (ms since the writers started). */
  statuses: { status: number; at: number }[];
}

export const IMPORT_SIZE = 5;
const PASSWORD = 'Sc3nt!ence';
const ROUND_PAUSE_MS = 40;
const FAILED_ROUND_PAUSE_MS = 150;

export interface WritersOptions {
  baseUrl: string;
  authSecret: string;
  perfumeIds: readonly number[];
  workers: number;
  /** Each worker stops after this many rounds even if not told to stop before. */
  maxRounds: number;
}

export interface RunningWriters {
  ledger: WriteLedger;
  acked(): number;
  /** Asks the workers to finish the round they are in, and waits for them. */
  finish(): Promise<WriteLedger>;
}

/** A status, or 0 when the request got no HTTP answer at all. */
async function send(baseUrl: string, method: string, path: string, body: unknown, token?: string) {
  try {
    const response = await fetch(`${baseUrl}/api${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  } catch {
    return { status: 0, body: {} };
  }
}

/**
 * Bounded writers, each looping over the writes a member makes: a sign-up, a wardrobe save and
 * its move to another shelf, a chat message (stored with its answer) and a wardrobe import. Each
 * attempt is written down with its status, so the rows can be counted against it afterwards.
 */
export function startWriters(options: WritersOptions): RunningWriters {
  const ledger: WriteLedger = { signUps: [], moves: [], chats: [], imports: [], statuses: [] };
  const tag = randomBytes(3).toString('hex');
  const startedAt = Date.now();
  let stopping = false;
  const token = (memberId: string) => signAccessToken(options.authSecret, { memberId, role: 'member' });
  const call = async (method: string, path: string, body: unknown, memberId?: string) => {
    const answer = await send(options.baseUrl, method, path, body, memberId && (await token(memberId)));
    ledger.statuses.push({ status: answer.status, at: Date.now() - startedAt });
    return { ...answer, acked: answer.status >= 200 && answer.status < 300 };
  };

  async function round(worker: number, index: number, wardrobeOwner: string): Promise<boolean> {
    const nickname = `f${tag}w${worker}r${index}`;
    const email = `fault-${tag}-${worker}-${index}@example.com`;
    const signUp = await call('POST', '/members', { email, password: PASSWORD, nickname });
    ledger.signUps.push({ email, nickname, status: signUp.status, acked: signUp.acked });

    const perfumeId = options.perfumeIds[index % options.perfumeIds.length] as number;
    const move = async (method: 'PUT' | 'PATCH', state: MoveAttempt['state']) => {
      const answer = await call(method, `/wardrobe/perfumes/${perfumeId}`, { state }, wardrobeOwner);
      ledger.moves.push({ memberId: wardrobeOwner, perfumeId, state, status: answer.status, acked: answer.acked });
      return answer.acked;
    };
    // As a client does: the perfume moves to the wish list only once its save was acknowledged.
    if (await move('PUT', 'have')) await move('PATCH', 'wish');

    const chat = await call('POST', '/chat/messages', { text: '상큼한 시트러스 향수 추천해 줘' }, randomUUID());
    const thread = chat.body.thread as { id?: string } | undefined;
    const sent = chat.body.message as { seq?: number } | undefined;
    const answer = chat.body.answer as { seq?: number } | undefined;
    ledger.chats.push({
      status: chat.status,
      acked: chat.acked,
      ...(chat.acked && { threadId: thread?.id, messageSeq: sent?.seq, answerSeq: answer?.seq }),
    });

    const importer = randomUUID();
    const rows = options.perfumeIds.slice(0, IMPORT_SIZE).map((id) => `${id},have`);
    const content = ['perfume_id,state', ...rows].join('\n');
    const imported = await call('POST', '/wardrobe/import', { format: 'csv', content }, importer);
    ledger.imports.push({ memberId: importer, status: imported.status, acked: imported.acked });
    return signUp.acked && chat.acked && imported.acked;
  }

  async function worker(index: number) {
    const wardrobeOwner = randomUUID();
    for (let round_ = 0; round_ < options.maxRounds && !stopping; round_++) {
      const allAcked = await round(index, round_, wardrobeOwner);
      // While the database is away the answers come at once: pause longer so the loop stays gentle.
      await new Promise((resolve) => setTimeout(resolve, allAcked ? ROUND_PAUSE_MS : FAILED_ROUND_PAUSE_MS));
    }
  }

  const done = Promise.all(Array.from({ length: options.workers }, (_, index) => worker(index)));
  const all = () => [...ledger.signUps, ...ledger.moves, ...ledger.chats, ...ledger.imports];
  return {
    ledger,
    acked: () => all().filter((attempt) => attempt.acked).length,
    async finish() {
      stopping = true;
      await done;
      return ledger;
    },
  };
}
