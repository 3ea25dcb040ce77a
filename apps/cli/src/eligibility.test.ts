// `tdkt eligibility`: the CLI meets interchange.md — exit codes, Vietnamese path messages on stderr and
// nothing on stdout for invalid input, files or stdin/stdout, header anywhere, sorted deterministic output
// identical to the library's, chunk boundaries anywhere.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { evaluate, parseHistory } from '../../../packages/domain/src/eligibility/index.ts';
import { runEligibility, setSpoolMemoryLimit } from './eligibility.ts';

function sink() {
  const chunks: Buffer[] = [];
  const w = new Writable({
    write(c: Buffer, _e, cb) {
      chunks.push(Buffer.from(c));
      cb();
    },
  });
  return { w, text: () => Buffer.concat(chunks).toString('utf8') };
}

async function cli(input: string | Buffer, args: string[] = [], chunkSize?: number) {
  const buf = typeof input === 'string' ? Buffer.from(input) : input;
  const parts: Buffer[] = [];
  const size = chunkSize ?? buf.length;
  for (let i = 0; i < buf.length; i += size) parts.push(buf.subarray(i, i + size));
  const out = sink();
  const err = sink();
  const code = await runEligibility(args, { stdin: Readable.from(parts), stdout: out.w, stderr: err.w });
  return { code, stdout: out.text(), stderr: err.text() };
}

const example = {
  format: 'tdkt-history/1',
  year: 2024,
  evaluatedOn: '2025-01-10',
  agency: {
    id: 'SCT-GL',
    options: {
      cstdcsRequiresInitiative: true,
      cstdcsQuotaShare: 0.15,
      quotaExcludesLeaders: true,
      absenceDaysLimit: null,
    },
  },
  targets: ['lao-dong-tien-tien', 'chien-si-thi-dua-co-so'],
  subjects: [
    {
      id: 'P001',
      kind: 'individual',
      unitId: 'U-VP',
      isLeader: false,
      gender: 'nu',
      sectorSince: '2008-09-01',
      hazardousWork: false,
      years: [
        {
          year: 2024,
          rating: 'httnv',
          monthsWorked: 12,
          recruitedOn: '2019-03-01',
          absenceDays: 0,
          maternityLeave: false,
          registered: true,
        },
      ],
      disciplines: [{ year: 2024, level: 'khien-trach' }],
      titles: [{ code: 'chien-si-thi-dua-co-so', year: 2023 }],
      awards: [{ code: 'bang-khen-cap-tinh', year: 2022, decidedOn: '2023-02-20' }],
      initiatives: [{ year: 2024, scope: 'co-so', status: 'recognized' }],
    },
    {
      id: 'U-VP',
      kind: 'collective',
      members: ['P001', 'P002'],
      years: [{ year: 2024, rating: 'htxsnv', registered: true, clusterRank: 1 }],
      titles: [],
      awards: [],
    },
  ],
};

function many(n: number, headerLast = false) {
  const subjects = [];
  for (let i = n - 1; i >= 0; i--) {
    subjects.push({
      id: `P${String(i).padStart(4, '0')}`,
      kind: 'individual',
      name: `Nguyễn Văn "Tí" [${i}] {x}\\`,
      isLeader: i % 10 === 0,
      years: [
        { year: 2024, rating: i % 3 === 0 ? 'htxsnv' : 'httnv', monthsWorked: 12, registered: true },
        { year: 2023, rating: 'htxsnv' },
      ],
      titles: i % 2 === 0 ? [{ code: 'chien-si-thi-dua-co-so', year: 2023 }] : [],
      initiatives: i % 4 === 0 ? [{ year: 2024, scope: 'co-so', status: 'recognized' }] : [],
    });
  }
  subjects.push({
    id: 'U-1',
    kind: 'collective',
    members: subjects.slice(0, 10).map((s) => s.id),
    years: [{ year: 2024, rating: 'htxsnv', clusterRank: 1 }],
  });
  const header = {
    format: 'tdkt-history/1',
    year: 2024,
    agency: { id: 'A', options: { cstdcsQuotaShare: 0.15 } },
  };
  return headerLast ? { subjects, ...header } : { ...header, subjects };
}

