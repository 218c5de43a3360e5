/**
 * The system-load mix: what REST callers ask the three services for, and how many of the
 * connections ask for each (a closed loop: each connection sends its next request when the last
 * one is answered). Browsing the catalog weighs most, a chat turn least.
 */
import type { Service, SystemLoadFixtures } from './systemLoadFixtures';

export interface MixRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface MixOperation {
  label: string;
  service: Service;
  /** Connections out of every 50. */
  weight: number;
  /** The n-th request this operation's connections send. */
  request(n: number): MixRequest;
}

const SEARCHES = [
  'q=rose&accords=floral&limit=20',
  'q=citrus&limit=20',
  'q=%EB%B0%94%EB%8B%90%EB%9D%BC&limit=20',
  'accords=woody&limit=20',
  'q=jasmine&limit=20&cursor=20',
  'q=fresh%20summer&limit=20',
];
const MOODS = ['', '&mood=%EC%8B%9C%EC%9B%90%ED%95%98%EA%B2%8C', '', '&mood=warmer'];
const WARDROBE_READS = [
  '/api/wardrobe?limit=20',
  '/api/wardrobe?state=have&sort=rating&limit=20',
  '/api/wardrobe/taste',
];
const CHAT_MESSAGES = [
  '봄에 데일리로 뿌릴 상큼한 향수 추천해 줘',
  'Something fresh for the office in summer',
  '장미 노트 들어간 플로럴 향수 다섯 개 보여줘',
  '겨울 데이트에 어울리는 따뜻한 향',
  'A gift for my mother who likes vanilla',
  '아무거나 추천해 줘',
];

/**
 * The n-th request's client, as the load balancer names it in X-Forwarded-For: 65,536 addresses
 * in turn, so no client comes near a per-address limit (layering reads: 120 a minute), as many
 * people behind the balancer would not.
 */
const clientAddressOf = (n: number) => ({ 'x-forwarded-for': `10.0.${(n >> 8) & 255}.${n & 255}` });

/**
 * Every URL carries a new `_=n` parameter (no operation takes it; the services drop it), so no
 * answer kept by ETag is reused and each request does its work, as a long tail of pages over a
 * large catalog would.
 */
export function systemLoadMix(
  fixtures: SystemLoadFixtures,
  tokens: () => readonly string[],
  /** False: no X-Forwarded-For, every request from one address (REST clients behind an untrusted balancer). */
  manyClients = true,
): MixOperation[] {
  const clientOf = (n: number) => (manyClients ? clientAddressOf(n) : {});
  const perfume = (n: number) => fixtures.ids[(n * 7) % fixtures.ids.length];
  const member = (n: number) => {
    const all = tokens();
    return { authorization: `Bearer ${all[n % all.length]}` };
  };
  const get = (path: string, n: number, headers?: Record<string, string>): MixRequest => ({
    method: 'GET',
    path: `${path}${path.includes('?') ? '&' : '?'}_=${n}`,
    headers: { ...clientOf(n), ...headers },
  });
  return [
    {
      label: 'search      GET /api/perfumes?q=…',
      service: 'backend',
      weight: 10,
      request: (n) => get(`/api/perfumes?${SEARCHES[n % SEARCHES.length]}`, n),
    },
    {
      label: 'perfume     GET /api/perfumes/{id}',
      service: 'backend',
      weight: 12,
      request: (n) => get(`/api/perfumes/${perfume(n)}`, n),
    },
    {
      label: 'similar     GET …/{id}/similar',
      service: 'backend',
      weight: 6,
      request: (n) => get(`/api/perfumes/${perfume(n)}/similar`, n),
    },
    {
      label: 'map points  GET /api/map/points',
      service: 'scentmap',
      weight: 3,
      request: (n) => get('/api/map/points', n),
    },
    {
      label: 'partners    GET /api/layering/partners',
      service: 'layering',
      weight: 5,
      request: (n) => get(`/api/layering/partners?perfumeId=${perfume(n)}${MOODS[n % MOODS.length]}`, n),
    },
    {
      label: 'wardrobe    GET /api/wardrobe…',
      service: 'backend',
      weight: 8,
      request: (n) => get(WARDROBE_READS[n % WARDROBE_READS.length]!, n, member(n)),
    },
    {
      label: 'chat turn   POST /api/chat/messages',
      service: 'backend',
      weight: 6,
      request: (n) => ({
        method: 'POST',
        path: '/api/chat/messages',
        headers: { ...clientOf(n), ...member(n), 'content-type': 'application/json' },
        body: JSON.stringify({ text: CHAT_MESSAGES[n % CHAT_MESSAGES.length] }),
      }),
    },
  ];
}

/** The connections of each operation out of `connections`, by weight (largest remainders first). */
export function connectionsByWeight(mix: readonly MixOperation[], connections: number): number[] {
  const total = mix.reduce((sum, operation) => sum + operation.weight, 0);
  const exact = mix.map((operation) => (operation.weight / total) * connections);
  const given = exact.map((share) => Math.max(1, Math.floor(share)));
  const byRemainder = exact.map((share, index) => ({ index, rest: share - Math.floor(share) }));
  byRemainder.sort((a, b) => b.rest - a.rest);
  for (let i = 0; given.reduce((sum, count) => sum + count, 0) < connections; i++) {
    const at = byRemainder[i % byRemainder.length]!.index;
    given[at] = given[at]! + 1;
  }
  return given;
}
