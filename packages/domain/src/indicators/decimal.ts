// Exact decimals for indicator arithmetic: a bigint of units plus a scale (14103.4 = 141034n × 10⁻¹).
// Sums of tenths in binary floats drift (0.1 + 0.2 = 0.30000000000000004), and a report that prints
// 44,6% where the ministry's spreadsheet says 44,7% is a wrong report, so values are parsed from their
// decimal text, added exactly, and divided once with a stated rounding: ROUND_HALF_UP (half away from
// zero), as Excel's ROUND and the provincial statistics office round.

export interface Decimal {
  /** The value × 10^scale. */
  readonly units: bigint;
  readonly scale: number;
}

const TEN = 10n;
const pow10 = (n: number): bigint => TEN ** BigInt(n);

/** "14103.4", "-32", "1e3", or a JS number (read through its shortest round-trip text, never its binary value). */
export function dec(v: string | number | bigint | Decimal): Decimal {
  if (typeof v === 'object') return v;
  if (typeof v === 'bigint') return { units: v, scale: 0 };
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new RangeError(`Không phải số hữu hạn: ${v}`);
    return dec(String(v));
  }
  const m = /^\s*([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?\s*$/.exec(v);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) throw new RangeError(`Không phải số: "${v}"`);
  const sign = m[1] === '-' ? -1n : 1n;
  const frac = m[3] ?? '';
  const exp = m[4] ? Number(m[4]) : 0;
  let units = BigInt((m[2] || '0') + frac) * sign;
  let scale = frac.length - exp;
  if (scale < 0) {
    units *= pow10(-scale);
    scale = 0;
  }
  return { units, scale };
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const s = Math.max(a.scale, b.scale);
  return [a.units * pow10(s - a.scale), b.units * pow10(s - b.scale), s];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, s] = align(a, b);
  return { units: x + y, scale: s };
}

export function sub(a: Decimal, b: Decimal): Decimal {
  const [x, y, s] = align(a, b);
  return { units: x - y, scale: s };
}

export function mul(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

export function sum(xs: Iterable<Decimal>): Decimal {
  let acc: Decimal = { units: 0n, scale: 0 };
  for (const x of xs) acc = add(acc, x);
  return acc;
}

export function isZero(a: Decimal): boolean {
  return a.units === 0n;
}

export function sign(a: Decimal): -1 | 0 | 1 {
  return a.units === 0n ? 0 : a.units < 0n ? -1 : 1;
}

export function compare(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x === y ? 0 : x < y ? -1 : 1;
}

/** n / d rounded half up (away from zero) to an integer. */
function divRoundHalfUp(n: bigint, d: bigint): bigint {
  if (d === 0n) throw new RangeError('Chia cho 0.');
  const neg = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const q = (2n * an + ad) / (2n * ad);
  return neg ? -q : q;
}

/** a / b, rounded half up to `digits` decimals. */
export function div(a: Decimal, b: Decimal, digits: number): Decimal {
  // a/b = (a.units/b.units) × 10^(b.scale − a.scale); scaled by 10^digits.
  const shift = digits + b.scale - a.scale;
  const n = shift >= 0 ? a.units * pow10(shift) : a.units;
  const d = shift >= 0 ? b.units : b.units * pow10(-shift);
  return { units: divRoundHalfUp(n, d), scale: digits };
}

/** Rounded half up to `digits` decimals (never adds precision it does not have: 1935 stays 1935). */
export function round(a: Decimal, digits: number): Decimal {
  if (a.scale <= digits) return a;
  return { units: divRoundHalfUp(a.units, pow10(a.scale - digits)), scale: digits };
}

/** Rounded down towards zero to `digits` decimals ("hơn 98%" says the share is at least 98). */
export function truncate(a: Decimal, digits: number): Decimal {
  if (a.scale <= digits) return a;
  return { units: a.units / pow10(a.scale - digits), scale: digits };
}

/** Trailing zeros removed: 32.0 → 32, 99.90 → 99.9. */
export function normalise(a: Decimal): Decimal {
  let { units, scale } = a;
  while (scale > 0 && units % TEN === 0n) {
    units /= TEN;
    scale--;
  }
  return { units, scale };
}

export function abs(a: Decimal): Decimal {
  return a.units < 0n ? { units: -a.units, scale: a.scale } : a;
}

/** Plain decimal text with a dot ("14103.4", "-0.5"): the raw form the API returns and stores. */
export function toPlain(a: Decimal): string {
  const n = normalise(a);
  const neg = n.units < 0n;
  const digits = (neg ? -n.units : n.units).toString();
  if (n.scale === 0) return (neg ? '-' : '') + digits;
  const padded = digits.padStart(n.scale + 1, '0');
  return `${neg ? '-' : ''}${padded.slice(0, -n.scale)}.${padded.slice(-n.scale)}`;
}

export function toNumber(a: Decimal): number {
  return Number(toPlain(a));
}

/**
 * Vietnamese form: "." groups thousands, "," before decimals, trailing zeros dropped, as the reports
 * write them (14.103,4; 1.935; 43,36; 100). `minus` false drops the sign (the text says "giảm").
 */
export function formatVi(a: Decimal, opts: { minus?: boolean } = {}): string {
  const plain = toPlain(opts.minus === false ? abs(a) : a);
  const neg = plain.startsWith('-');
  const [int, frac] = (neg ? plain.slice(1) : plain).split('.') as [string, string | undefined];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${neg ? '−' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/**
 * Reads a number typed the Vietnamese way ("14.103,4", "1.935", "0,63", "-32") or the plain form
 * ("14103.4") that Excel cells and the API carry. Ambiguity: "1.935" is one thousand nine hundred
 * thirty-five (a dot followed by exactly three digits groups thousands); "0.63" with a leading zero or
 * not three digits after the dot is a decimal point. Returns null for anything else.
 */
export function parseVi(text: string): Decimal | null {
  const t = text
    .normalize('NFC')
    .replace(/[\s\u00a0]/g, '')
    .replace(/^−/, '-');
  if (t === '') return null;
  if (/^[+-]?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/.test(t)) return dec(t.replace(/\./g, '').replace(',', '.'));
  if (/^[+-]?\d+,\d+$/.test(t)) return dec(t.replace(',', '.'));
  if (/^[+-]?\d+(\.\d+)?$/.test(t)) return dec(t);
  return null;
}
