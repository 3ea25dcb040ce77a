// Benchmark of the eligibility engine: `node bench/eligibility/run.ts [sizes…]` (default 10k 100k 1m).
// For each size: generate a deterministic history (bench/out/), time JSON.parse of the file, run the CLI
// on it in a child process (throughput in person-years/s, wall time, peak RSS), and run the same three
// rules written for json-rules-engine on a sample (throughput, extrapolated). Prints a table and the
// ratios against the targets: >= 20× the yardstick's throughput, <= 2× the time of JSON.parse.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  Evaluator,
  validateHeader,
  validateSubject,
  type InputIssue,
} from '../../packages/domain/src/eligibility/index.ts';
import { ResultSerializer } from '../../packages/domain/src/eligibility/serialize.ts';
import { buildEngine, facts } from './yardstick.ts';
import { BENCH_TARGETS, generate, YEARS_PER_PERSON } from './generate.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const out = join(here, '..', 'out');
const SIZES: Record<string, number> = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000 };
const asked = process.argv.slice(2).filter((a) => a in SIZES);
const sizes = asked.length > 0 ? asked : Object.keys(SIZES);

/** CPU seconds (user + system) of this process since `from`: less sensitive than wall time to a loaded machine. */
function cpuSince(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1e6;
}

function fmt(n: number, d = 0): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
}

async function yardstick(
  path: string,
  sampleSubjects: number,
): Promise<{ personYears: number; seconds: number }> {
  // Parse the file once (not timed: the yardstick gets its input parsed for free), then time facts + engine.
  const doc = JSON.parse(readFileSync(path, 'utf8')) as {
    year: number;
    subjects: { kind: string; years?: unknown[] }[];
  };
  const engine = buildEngine();
  const subjects = doc.subjects.filter((s) => s.kind === 'individual').slice(0, sampleSubjects);
  // One untimed pass first, as for our engine (engineOnly): both are measured with a warm JIT.
  for (const s of subjects) await engine.run(facts(s as Parameters<typeof facts>[0], doc.year));
  let py = 0;
  const c0 = process.cpuUsage();
  for (const s of subjects) {
    await engine.run(facts(s as Parameters<typeof facts>[0], doc.year));
    py += s.years?.length ?? 0;
  }
  return { personYears: py, seconds: cpuSince(c0) };
}

/**
 * Like for like with the yardstick: input already parsed, judge the people (validation + engine), no
 * output; then the same serialising each subject's results with the CLI's ResultSerializer (bytes counted,
 * not written), to show what serialising costs.
 * At most 20,000 people (100,000 person-years) are used.
 */
function engineOnly(path: string): { personYears: number; seconds: number; stringifySeconds: number } {
  const doc = JSON.parse(readFileSync(path, 'utf8')) as { subjects: unknown[] } & Record<string, unknown>;
  const { subjects, ...h } = doc;
  const issues: InputIssue[] = [];
  const header = validateHeader(h, issues);
  if (!header) throw new Error('bad header');
  const people = subjects.filter((x) => (x as { kind?: string }).kind === 'individual').slice(0, 20_000);
  const pass = (stringify: boolean) => {
    const ev = new Evaluator(header);
    const ser = new ResultSerializer();
    let py = 0;
    let chars = 0;
    const sink = {
      put: (b: Uint8Array) => {
        chars += b.length;
      },
      putString: (x: string) => {
        chars += x.length;
      },
    };
    const c0 = process.cpuUsage();
    for (let i = 0; i < people.length; i++) {
      const s = validateSubject(people[i], i, issues);
      if (!s || s.kind !== 'individual') continue;
      const r = ev.individual(s);
      if (stringify) ser.writeResults(r, sink);
      py += s.years.length;
    }
    return { py, s: cpuSince(c0), chars };
  };
  pass(false); // warm-up
  const a = pass(false);
  const b = pass(true);
  return { personYears: a.py, seconds: a.s, stringifySeconds: Math.max(0, b.s - a.s) };
}

interface Row {
  size: string;
  personYears: number;
  mb: number;
  parseS: number;
  cliS: number;
  cliWall: number;
  rssMb: number;
  tput: number;
  ystTput: number;
  engineTput: number;
  stringifyS: number;
  outMb: number;
}

// Node's compile cache for the CLI process (also enabled by cli-entry.ts for its imports): with the env var
// the entry file itself is covered too, and the type stripper is not even loaded once the cache is warm.
const cliEnv = {
  ...process.env,
  NODE_COMPILE_CACHE: process.env['NODE_COMPILE_CACHE'] ?? join(tmpdir(), 'tdkt-node-compile-cache'),
};

