const round = (value: number) => Math.round(value * 1e4) / 1e4;

/** The centre of the members' points and their spread (root mean square distance to it). */
export function regionGeometry(
  members: readonly number[],
  x: readonly number[],
  y: readonly number[],
): { x: number; y: number; radius: number } {
  if (members.length === 0) return { x: 0, y: 0, radius: 0 };
  let sumX = 0;
  let sumY = 0;
  for (const member of members) {
    sumX += x[member] ?? 0;
    sumY += y[member] ?? 0;
  }
  const centreX = sumX / members.length;
  const centreY = sumY / members.length;
  let squares = 0;
  for (const member of members) squares += ((x[member] ?? 0) - centreX) ** 2 + ((y[member] ?? 0) - centreY) ** 2;
  return { x: round(centreX), y: round(centreY), radius: round(Math.sqrt(squares / members.length)) };
}

/** The members of each of `count` clusters, from the cluster of each point. */
export function membersOf(assignment: ArrayLike<number>, count: number): number[][] {
  const members = Array.from({ length: count }, () => [] as number[]);
  for (let i = 0; i < assignment.length; i++) members[assignment[i] ?? 0]?.push(i);
  return members;
}
