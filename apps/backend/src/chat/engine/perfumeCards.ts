import type { ChatPerfumeCard, PerfumeSummary, UserMode } from '@scentence/api/schemas';
import type { AccordKey, NotePosition } from '@scentence/api/vocabulary';
import { ACCORD_PRESENT, type ChatPerfumeFacts, SHARE_FITS } from '@scentence/db';
import { ACCORD_SENSES } from './accordSenses';
import type { Constraints } from './constraints';
import type { RequestState } from './dialogueState';
import {
  accordLabel,
  both,
  genderLabel,
  type Localized,
  listOf,
  moodLabel,
  noteLabel,
  occasionLabel,
  particle,
  perfumeName,
  seasonLabel,
} from './wording';

const SUMMARY_ACCORDS = 6;
const NOTES_PER_TIER = 3;

export function summaryOf(facts: ChatPerfumeFacts): PerfumeSummary {
  const { id, brand, brandKo, name, nameKo, year, concentration, gender, imageUrl } = facts;
  return {
    id,
    brand,
    brandKo,
    name,
    nameKo,
    year,
    concentration,
    gender,
    imageUrl,
    accords: facts.accords.slice(0, SUMMARY_ACCORDS),
  };
}

export const presentAccords = (facts: ChatPerfumeFacts): AccordKey[] =>
  facts.accords.filter((accord) => accord.strength >= ACCORD_PRESENT).map((accord) => accord.key);

const strengthOf = (facts: ChatPerfumeFacts, key: AccordKey) =>
  facts.accords.find((accord) => accord.key === key)?.strength ?? 0;

/** The notes of one tier of the pyramid (a flat list counts as the whole). */
export function notesAt(facts: ChatPerfumeFacts, position: NotePosition): ChatPerfumeFacts['notes'] {
  return facts.notes.filter((note) => note.position === position).slice(0, NOTES_PER_TIER);
}

/** How the perfume smells, in the member's mode: sensory words, or the pyramid with accord strengths. */
export function characterLine(facts: ChatPerfumeFacts, mode: UserMode): Localized {
  const top = facts.accords.slice(0, 2);
  if (mode === 'beginner') {
    if (top.length === 0) return { ko: '향의 정보가 많지 않은 향수예요', en: 'Little is known about how it smells' };
    const [first, second] = top.map((accord) => ACCORD_SENSES[accord.key]);
    return both((locale) => {
      if (locale === 'ko') return second ? `${first!.ko} 향에 ${second.ko} 느낌이 더해져요` : `${first!.ko} 향이에요`;
      const line = second ? `${first!.en}, with a touch ${second.en}` : first!.en;
      return line.replace(/^./, (letter) => letter.toUpperCase());
    });
  }
  return both((locale) => {
    const tiers = (['top', 'middle', 'base', 'flat'] as const)
      .map((position) => ({ position, notes: notesAt(facts, position) }))
      .filter((tier) => tier.notes.length > 0)
      .map(({ position, notes }) => {
        const names = notes.map((note) => noteLabel(note, locale)).join(', ');
        const tierName =
          locale === 'ko'
            ? { top: '탑', middle: '미들', base: '베이스', flat: '노트' }[position]
            : { top: 'top', middle: 'heart', base: 'base', flat: 'notes' }[position];
        return `${tierName}: ${names}`;
      });
    const accords = facts.accords
      .slice(0, 3)
      .map((accord) => `${accordLabel(accord.key, locale)} ${accord.strength}`)
      .join(' · ');
    return [accords, ...tiers].filter(Boolean).join(' / ');
  });
}

/** Longevity and sillage as an expert reads them ("지속력 3.8/5 · 확산력 2.6/4"); null when unknown. */
export function performanceLine(facts: ChatPerfumeFacts): Localized | null {
  const parts = both((locale) =>
    [
      facts.longevity === null ? null : `${locale === 'ko' ? '지속력' : 'longevity'} ${facts.longevity.toFixed(1)}/5`,
      facts.sillage === null ? null : `${locale === 'ko' ? '확산력' : 'sillage'} ${facts.sillage.toFixed(1)}/4`,
    ]
      .filter(Boolean)
      .join(' · '),
  );
  return parts.ko ? parts : null;
}

/** What a card says beyond the perfume: why it fits, given what was asked. */
export interface CardContext {
  mode: UserMode;
  request: RequestState | null;
  /** The conditions it was picked under (after any relaxing). */
  constraints: Constraints | null;
  reference: ChatPerfumeFacts | null;
  usedTaste: boolean;
}

/** One reason a card may give: what it says, or null when it does not apply to this perfume. */
type Reason = (facts: ChatPerfumeFacts, context: CardContext, present: readonly AccordKey[]) => Localized | null;

const likeTheReference: Reason = (_facts, { reference }, present) => {
  if (!reference) return null;
  const shared = presentAccords(reference)
    .filter((accord) => present.includes(accord))
    .slice(0, 3);
  return both((locale) => {
    const name = perfumeName(reference, locale);
    const common = listOf(
      shared.map((accord) => accordLabel(accord, locale)),
      locale,
    );
    if (locale === 'ko')
      return shared.length > 0
        ? `${particle(name, '와/과')} 닮은 향이에요 (공통: ${common})`
        : `${particle(name, '와/과')} 결이 비슷해요`;
    return shared.length > 0 ? `Close to ${name} (both ${common})` : `Close in character to ${name}`;
  });
};