describe('tdkt eligibility', () => {
  it('valid input → exit 0, tdkt-eligibility/1 on stdout, identical to the library', async () => {
    const r = await cli(JSON.stringify(example));
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${JSON.stringify(evaluate(parseHistory(example)))}\n`);
    const out = JSON.parse(r.stdout) as {
      format: string;
      regime: string;
      results: { subject: string; target: string }[];
    };
    expect(out.format).toBe('tdkt-eligibility/1');
    expect(out.regime).toBe('B');
    expect(out.results.map((x) => `${x.subject}/${x.target}`)).toEqual([
      'P001/chien-si-thi-dua-co-so',
      'P001/lao-dong-tien-tien',
    ]);
  });

  it('invalid input → exit 2, Vietnamese message naming the JSON path on stderr, nothing on stdout', async () => {
    const bad = structuredClone(example);
    (bad.subjects[0] as { years: { rating: string }[] }).years[0]!.rating = 'tot';
    const r = await cli(JSON.stringify(bad));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('subjects[0].years[0].rating: giá trị "tot" không hợp lệ\n');
  });

  it.each([
    {
      name: 'not JSON',
      input: 'hello',
      msg: '$: JSON không hợp lệ: tài liệu phải là một đối tượng JSON ({ … })',
    },
    {
      name: 'truncated',
      input: '{"format":"tdkt-history/1","year":2024,"subjects":[{"id":"a"',
      msg: '$: JSON không hợp lệ: tài liệu kết thúc đột ngột (thiếu dấu đóng } hoặc ])',
    },
    {
      name: 'a broken subject',
      input: '{"format":"tdkt-history/1","year":2024,"subjects":[{"id":"a",}]}',
      msg: 'subjects[0]: JSON không hợp lệ',
    },
    {
      name: 'no subjects',
      input: '{"format":"tdkt-history/1","year":2024}',
      msg: 'subjects: thiếu trường bắt buộc',
    },
    {
      name: 'bad year after the subjects',
      input: '{"subjects":[],"format":"tdkt-history/1","year":"2024"}',
      msg: 'year: phải là số nguyên',
    },
  ])('invalid: $name → exit 2', async ({ input, msg }) => {
    const r = await cli(input);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(msg);
  });

  it('the header may come after the subjects (subjects spooled), same bytes as header first', async () => {
    const a = await cli(JSON.stringify(many(50)));
    const b = await cli(JSON.stringify(many(50, true)));
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  });

  it('chunk boundaries anywhere (7-byte chunks, escaped quotes and brackets in strings) give the same bytes', async () => {
    const input = JSON.stringify(many(30), null, 2);
    const whole = await cli(input);
    const tiny = await cli(input, [], 7);
    expect(tiny.stdout).toBe(whole.stdout);
    expect(whole.stdout).toBe(`${JSON.stringify(evaluate(parseHistory(JSON.parse(input))))}\n`);
  });

  it('unsorted input ids → results sorted by subject id then target; quotas included', async () => {
    const r = await cli(JSON.stringify(many(40)));
    const out = JSON.parse(r.stdout) as {
      results: { subject: string; target: string }[];
      quotas: { target: string; limit: number }[];
    };
    const keys = out.results.map((x) => [x.subject, x.target] as const);
    const sorted = [...keys].sort((a, b) =>
      a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0,
    );
    expect(keys).toEqual(sorted);
    expect(out.quotas[0]?.target).toBe('chien-si-thi-dua-co-so');
  });

  it('results spooled to a temporary file give the same bytes', async () => {
    const input = JSON.stringify(many(200));
    const mem = await cli(input);
    setSpoolMemoryLimit(1000);
    try {
      const file = await cli(input);
      expect(file.stdout).toBe(mem.stdout);
    } finally {
      setSpoolMemoryLimit(64 * 1024 * 1024);
    }
  });

  it('--input FILE --output FILE', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tdkt-cli-'));
    writeFileSync(join(dir, 'in.json'), JSON.stringify(example));
    const r = await cli('', ['--input', join(dir, 'in.json'), '--output', join(dir, 'out.json')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe(
      `${JSON.stringify(evaluate(parseHistory(example)))}\n`,
    );
  });

  it('--output FILE gives the same bytes as stdout, for ids in order (direct write) and out of order (rewritten)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tdkt-cli-'));
    for (const doc of [
      many(60),
      { ...many(60), subjects: [...many(60).subjects].sort((a, b) => (a.id < b.id ? -1 : 1)) },
    ]) {
      const input = JSON.stringify(doc);
      const std = await cli(input, ['--forecast']);
      const r = await cli(input, ['--forecast', '--output', join(dir, 'o.json')]);
      expect(r.code).toBe(0);
      expect(readFileSync(join(dir, 'o.json'), 'utf8')).toBe(std.stdout);
    }
  });

  it('--output FILE with invalid input leaves no file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tdkt-cli-'));
    const bad = { ...many(5), subjects: [...many(5).subjects, { id: 'Z', kind: 'robot' }] };
    const r = await cli(JSON.stringify(bad), ['--output', join(dir, 'o.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('subjects[6].kind: giá trị "robot" không hợp lệ');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('--forecast adds the forecasts after the quotas', async () => {
    const r = await cli(JSON.stringify({ ...many(3), targets: undefined }), ['--forecast']);
    const out = JSON.parse(r.stdout) as { forecasts: { subject: string; target: string; text: string }[] };
    expect(out.forecasts.length).toBeGreaterThan(0);
    expect(out.forecasts[0]?.text).toMatch(/điều kiện/);
  });

  it('an unknown argument → exit 2 with the usage', async () => {
    const r = await cli('{}', ['--bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tham số không hợp lệ');
  });
});