const rows: Row[] = [];
for (const size of sizes) {
  const py = SIZES[size] as number;
  const file = join(out, `eligibility-${size}.json`);
  const result = join(out, `eligibility-${size}.out.json`);
  const g0 = performance.now();
  const stats = generate(file, py);
  process.stderr.write(
    `[${size}] generated ${fmt(stats.personYears)} person-years, ${fmt(stats.individuals)} people, ${fmt(stats.collectives)} units in ${fmt((performance.now() - g0) / 1000, 1)} s\n`,
  );
  const mb = statSync(file).size / 1e6;

  // JSON.parse of the same input (best of 2), in this process.
  let parseS = Infinity;
  for (let k = 0; k < 2; k++) {
    const text = readFileSync(file, 'utf8');
    const c0 = process.cpuUsage();
    JSON.parse(text);
    parseS = Math.min(parseS, cpuSince(c0));
  }

  // The CLI in its own process (best of 2 for the small sizes).
  let cliS = Infinity;
  let cliWall = Infinity;
  let rssMb = 0;
  for (let k = 0; k < (py >= 1_000_000 ? 1 : 2); k++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(here, 'cli-entry.ts'), '--input', file, '--output', result], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
      env: cliEnv,
    });
    const s = (performance.now() - t0) / 1000;
    if (r.status !== 0) throw new Error(`CLI failed (${r.status}): ${r.stderr}`);
    const m = /maxRSS_KB=(\d+) cpu_us=(\d+)/.exec(r.stderr);
    cliS = Math.min(cliS, m ? Number(m[2]) / 1e6 : s);
    cliWall = Math.min(cliWall, s);
    rssMb = Math.max(rssMb, m ? Number(m[1]) / 1024 : 0);
  }

  const y = await yardstick(file, Math.min(stats.individuals, 4000));
  const eo = engineOnly(file);
  rows.push({
    size,
    personYears: stats.personYears,
    mb,
    parseS,
    cliS,
    cliWall,
    rssMb,
    tput: stats.personYears / cliS,
    ystTput: y.personYears / y.seconds,
    engineTput: eo.personYears / eo.seconds,
    stringifyS: eo.stringifySeconds,
    outMb: statSync(result).size / 1e6,
  });
  process.stderr.write(`[${size}] done\n`);
}

console.log(
  `\nEligibility engine benchmark — targets judged: ${BENCH_TARGETS.join(', ')}; ${YEARS_PER_PERSON} years per person; node ${process.version}`,
);
console.log(
  'times are CPU seconds (user + system) of the process doing the work; the CLI wall time is shown too',
);
console.log(
  'size | person-years | input MB | JSON.parse s | CLI s (wall) | CLI/JSON.parse | throughput py/s | peak RSS MB | json-rules-engine py/s | speed-up',
);
console.log(
  '-----|-------------:|---------:|-------------:|-------------:|---------------:|----------------:|------------:|-----------------------:|--------:',
);
for (const r of rows) {
  console.log(
    `${r.size} | ${fmt(r.personYears)} | ${fmt(r.mb, 1)} | ${fmt(r.parseS, 3)} | ${fmt(r.cliS, 2)} (${fmt(r.cliWall, 2)}) | ${fmt(r.cliS / r.parseS, 2)}× | ${fmt(r.tput)} | ${fmt(r.rssMb)} | ${fmt(r.ystTput)} | ${fmt(r.tput / r.ystTput, 1)}×`,
  );
}
console.log(
  '\nlike for like with the yardstick, end to end from the same file: json-rules-engine = JSON.parse of the file + its rules on every person',
);
console.log(
  '(rules throughput measured on the sample, extrapolated to all person-years); the CLI = the whole process above',
);
console.log(
  'size | JSON.parse + json-rules-engine s | json-rules-engine end to end py/s | CLI py/s | CLI speed-up',
);
console.log(
  '-----|--------------------------------:|----------------------------------:|---------:|------------:',
);
for (const r of rows) {
  const yst = r.parseS + r.personYears / r.ystTput;
  console.log(
    `${r.size} | ${fmt(yst, 2)} | ${fmt(r.personYears / yst)} | ${fmt(r.tput)} | ${fmt(r.tput / (r.personYears / yst), 1)}×`,
  );
}
console.log('\nlike for like with the yardstick (input already parsed, no output): validation + engine only');
console.log(
  'size | engine py/s | json-rules-engine py/s | engine speed-up | output MB | output/input | + serialising the results (s per 100k py)',
);
console.log(
  '-----|------------:|-----------------------:|----------------:|----------:|-------------:|-------------------------------:',
);
for (const r of rows) {
  console.log(
    `${r.size} | ${fmt(r.engineTput)} | ${fmt(r.ystTput)} | ${fmt(r.engineTput / r.ystTput, 1)}× | ${fmt(r.outMb, 1)} | ${fmt(r.outMb / r.mb, 1)}× | ${fmt((r.stringifyS * 100_000) / Math.min(r.personYears, 100_000), 3)}`,
  );
}
console.log('\ntargets: CLI/JSON.parse <= 2×; speed-up over json-rules-engine >= 20×.');
console.log(
  'notes: the CLI time is the whole process (start-up, read, validate, judge, sort, write the output file);',
);
console.log(
  '       json-rules-engine runs on a sample of 4,000 people with its input already parsed, after a warm-up pass (its throughput is extrapolated).',
);