const askedAccords: Reason = (facts, { request, mode }, present) => {
  const asked = (request?.accords ?? []).filter((accord) => present.includes(accord));
  if (asked.length === 0) return null;
  return both((locale) => {
    const names = asked.map((accord) =>
      mode === 'expert' ? `${accordLabel(accord, locale)} ${strengthOf(facts, accord)}` : accordLabel(accord, locale),
    );
    return locale === 'ko'
      ? `요청하신 ${listOf(names, locale)} ${mode === 'expert' ? '어코드가 있어요' : '향이 뚜렷해요'}`
      : `Has the ${listOf(names, locale)} you asked for`;
  });
};

const askedNotes: Reason = (facts, { request }) => {
  const asked = facts.notes.filter((note) => request?.notes.includes(note.slug));
  if (asked.length === 0) return null;
  return both((locale) => {
    const names = listOf(
      [...new Map(asked.map((note) => [note.slug, note])).values()].map((note) => noteLabel(note, locale)),
      locale,
    );
    return locale === 'ko' ? `요청하신 ${names} 노트가 들어 있어요` : `Contains the ${names} you asked for`;
  });
};

const moodAccords: Reason = (_facts, { request, constraints }, present) => {
  const moods = (request?.moods ?? []).filter((mood) => mood.weight > 0);
  const accords = (constraints?.moodAccords ?? []).filter((accord) => present.includes(accord));
  if (moods.length === 0 || accords.length === 0) return null;
  return both((locale) => {
    const feel = listOf(
      moods.map((mood) => moodLabel(mood.key, locale)),
      locale,
    );
    const families = listOf(
      accords.slice(0, 3).map((accord) => accordLabel(accord, locale)),
      locale,
    );
    return locale === 'ko' ? `${feel} 느낌을 주는 ${families} 계열이에요` : `Its ${families} give the ${feel} feel`;
  });
};

const fitsTheSeason: Reason = (facts, { request, mode }) => {
  const season = request?.season;
  const share = facts.seasons.find((entry) => entry.key === season)?.share ?? 0;
  if (!season || share < SHARE_FITS) return null;
  return both((locale) => {
    const label = seasonLabel(season, locale);
    const detail = mode === 'expert' ? ` (${locale === 'ko' ? '적합도' : 'fit'} ${share})` : '';
    return locale === 'ko' ? `${label}에 잘 어울려요${detail}` : `Suits ${label}${detail}`;
  });
};

const fitsTheOccasion: Reason = (facts, { request }) => {
  const occasion = request?.occasion;
  const share = facts.occasions.find((entry) => entry.key === occasion)?.share ?? 0;
  if (!occasion || share < SHARE_FITS) return null;
  return both((locale) => {
    const label = occasionLabel(occasion, locale);
    return locale === 'ko' ? `${label} 자리에 잘 맞아요` : `Right for ${label} wear`;
  });
};

const giftLean: Reason = (facts, { request }) => {
  if (!request?.gender || request.recipient !== 'gift') return null;
  return both((locale) =>
    facts.gender === 'unisex'
      ? locale === 'ko'
        ? '남녀 모두 부담 없이 쓰는 향이에요'
        : 'Unisex: easy for anyone to wear'
      : locale === 'ko'
        ? `${genderLabel(facts.gender, locale)}인 향이에요`
        : `A ${genderLabel(facts.gender, locale).toLowerCase()} scent`,
  );
};

const wardrobeTaste: Reason = (_facts, { usedTaste }) =>
  usedTaste ? { ko: '내 향수옷장 취향과 가까워요', en: 'Close to the taste of your wardrobe' } : null;

const character: Reason = (facts, { mode }) => characterLine(facts, mode);

const expertPerformance: Reason = (facts, { mode }) => (mode === 'expert' ? performanceLine(facts) : null);

/** A card's reasons, in this order: how it answers the request, then how it smells. */
const REASONS: readonly Reason[] = [
  likeTheReference,
  askedAccords,
  askedNotes,
  moodAccords,
  fitsTheSeason,
  fitsTheOccasion,
  giftLean,
  wardrobeTaste,
  character,
  expertPerformance,
];

function reasonsFor(facts: ChatPerfumeFacts, context: CardContext): Localized[] {
  const present = presentAccords(facts);
  return REASONS.flatMap((reason) => reason(facts, context, present) ?? []);
}

/** A perfume as an answer shows it: the summary, why it fits, its page, save and layer actions. */
export function perfumeCard(facts: ChatPerfumeFacts, context: CardContext): ChatPerfumeCard {
  const present = presentAccords(facts);
  return {
    perfume: summaryOf(facts),
    href: `/perfumes/${facts.id}`,
    reasons: reasonsFor(facts, context),
    matched: {
      accords: (context.request?.accords ?? []).filter((accord) => present.includes(accord)),
      notes: [
        ...new Map(
          facts.notes
            .filter((note) => context.request?.notes.includes(note.slug))
            .map((note) => [note.slug, { slug: note.slug, name: note.name, nameKo: note.nameKo }]),
        ).values(),
      ],
      season:
        context.request?.season &&
        (facts.seasons.find((entry) => entry.key === context.request?.season)?.share ?? 0) >= SHARE_FITS
          ? context.request.season
          : null,
      occasion:
        context.request?.occasion &&
        (facts.occasions.find((entry) => entry.key === context.request?.occasion)?.share ?? 0) >= SHARE_FITS
          ? context.request.occasion
          : null,
    },
    save: { perfumeId: facts.id, state: 'wish', source: 'chat' },
    layerHref: `/layering?a=${facts.id}`,
  };
}

/** A card for a perfume an answer talks about (a fact, a comparison, a candidate to pick). */
export function plainCard(facts: ChatPerfumeFacts, mode: UserMode): ChatPerfumeCard {
  return perfumeCard(facts, { mode, request: null, constraints: null, reference: null, usedTaste: false });
}
