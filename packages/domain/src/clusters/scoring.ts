// Cluster scoring (chấm điểm thi đua Cụm, Khối): clamping a score to its criterion's range, the
// completeness check that gates submission, totals, the sheet state machine and cross-scoring assignments.
// Pure: the criteria, scores and members are arguments (rules.md §9.2, R-CLU-1).

export type CriterionKind = 'standard' | 'bonus' | 'penalty';
export type ScorerKind = 'self' | 'leader' | 'cross';
export type SheetStatus = 'draft' | 'submitted' | 'returned' | 'scored' | 'confirmed' | 'published';

export interface CriterionRange {
  id: number;
  kind: CriterionKind;
  minPoints: number;
  maxPoints: number;
}

/** Points are stored with two decimals (numeric(7,2)); rounding happens once, here. */
export function roundPoints(x: number): number {
  return Math.round(x * 100) / 100;
}

export interface Clamped {
  points: number;
  /** The value given was outside [min, max] and was moved to the nearest bound. */
  clamped: boolean;
  given: number;
}

/**
 * A score outside the criterion's range is clamped to the nearest bound (standard [0, max], bonus [0, +n],
 * penalty [−n, 0]) and the result says so, so the scorer sees what was stored rather than losing the entry.
 */
export function clampPoints(c: Pick<CriterionRange, 'minPoints' | 'maxPoints'>, given: number): Clamped {
  const rounded = roundPoints(given);
  const points = Math.min(c.maxPoints, Math.max(c.minPoints, rounded));
  return { points, clamped: points !== rounded, given };
}

/** Criteria of the year that the sheet has not scored yet, in the criteria's order. */
export function missingCriteria(
  criteria: readonly Pick<CriterionRange, 'id'>[],
  scoredIds: Iterable<number>,
): number[] {
  const scored = new Set(scoredIds);
  return criteria.filter((c) => !scored.has(c.id)).map((c) => c.id);
}

/** Sum of points, rounded to two decimals (penalties are negative and subtract). */
export function sheetTotal(points: Iterable<number>): number {
  let t = 0;
  for (const p of points) t += p;
  return roundPoints(t);
}

export type SheetAction = 'edit' | 'submit' | 'return' | 'score' | 'confirm' | 'publish';

export type Transition =
  | { ok: true; status: SheetStatus }
  | { ok: false; reason: 'published' | 'not-allowed' | 'reason-required' | 'incomplete' };

/**
 * The states of a score sheet: draft → submitted → scored (by the leader) → confirmed (by the council's
 * standing body) → published; a submitted sheet may be returned (with a reason) and goes back to the scorer
 * as `returned`, editable like a draft, until the leader has scored it. Nothing changes after publication.
 */
export function transition(
  status: SheetStatus,
  action: SheetAction,
  facts: { complete?: boolean; reason?: string | null } = {},
): Transition {
  if (status === 'published') return { ok: false, reason: 'published' };
  switch (action) {
    case 'edit':
      return status === 'draft' || status === 'returned'
        ? { ok: true, status }
        : { ok: false, reason: 'not-allowed' };
    case 'submit':
      if (status !== 'draft' && status !== 'returned') return { ok: false, reason: 'not-allowed' };
      return facts.complete ? { ok: true, status: 'submitted' } : { ok: false, reason: 'incomplete' };
    case 'return':
      // Only a sheet waiting for the leader: once scored, the leader's own sheet already relies on it.
      if (status !== 'submitted') return { ok: false, reason: 'not-allowed' };
      return facts.reason && facts.reason.trim() !== ''
        ? { ok: true, status: 'returned' }
        : { ok: false, reason: 'reason-required' };
    case 'score':
      return status === 'submitted' ? { ok: true, status: 'scored' } : { ok: false, reason: 'not-allowed' };
    case 'confirm':
      return status === 'scored' ? { ok: true, status: 'confirmed' } : { ok: false, reason: 'not-allowed' };
    case 'publish':
      return status === 'confirmed'
        ? { ok: true, status: 'published' }
        : { ok: false, reason: 'not-allowed' };
  }
}

export interface CrossAssignment {
  scorerAgencyId: number;
  scoredAgencyId: number;
}

/**
 * Who cross-scores whom: each member scores the next `perMember` members in the cluster's order (cyclic),
 * skipping itself — a member never scores itself in cross-scoring — and every pair with a declared conflict.
 * Deterministic: members are taken in the order given (the caller passes them in the cluster's order).
 */
export function crossAssignments(
  memberIds: readonly number[],
  conflicts: readonly CrossAssignment[],
  perMember: number,
): CrossAssignment[] {
  const blocked = new Set(conflicts.map((c) => `${c.scorerAgencyId}>${c.scoredAgencyId}`));
  const out: CrossAssignment[] = [];
  const n = memberIds.length;
  for (let i = 0; i < n; i++) {
    const scorer = memberIds[i]!;
    let taken = 0;
    for (let step = 1; step < n && taken < perMember; step++) {
      const scored = memberIds[(i + step) % n]!;
      if (scored === scorer || blocked.has(`${scorer}>${scored}`)) continue;
      out.push({ scorerAgencyId: scorer, scoredAgencyId: scored });
      taken++;
    }
  }
  return out;
}

export type ScoreBasis = 'leader' | 'leader-and-cross';

/**
 * A member's final points on one criterion: the leader's score; with `leader-and-cross`, the mean of the
 * leader's score and the average of the cross scores (the leader's alone when nobody cross-scored).
 */
export function finalPoints(basis: ScoreBasis, leader: number, cross: readonly number[]): number {
  if (basis === 'leader' || cross.length === 0) return roundPoints(leader);
  const avg = cross.reduce((a, b) => a + b, 0) / cross.length;
  return roundPoints((leader + avg) / 2);
}
