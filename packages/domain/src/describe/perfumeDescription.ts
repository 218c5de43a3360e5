import type { Locale } from '@scentence/api/schemas';
import {
  ACCORDS,
  type AccordKey,
  type GenderKey,
  type NotePosition,
  SEASONS,
  type SeasonKey,
} from '@scentence/api/vocabulary';
import { type ParticlePair, withParticle } from '../text/koreanParticles';

/** What the description is written from; a perfume detail (page or chat) has all of it. */
export interface DescribedPerfume {
  gender: GenderKey;
  /** Strongest first. */
  accords: readonly { key: AccordKey; strength: number }[];
  /** In pyramid order, the most telling note of each tier first. */
  notes: readonly { name: string; nameKo: string | null; position: NotePosition }[];
  seasons: readonly { key: SeasonKey; share: number }[];
}

/** An accord weaker than this does not shape the perfume's character. */
const CHARACTER_ACCORD_MIN = 30;
/** The first two accords are its character, the third a touch. */
const CHARACTER_ACCORDS = 3;
/** Notes named per tier; a long heart reads as a list, not a sentence. */
const NOTES_PER_TIER = 3;
/** Seasons this close to the best fit count as its seasons too. */
const SEASON_NEAR_BEST = 0.8;
/** From this many fitting seasons on, it is a perfume for most of the year. */
const MOST_SEASONS = 3;

const ACCORD_LABELS = new Map(ACCORDS.map((accord) => [accord.key, accord]));

type Tiers = Record<NotePosition, string[]>;

function accordName(key: AccordKey, locale: Locale): string {
  const label = ACCORD_LABELS.get(key);
  if (!label) return key;
  return locale === 'ko' ? label.ko : label.en.toLocaleLowerCase('en-US');
}

/** Mid-sentence in English; in Korean as the pyramid shows it (a note without a Korean name capitalised). */
function noteName(note: DescribedPerfume['notes'][number], locale: Locale): string {
  if (locale === 'en') return note.name.toLocaleLowerCase('en-US');
  return note.nameKo ?? note.name.charAt(0).toLocaleUpperCase('en-US') + note.name.slice(1);
}

function noteTiers(perfume: DescribedPerfume, locale: Locale): Tiers {
  const tiers: Tiers = { top: [], middle: [], base: [], flat: [] };
  for (const note of perfume.notes) {
    const name = noteName(note, locale);
    if (tiers[note.position].length < NOTES_PER_TIER && !tiers[note.position].includes(name)) {
      tiers[note.position].push(name);
    }
  }
  return tiers;
}

function fittingSeasons(perfume: DescribedPerfume): SeasonKey[] {
  const best = Math.max(0, ...perfume.seasons.map((season) => season.share));
  if (best === 0) return [];
  const fits = new Set(perfume.seasons.filter((season) => season.share >= best * SEASON_NEAR_BEST).map((s) => s.key));
  // In the order of the year, as people say them.
  return SEASONS.map((season) => season.key).filter((key) => fits.has(key));
}

/** "A", "A와 B", "A, B와 C", the last word with the particle the sentence puts after the list. */
function koreanList(words: readonly string[], particle?: ParticlePair): string {
  const last = words.at(-1) ?? '';
  const ending = particle ? withParticle(last, particle) : last;
  if (words.length <= 1) return ending;
  const before = words.slice(0, -1);
  const joined = [...before.slice(0, -1), withParticle(before.at(-1) ?? '', '와/과')].join(', ');
  return `${joined} ${ending}`;
}

