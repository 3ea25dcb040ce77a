// Quotas and allocation: rounding, leaders excluded, tie-break pinned, override with a reason, and a
// property test: the allocation never exceeds the limit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, AllocationError, quotaLimit, type QuotaCandidate } from './quotas.ts';
import { init, person, run, yr } from './testing/builders.ts';

function cand(id: string, o: Partial<QuotaCandidate> = {}): QuotaCandidate {
  return { id, name: id, rating: 2, recentTitles: 0, initiatives: 0, isLeader: false, ...o };
}

describe('Quota limits', () => {
  it.each([
    { share: 0.15, base: 40, r: 'floor' as const, limit: 6 },
    { share: 0.15, base: 39, r: 'floor' as const, limit: 5 },
    { share: 0.15, base: 39, r: 'round' as const, limit: 6 },
    { share: 0.15, base: 34, r: 'ceil' as const, limit: 6 },
    { share: 0.15, base: 6, r: 'floor' as const, limit: 0 },
    { share: 0.1, base: 30, r: 'ceil' as const, limit: 3 },
  ])('$share × $base with $r → $limit', ({ share, base, r, limit }) => {
    expect(quotaLimit(share, base, r)).toBe(limit);
  });

  it('CSTĐCS in regime A: 15% of LĐTT, leaders outside the base when the agency says so (A-CSTDCS-2, -3)', () => {
    const staff = Array.from({ length: 20 }, (_, i) =>
      person({ years: [yr(2023)], initiatives: i < 5 ? [init(2023)] : [], isLeader: i < 2 }),
    );
    const out = run(2023, staff, { evaluatedOn: '2023-12-20', options: { quotaExcludesLeaders: true } });
    const q = out.quotas.find((x) => x.target === 'chien-si-thi-dua-co-so');
    // 18 non-leaders are LĐTT → floor(0.15 × 18) = 2; 3 non-leader candidates → allocation.
    expect(q).toMatchObject({
      base: 18,
      limit: 2,
      candidates: 3,
      citation: { instrument: 'nd-91-2017', article: 9, clause: 3 },
    });
    expect(q?.allocation?.selected).toHaveLength(2);
  });

  it('leaders counted when the agency does not exclude them', () => {
    const staff = Array.from({ length: 20 }, (_, i) => person({ years: [yr(2023)], isLeader: i < 2 }));
    expect(run(2023, staff, { evaluatedOn: '2023-12-20' }).quotas[0]).toMatchObject({ base: 20, limit: 3 });
  });

  it('an agency cannot raise the legal 15% in regime A, may lower it', () => {
    const staff = Array.from({ length: 20 }, () => person({ years: [yr(2023)] }));
    expect(
      run(2023, staff, { evaluatedOn: '2023-12-20', options: { cstdcsQuotaShare: 0.3 } }).quotas[0]?.limit,
    ).toBe(3);
    expect(
      run(2023, staff, { evaluatedOn: '2023-12-20', options: { cstdcsQuotaShare: 0.1 } }).quotas[0]?.limit,
    ).toBe(2);
  });

  it('no national CSTĐCS cap in regime B unless the agency sets one (B-CSTDCS-2)', () => {
    const staff = Array.from({ length: 10 }, () => person({ years: [yr(2024)] }));
    expect(run(2024, staff).quotas.filter((q) => q.target === 'chien-si-thi-dua-co-so')).toEqual([]);
    expect(run(2024, staff, { options: { cstdcsQuotaShare: 0.15 } }).quotas[0]).toMatchObject({
      base: 10,
      limit: 1,
    });
  });
});

describe('Allocation tie-break (rating, recent titles, initiatives, Vietnamese name order, id)', () => {
  it('ranks by rating first', () => {
    expect(allocate([cand('a', { rating: 2 }), cand('b', { rating: 3 })], 1).selected).toEqual(['b']);
  });
  it('then by titles in the three previous years', () => {
    expect(allocate([cand('a', { recentTitles: 1 }), cand('b', { recentTitles: 3 })], 1).selected).toEqual([
      'b',
    ]);
  });
  it('then by initiatives', () => {
    expect(allocate([cand('a'), cand('b', { initiatives: 2 })], 1).selected).toEqual(['b']);
  });
  it('then by given name, then family name (Intl.Collator vi): Nguyễn Văn An before Trần Thị Bình, Lê An before Nguyễn An', () => {
    const a = allocate(
      [
        cand('1', { name: 'Trần Thị Bình' }),
        cand('2', { name: 'Nguyễn Văn An' }),
        cand('3', { name: 'Lê Văn An' }),
      ],
      2,
    );
    expect(a.selected).toEqual(['3', '2']);
    expect(a.notSelected).toEqual(['1']);
  });
  it('Ánh after Anh, Đào after Dũng', () => {
    expect(
      allocate([cand('1', { name: 'Lê Thị Ánh' }), cand('2', { name: 'Lê Thị Anh' })], 1).selected,
    ).toEqual(['2']);
    expect(allocate([cand('1', { name: 'Lê Đào' }), cand('2', { name: 'Lê Dũng' })], 1).selected).toEqual([
      '2',
    ]);
  });
  it('an override must carry a reason', () => {
    expect(() =>
      allocate([cand('a'), cand('b')], 1, [{ subject: 'b', action: 'include', reason: '  ' }]),
    ).toThrow(AllocationError);
  });
  it('an override with a reason moves a candidate in, and is recorded', () => {
    const a = allocate([cand('a', { rating: 3 }), cand('b')], 1, [
      { subject: 'b', action: 'include', reason: 'Thành tích đột xuất được Hội đồng ghi nhận' },
    ]);
    expect(a.selected).toEqual(['b']);
    expect(a.overrides?.[0]?.reason).toBe('Thành tích đột xuất được Hội đồng ghi nhận');
  });
  it('property: never selects more than the limit, never selects an excluded candidate, is a permutation', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            id: fc.string({ minLength: 1, maxLength: 4 }),
            name: fc.string(),
            rating: fc.integer({ min: -1, max: 3 }),
            recentTitles: fc.nat(5),
            initiatives: fc.nat(3),
          }),
          { selector: (c) => c.id, maxLength: 30 },
        ),
        fc.nat(35),
        fc.nat(3),
        (cs, limit, nEx) => {
          const list = cs.map((c) => ({ ...c, isLeader: false }));
          const ex = list
            .slice(0, nEx)
            .map((c) => ({ subject: c.id, action: 'exclude' as const, reason: 'lý do' }));
          const a = allocate(list, limit, ex);
          expect(a.selected.length).toBeLessThanOrEqual(limit);
          for (const e of ex) expect(a.selected).not.toContain(e.subject);
          expect([...a.selected, ...a.notSelected].sort()).toEqual(list.map((c) => c.id).sort());
          // deterministic whatever the input order
          expect(allocate([...list].reverse(), limit, ex).selected).toEqual(a.selected);
        },
      ),
      { numRuns: 200 },
    );
  });
});
