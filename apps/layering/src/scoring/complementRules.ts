import type { AccordKey, NotePosition } from '@scentence/api/vocabulary';
import type { Localized } from './labels';
import type { LayeringNote, LayeringPerfume } from './layeringPerfume';
import { strengthOf } from './layeringPerfume';
import { traitsOf } from './perfumeTraits';

/**
 * Families perfumers pair (docs/layering.md, "Complement"): one side from `a`, the other from
 * `b`, in either perfume. `{x}` is the perfume bringing `a`, `{y}` the one bringing `b`.
 */
export interface AccordComplement {
  rule: string;
  a: readonly AccordKey[];
  b: readonly AccordKey[];
  text: Localized;
}

const FLORALS = ['floral', 'white_floral'] as const;

export const ACCORD_COMPLEMENTS: readonly AccordComplement[] = [
  {
    rule: 'complement.citrus_floral',
    a: ['citrus'],
    b: FLORALS,
    text: { ko: '{x}의 시트러스가 {y}의 꽃향을 밝게 띄워 줘요', en: "{x}'s citrus lifts the flowers of {y}" },
  },
  {
    rule: 'complement.green_floral',
    a: ['green'],
    b: FLORALS,
    text: {
      ko: '{x}의 그린 노트가 {y}의 꽃향에 갓 꺾은 줄기 같은 싱그러움을 더해요',
      en: "{x}'s green notes give the flowers of {y} a fresh-cut stem",
    },
  },
  {
    rule: 'complement.herbs_woods',
    a: ['aromatic', 'fougere'],
    b: ['woody'],
    text: {
      ko: '{x}의 허브 향이 {y}의 나무 향에 시원한 결을 더해요',
      en: "{x}'s herbs give the woods of {y} a cool, clean edge",
    },
  },
  {
    rule: 'complement.spices_woods',
    a: ['spicy'],
    b: ['woody'],
    text: { ko: '{x}의 스파이스가 {y}의 나무 향을 따뜻하게 데워요', en: "{x}'s spices warm the woods of {y}" },
  },
  {
    rule: 'complement.fruity_woody',
    a: ['fruity'],
    b: ['woody'],
    text: {
      ko: '{y}의 나무 향이 {x}의 과일 향을 받쳐 달콤함이 가볍게 머물러요',
      en: "{y}'s woods hold up {x}'s fruit, so its sweetness stays light",
    },
  },
  {
    rule: 'complement.spices_floral',
    a: ['spicy'],
    b: FLORALS,
    text: {
      ko: '{x}의 스파이스가 {y}의 꽃향에 또렷한 윤곽을 그려 줘요',
      en: "{x}'s spices give the flowers of {y} a sharper outline",
    },
  },
  {
    rule: 'complement.vanilla_woods',
    a: ['vanilla'],
    b: ['woody'],
    text: {
      ko: '{x}의 바닐라가 {y}의 나무 향을 부드럽고 둥글게 감싸요',
      en: "{x}'s vanilla rounds and softens the woods of {y}",
    },
  },
  {
    rule: 'complement.citrus_musk',
    a: ['citrus'],
    b: ['musky'],
    text: {
      ko: '{y}의 머스크가 금방 날아가는 {x}의 시트러스를 피부에 오래 붙잡아 줘요',
      en: "{y}'s musk keeps the fleeting citrus of {x} on the skin for longer",
    },
  },
  {
    rule: 'complement.citrus_woods',
    a: ['citrus'],
    b: ['woody'],
    text: {
      ko: '{x}의 시트러스가 {y}의 나무 향 위에 올라가는 클래식한 코롱 구조예요',
      en: "{x}'s citrus over the woods of {y}: the classic cologne structure",
    },
  },
];

/** One side of a note pairing: the note (words of its slug), where it sits, and the family it must come with. */
export interface NoteSide {
  words: readonly string[];
  positions: readonly NotePosition[];
  /** The perfume must have one of these accords at COMPLEMENT_MIN_STRENGTH or more. */
  accords: readonly AccordKey[];
}

/** Notes perfumers pair by name, each in its place: a top bergamot over a base vetiver. */
export interface NoteComplement {
  rule: string;
  a: NoteSide;
  b: NoteSide;
  text: Localized;
}