/** "a", "a and b", "a, b and c". */
function englishList(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function characterSentence(accords: readonly string[], locale: Locale): string | null {
  const [first, second, touch] = accords;
  if (!first) return null;
  const core = second ? [first, second] : [first];
  if (locale === 'ko') {
    return touch
      ? `${koreanList(core)} 계열에 ${touch} 느낌이 더해진 향이에요.`
      : `${koreanList(core)} 계열의 향이에요.`;
  }
  return touch
    ? `It is ${englishList(core)} in character, with ${touch} facets.`
    : `It is ${englishList(core)} in character.`;
}

function koreanPyramid({ top, middle, base, flat }: Tiers): string | null {
  if (top.length + middle.length + base.length === 0) {
    return flat.length > 0 ? `${koreanList(flat)}의 향이 어우러져요.` : null;
  }
  // Each tier has a linking form and a closing form; the last present tier closes the sentence.
  const clauses = [
    top.length > 0
      ? { link: `${koreanList(top, '으로/로')} 시작해`, close: `${koreanList(top, '으로/로')} 시작해요` }
      : null,
    middle.length > 0
      ? { link: `${koreanList(middle, '이/가')} 중심을 이루고`, close: `${koreanList(middle, '이/가')} 중심을 이뤄요` }
      : null,
    base.length > 0 ? { link: '', close: `${koreanList(base, '이/가')} 잔향으로 남아요` } : null,
  ].filter((clause) => clause !== null);
  const parts = clauses.map((clause, index) => (index === clauses.length - 1 ? clause.close : clause.link));
  return `${parts.join(', ')}.`;
}

function englishPyramid({ top, middle, base, flat }: Tiers): string | null {
  if (top.length + middle.length + base.length === 0) {
    return flat.length > 0 ? `It blends ${englishList(flat)}.` : null;
  }
  const clauses = [
    top.length > 0 ? `opens with ${englishList(top)}` : null,
    middle.length > 0 ? `has ${englishList(middle)} at its heart` : null,
    base.length > 0 ? `settles on ${englishList(base)}` : null,
  ].filter((clause) => clause !== null);
  // Clauses hold lists joined by "and"; a comma before the last clause keeps them apart.
  const joined =
    clauses.length > 2 ? `${clauses.slice(0, -1).join(', ')}, and ${clauses.at(-1)}` : clauses.join(' and ');
  return `It ${joined}.`;
}

const KOREAN_LEAN: Record<GenderKey, string> = {
  feminine: '여성스러운 쪽에 가까워요',
  masculine: '남성적인 쪽에 가까워요',
  unisex: '성별에 관계없이 쓰기 좋아요',
};

const ENGLISH_LEAN: Record<GenderKey, string> = {
  feminine: 'leans feminine',
  masculine: 'leans masculine',
  unisex: 'suits anyone',
};

function wearSentence(seasons: readonly SeasonKey[], gender: GenderKey, locale: Locale): string {
  const names = seasons.map((key) => {
    const label = SEASONS.find((season) => season.key === key);
    if (!label) return key;
    return locale === 'ko' ? label.ko : label.en.toLocaleLowerCase('en-US');
  });
  if (locale === 'ko') {
    const when =
      names.length === 0
        ? null
        : names.length >= MOST_SEASONS
          ? '계절을 크게 타지 않고'
          : `${koreanList(names)}에 특히 잘 어울리고`;
    return when ? `${when}, ${KOREAN_LEAN[gender]}.` : `${KOREAN_LEAN[gender]}.`;
  }
  const when =
    names.length === 0
      ? null
      : names.length >= MOST_SEASONS
        ? 'wears well in most seasons'
        : `is at its best in ${englishList(names)}`;
  return when ? `It ${when} and ${ENGLISH_LEAN[gender]}.` : `It ${ENGLISH_LEAN[gender]}.`;
}

/**
 * A short description written from the perfume's data: its character (leading accords), what it
 * opens with, its heart and base (the note pyramid), and when and by whom it is best worn.
 * Whatever the catalog lacks is left out, so the sentences never say "unknown".
 */
export function describePerfume(perfume: DescribedPerfume, locale: Locale): string {
  const accords = perfume.accords
    .filter((accord) => accord.strength >= CHARACTER_ACCORD_MIN)
    .slice(0, CHARACTER_ACCORDS)
    .map((accord) => accordName(accord.key, locale));
  const tiers = noteTiers(perfume, locale);
  return [
    characterSentence(accords, locale),
    locale === 'ko' ? koreanPyramid(tiers) : englishPyramid(tiers),
    wearSentence(fittingSeasons(perfume), perfume.gender, locale),
  ]
    .filter((sentence) => sentence !== null)
    .join(' ');
}
