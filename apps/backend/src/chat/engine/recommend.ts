import type { ChatConstraint } from '@scentence/api/schemas';
import type { ChatPerfumeFacts } from '@scentence/db';
import { candidateFilters } from './candidateFilters';
import type { ChatCatalogIndex } from './chatCatalogIndex';
import type { ChatTaste, ChatTools } from './chatTools';
import { accordWeightsOf, type ConstraintStep, constraintsOf, failedConstraints, relaxationSteps } from './constraints';
import type { RequestState } from './dialogueState';
import { capPerHouse, rankCandidates } from './ranking';

/** Candidates read per step: enough for the brand cap and the constraint check to still fill the answer. */
const CANDIDATES_PER_STEP = 40;
/** At most this many picks from one house, unless houses were asked for. */
export const PER_HOUSE = 2;

export interface Pick {
  facts: ChatPerfumeFacts;
  /** The constraints it was picked under (after any relaxing). */
  step: ConstraintStep;
}

export interface Recommendation {
  picks: Pick[];
  /** Every condition let go for some pick. */
  relaxed: ChatConstraint[];
  usedTaste: boolean;
  taste: ChatTaste | null;
  /** A member's gift: their own taste left out on purpose. */
  giftWithoutTaste: boolean;
}

export interface RecommendInput {
  request: RequestState;
  /** Every perfume already recommended in the thread: never again. */
  recommended: readonly number[];
  memberId: string | null;
  catalog: ChatCatalogIndex;
  tools: ChatTools;
}

/**
 * Picks perfumes that meet every condition of the request, judged from the catalog's data; when
 * too few do, it lets conditions go one step at a time and says which. Never a perfume already
 * recommended in the thread, one the member owns or marked bad, or the reference itself; at most
 * two per house unless houses were asked for. For the member themselves (not a gift), with the
 * wardrobe switch on, their taste nudges the order.
 */
export async function recommend(input: RecommendInput): Promise<Recommendation> {
  const { request, catalog, tools } = input;
  const taste = input.memberId ? await tools.taste(input.memberId) : null;
  const liked = taste?.weights.filter((entry) => entry.weight > 0) ?? [];
  const useTaste = request.recipient !== 'gift' && liked.length > 0;
  const exclude = new Set([...input.recommended, ...(taste?.excluded ?? [])]);
  if (request.reference !== null) exclude.add(request.reference);
  const perHouse = request.brands.length > 0 ? request.count : PER_HOUSE;
  const houseOf = (id: number) => catalog.houseKeyOf(id) ?? String(id);
  const taken = new Map<string, number>();
  const picks: Pick[] = [];
  const accordWeights = accordWeightsOf(request);

  for (const step of relaxationSteps(constraintsOf(request))) {
    const filters = candidateFilters(step.constraints, catalog, [...exclude, ...picks.map((pick) => pick.facts.id)]);
    if (!filters) continue;
    const candidates = await tools.candidates({
      filters,
      accordWeights,
      rankNotes: request.notes,
      ...(request.reference !== null && { referenceId: request.reference }),
      limit: CANDIDATES_PER_STEP,
    });
    if (candidates.length === 0) continue;
    const facts = await tools.facts(candidates.map((candidate) => candidate.id));
    // The database filtered already; the check judges again from the facts the answer will show.
    const passing = candidates.filter((candidate) => {
      const perfume = facts.get(candidate.id);
      return perfume !== undefined && failedConstraints(perfume, houseOf(candidate.id), step.constraints).length === 0;
    });
    const closeness = useTaste
      ? await tools.tasteCloseness(
          liked,
          passing.map((candidate) => candidate.id),
        )
      : null;
    const kept = capPerHouse(
      rankCandidates(passing, closeness),
      houseOf,
      request.count - picks.length,
      perHouse,
      taken,
    );
    for (const candidate of kept) picks.push({ facts: facts.get(candidate.id)!, step });
    if (picks.length >= request.count) break;
  }
  const relaxed = [...new Set(picks.flatMap((pick) => pick.step.relaxed))];
  return {
    picks,
    relaxed,
    usedTaste: useTaste && picks.length > 0,
    taste,
    giftWithoutTaste: request.recipient === 'gift' && liked.length > 0,
  };
}
