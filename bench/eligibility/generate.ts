// Synthetic tdkt-history/1 inputs for the benchmark: N person-years = N/5 individuals with 5 years each
// (plus one collective per 20 people), deterministic (mulberry32, fixed seed). Written in chunks so a
// 1,000,000-person-year file (~ 250 MB) never sits in memory.
import { closeSync, existsSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export const YEARS_PER_PERSON = 5;
export const BENCH_TARGETS = [
  'lao-dong-tien-tien',
  'chien-si-thi-dua-co-so',
  'chien-si-thi-dua-cap-tinh',
] as const;

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Thu', 'Minh', 'Ngọc'];
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Đào',
  'Hằng',
  'Hùng',
  'Lan',
  'Mai',
  'Nam',
  'Phương',
  'Quân',
  'Thảo',
  'Vy',
];
const RATINGS = ['htxsnv', 'httnv', 'httnv', 'httnv', 'htnv', 'khtnv'];

export interface GeneratedSubjectStats {
  personYears: number;
  individuals: number;
  collectives: number;
}

/** One individual's JSON text. */
function individual(i: number, rnd: () => number, Y: number): string {
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)] as T;
  const years: string[] = [];
  const titles: string[] = [];
  const inits: string[] = [];
  for (let y = Y - YEARS_PER_PERSON + 1; y <= Y; y++) {
    const rating = pick(RATINGS);
    const months = rnd() < 0.05 ? 1 + Math.floor(rnd() * 12) : 12;
    years.push(
      `{"year":${y},"rating":"${rating}","monthsWorked":${months},"absenceDays":${Math.floor(rnd() * 10)},"maternityLeave":${rnd() < 0.03},"registered":${rnd() < 0.95}}`,
    );
    if (y < Y && (rating === 'httnv' || rating === 'htxsnv')) {
      titles.push(`{"code":"lao-dong-tien-tien","year":${y},"decidedOn":"${y + 1}-01-15"}`);
      if (rnd() < 0.35)
        titles.push(`{"code":"chien-si-thi-dua-co-so","year":${y},"decidedOn":"${y + 1}-01-15"}`);
    }
    if (rnd() < 0.3)
      inits.push(
        `{"year":${y},"scope":"${rnd() < 0.15 ? 'cap-tinh' : 'co-so'}","status":"${rnd() < 0.9 ? 'recognized' : 'registered'}"}`,
      );
  }
  const disc = rnd() < 0.02 ? `{"year":${Y},"level":"khien-trach"}` : '';
  const name = `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
  const id = `P${String(i).padStart(7, '0')}`;
  return (
    `{"id":"${id}","kind":"individual","name":"${name}","unitId":"U${String(Math.floor(i / 20)).padStart(5, '0')}","isLeader":${i % 20 === 0},` +
    `"gender":"${rnd() < 0.5 ? 'nam' : 'nu'}","sectorSince":"${2000 + Math.floor(rnd() * 20)}-0${1 + Math.floor(rnd() * 9)}-01","hazardousWork":false,` +
    `"years":[${years.join(',')}],"disciplines":[${disc}],"titles":[${titles.join(',')}],"awards":[],"initiatives":[${inits.join(',')}]}`
  );
}

/** Write a history of `personYears` person-years to `path`; returns what it wrote. */
export function generate(
  path: string,
  personYears: number,
  seed = 20241231,
  targets: readonly string[] | null = BENCH_TARGETS,
): GeneratedSubjectStats {
  mkdirSync(dirname(path), { recursive: true });
  const rnd = mulberry32(seed);
  const Y = 2024;
  const n = Math.ceil(personYears / YEARS_PER_PERSON);
  const fd = openSync(path, 'w');
  let buf: string[] = [];
  let size = 0;
  const put = (s: string) => {
    buf.push(s);
    size += s.length;
    if (size > 4 * 1024 * 1024) {
      writeSync(fd, buf.join(''));
      buf = [];
      size = 0;
    }
  };
  const t = targets ? `,"targets":${JSON.stringify(targets)}` : ',"targets":null';
  put(
    `{"format":"tdkt-history/1","year":${Y},"evaluatedOn":"2025-01-10","agency":{"id":"SCT-BENCH","options":{"cstdcsQuotaShare":0.15,"quotaExcludesLeaders":true}}${t},"subjects":[\n`,
  );
  for (let i = 0; i < n; i++) put(`${i > 0 ? ',\n' : ''}${individual(i, rnd, Y)}`);
  const units = Math.ceil(n / 20);
  for (let u = 0; u < units; u++) {
    const members: string[] = [];
    for (let k = u * 20; k < Math.min(n, u * 20 + 20); k++) members.push(`"P${String(k).padStart(7, '0')}"`);
    put(
      `,\n{"id":"U${String(u).padStart(5, '0')}","kind":"collective","members":[${members.join(',')}],"years":[{"year":${Y},"rating":"${rnd() < 0.4 ? 'htxsnv' : 'httnv'}","registered":true,"clusterRank":${1 + Math.floor(rnd() * 5)}}],"titles":[],"awards":[]}`,
    );
  }
  put('\n]}\n');
  writeSync(fd, buf.join(''));
  closeSync(fd);
  return { personYears: n * YEARS_PER_PERSON, individuals: n, collectives: units };
}

export function ensure(path: string, personYears: number): void {
  if (!existsSync(path)) generate(path, personYears);
}
