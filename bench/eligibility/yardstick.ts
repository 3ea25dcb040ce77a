// The yardstick: the same three rules (LĐTT, CSTĐCS, CSTĐ cấp tỉnh, regime B) written for
// json-rules-engine. Facts are derived from each parsed subject the obvious way; the engine decides.
import { Engine } from 'json-rules-engine';

interface Y {
  year: number;
  rating?: string;
  monthsWorked?: number;
  registered?: boolean;
  maternityLeave?: boolean;
}
interface S {
  id: string;
  kind: string;
  years?: Y[];
  disciplines?: { year: number; level: string }[];
  titles?: { code: string; year: number }[];
  initiatives?: { year: number; scope: string; status: string }[];
}

export function buildEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addRule({
    name: 'lao-dong-tien-tien',
    conditions: {
      all: [
        { fact: 'rating', operator: 'in', value: ['httnv', 'htxsnv'] },
        { fact: 'months', operator: 'greaterThanInclusive', value: 6 },
        { fact: 'disciplined', operator: 'equal', value: false },
      ],
    },
    event: { type: 'lao-dong-tien-tien' },
  });
  engine.addRule({
    name: 'chien-si-thi-dua-co-so',
    conditions: {
      all: [
        { fact: 'rating', operator: 'in', value: ['httnv', 'htxsnv'] },
        { fact: 'months', operator: 'greaterThanInclusive', value: 6 },
        { fact: 'disciplined', operator: 'equal', value: false },
        {
          any: [
            { fact: 'rating', operator: 'equal', value: 'htxsnv' },
            { fact: 'initiativeCoSo', operator: 'equal', value: true },
          ],
        },
      ],
    },
    event: { type: 'chien-si-thi-dua-co-so' },
  });
  engine.addRule({
    name: 'chien-si-thi-dua-cap-tinh',
    conditions: {
      all: [
        { fact: 'rating', operator: 'in', value: ['httnv', 'htxsnv'] },
        { fact: 'months', operator: 'greaterThanInclusive', value: 6 },
        { fact: 'disciplined', operator: 'equal', value: false },
        {
          any: [
            { fact: 'rating', operator: 'equal', value: 'htxsnv' },
            { fact: 'initiativeCoSo', operator: 'equal', value: true },
          ],
        },
        { fact: 'cstdcsPrev1', operator: 'equal', value: true },
        { fact: 'cstdcsPrev2', operator: 'equal', value: true },
        { fact: 'initiativeCapTinh3y', operator: 'equal', value: true },
      ],
    },
    event: { type: 'chien-si-thi-dua-cap-tinh' },
  });
  return engine;
}

export function facts(s: S, year: number): Record<string, unknown> {
  const y = (s.years ?? []).find((x) => x.year === year);
  const has = (code: string, yy: number) => (s.titles ?? []).some((t) => t.code === code && t.year === yy);
  const init = (from: number, scope: string[]) =>
    (s.initiatives ?? []).some(
      (i) => i.status === 'recognized' && i.year >= from && i.year <= year && scope.includes(i.scope),
    );
  return {
    rating: y?.rating,
    months: y?.maternityLeave ? 12 : (y?.monthsWorked ?? 0),
    disciplined: (s.disciplines ?? []).some((d) => d.year === year),
    initiativeCoSo: init(year, ['co-so', 'cap-tinh', 'toan-quoc']),
    cstdcsPrev1: has('chien-si-thi-dua-co-so', year - 1),
    cstdcsPrev2: has('chien-si-thi-dua-co-so', year - 2),
    initiativeCapTinh3y: init(year - 2, ['cap-tinh', 'toan-quoc']),
  };
}
