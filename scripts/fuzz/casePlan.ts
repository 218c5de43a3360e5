import type { IdentityKind, OperationCaseKind, ProbeKind } from './fuzzRequest';
import { PROBE_KINDS } from './hostProbes';
import { caseKindsFor } from './operationRequests';
import type { Operation } from './operations';
import type { Random } from './random';

export type PlannedCase =
  | { service: string; operation: Operation; kind: OperationCaseKind; identity: IdentityKind }
  | { service: string; probe: ProbeKind; identity: IdentityKind };

const KIND_WEIGHTS: Record<OperationCaseKind, number> = {
  valid: 3,
  'invalid-parameter': 3,
  'missing-parameter': 1,
  'extra-query': 2,
  'invalid-body': 3,
  'raw-body': 2,
};
const IDENTITY_WEIGHTS: Record<IdentityKind, number> = { anonymous: 3, member: 4, admin: 2, forged: 1 };
const PROBE_SHARE = 0.06;

/**
 * Which case each request index is. The first indexes sweep every operation once as every
 * identity with valid input, then every host probe once per service; the rest are drawn at random.
 */
export function createCasePlan(
  operations: readonly Operation[],
  services: readonly string[],
  identities: readonly IdentityKind[],
) {
  const sweep: PlannedCase[] = [
    ...operations.flatMap((operation) =>
      identities.map((identity) => ({ service: operation.service, operation, kind: 'valid' as const, identity })),
    ),
    ...services.flatMap((service) => PROBE_KINDS.map((probe) => ({ service, probe, identity: 'anonymous' as const }))),
  ];
  const pickIdentity = (random: Random) =>
    random.weighted(identities.map((identity) => [identity, IDENTITY_WEIGHTS[identity]] as const));

  return {
    sweepLength: sweep.length,
    /** The case at this index; draws from `random` (the case's own stream) past the sweep. */
    caseAt(index: number, random: Random): PlannedCase {
      const swept = sweep[index];
      if (swept) return swept;
      if (random.chance(PROBE_SHARE) || operations.length === 0) {
        return { service: random.pick(services), probe: random.pick(PROBE_KINDS), identity: pickIdentity(random) };
      }
      const operation = random.pick(operations);
      const kind = random.weighted(
        caseKindsFor(operation).map((candidate) => [candidate, KIND_WEIGHTS[candidate]] as const),
      );
      return { service: operation.service, operation, kind, identity: pickIdentity(random) };
    },
  };
}