export const NOTE_COMPLEMENTS: readonly NoteComplement[] = [
  {
    rule: 'complement.rose_white_musk',
    a: { words: ['rose'], positions: ['top', 'middle', 'flat'], accords: ['floral'] },
    b: { words: ['white-musk'], positions: ['middle', 'base', 'flat'], accords: ['musky'] },
    text: {
      ko: '{x}의 장미를 {y}의 머스크가 깨끗한 살결처럼 감싸요',
      en: "{y}'s musk wraps the rose of {x} like clean skin",
    },
  },
  {
    rule: 'complement.vetiver_bergamot',
    a: { words: ['bergamot'], positions: ['top', 'flat'], accords: ['citrus'] },
    b: { words: ['vetiver'], positions: ['middle', 'base', 'flat'], accords: ['woody', 'earthy'] },
    text: {
      ko: '{x}의 베르가못이 {y}의 베티버를 산뜻하게 열어 줘요',
      en: "{x}'s bergamot opens up the vetiver of {y}",
    },
  },
];

/** A note pairing counts this much (a full accord on both sides counts 1). */
export const NOTE_COMPLEMENT_WEIGHT = 0.6;
/** Each side must bring at least this much of its family for the pairing to count. */
export const COMPLEMENT_MIN_STRENGTH = 40;
/**
 * A pairing's weight grows from this strength of the weaker side (0) to 100 (1): two families
 * that both lead count fully, a family in the background of either barely.
 */
export const COMPLEMENT_FLOOR = 30;

export interface ComplementMatch {
  rule: string;
  text: Localized;
  /** 0..1: how strongly both sides bring their family. */
  weight: number;
  /** The perfume bringing side `a` and the one bringing side `b`. */
  x: LayeringPerfume;
  y: LayeringPerfume;
  accords: AccordKey[];
  notes: LayeringNote[];
}

function strongest(perfume: LayeringPerfume, accords: readonly AccordKey[]): [AccordKey, number] {
  let best = accords[0]!;
  let value = strengthOf(perfume, best);
  for (let i = 1; i < accords.length; i++) {
    const strength = strengthOf(perfume, accords[i]!);
    if (strength > value) {
      best = accords[i]!;
      value = strength;
    }
  }
  return [best, value];
}

function accordMatch(rule: AccordComplement, x: LayeringPerfume, y: LayeringPerfume): ComplementMatch | null {
  const [accordX, fromX] = strongest(x, rule.a);
  if (fromX < COMPLEMENT_MIN_STRENGTH) return null;
  const [accordY, fromY] = strongest(y, rule.b);
  const weaker = Math.min(fromX, fromY);
  if (weaker < COMPLEMENT_MIN_STRENGTH) return null;
  const weight = (weaker - COMPLEMENT_FLOOR) / (100 - COMPLEMENT_FLOOR);
  return { rule: rule.rule, text: rule.text, weight, x, y, accords: [accordX, accordY], notes: [] };
}

function noteOn(perfume: LayeringPerfume, side: NoteSide): LayeringNote | undefined {
  if (!side.accords.some((accord) => strengthOf(perfume, accord) >= COMPLEMENT_MIN_STRENGTH)) return undefined;
  const { notesByWord } = traitsOf(perfume);
  for (const word of side.words) {
    const note = notesByWord.get(word)?.find((candidate) => side.positions.includes(candidate.position));
    if (note) return note;
  }
  return undefined;
}

function noteMatch(rule: NoteComplement, x: LayeringPerfume, y: LayeringPerfume): ComplementMatch | null {
  const fromX = noteOn(x, rule.a);
  const fromY = noteOn(y, rule.b);
  if (!fromX || !fromY) return null;
  return {
    rule: rule.rule,
    text: rule.text,
    weight: NOTE_COMPLEMENT_WEIGHT,
    x,
    y,
    accords: [],
    notes: [fromX, fromY],
  };
}

function better(a: ComplementMatch | null, b: ComplementMatch | null): ComplementMatch | null {
  if (!a) return b;
  if (!b) return a;
  // Equal weights go to the lower id bringing side `a`, so the answer never depends on the order asked.
  return b.weight > a.weight || (b.weight === a.weight && b.x.id < a.x.id) ? b : a;
}

/** Every complement rule the pair satisfies (each once, whichever perfume brings which side), strongest first. */
export function complementsOf(one: LayeringPerfume, other: LayeringPerfume): ComplementMatch[] {
  const matches: ComplementMatch[] = [];
  for (const rule of ACCORD_COMPLEMENTS) {
    const match = better(accordMatch(rule, one, other), accordMatch(rule, other, one));
    if (match) matches.push(match);
  }
  for (const rule of NOTE_COMPLEMENTS) {
    const match = better(noteMatch(rule, one, other), noteMatch(rule, other, one));
    if (match) matches.push(match);
  }
  return matches.sort((a, b) => b.weight - a.weight || a.rule.localeCompare(b.rule));
}
