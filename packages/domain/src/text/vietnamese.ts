// Vietnamese text conventions used everywhere: search that ignores diacritics (ư = u, đ = d), names
// sorted by given name then family name, numbers written 14.103,4 and dates dd/mm/yyyy.

/** NFC: decomposed input breaks equality and places accents badly in documents. */
export function nfc(s: string): string {
  return s.normalize('NFC');
}

/** Fold for search: lower case, no diacritics; đ/Đ and the look-alikes ð/Ð (some input methods) → d. */
export function foldDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐðÐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Nguyễn Thị Hằng" → { family: "Nguyễn Thị", given: "Hằng" }: the given name is the last word. */
export function splitVietnameseName(fullName: string): { family: string; given: string } {
  const words = nfc(fullName).trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { family: '', given: '' };
  const given = words[words.length - 1] ?? '';
  return { family: words.slice(0, -1).join(' '), given };
}

/** Title-case each word, keeping Vietnamese letters: "nguyễn thị hằng" → "Nguyễn Thị Hằng". */
export function normaliseName(fullName: string): string {
  return nfc(fullName)
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1).toLocaleLowerCase('vi'))
    .join(' ');
}

const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/** Compare two full names the Vietnamese way: given name first, then family name, then as written. */
export function compareVietnameseNames(a: string, b: string): number {
  const na = splitVietnameseName(a);
  const nb = splitVietnameseName(b);
  return (
    collator.compare(na.given, nb.given) || collator.compare(na.family, nb.family) || collator.compare(a, b)
  );
}

export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b);
}

/**
 * A string whose plain byte order (ORDER BY sort_key COLLATE "C") equals Intl.Collator('vi') order of
 * (given name, family name). PGlite's ICU has no Vietnamese data, so the database cannot sort names itself;
 * the key is computed here and stored. Each letter maps to its rank in the Vietnamese alphabet, then tone
 * marks break ties, so "An < Anh < Ánh < Ăn < Ân < … < Dũng < Dương < Đào".
 */
const ALPHABET = 'a ă â b c d đ e ê f g h i j k l m n o ô ơ p q r s t u ư v w x y z'.split(' ');
const TONES = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323']; // none, huyền, hỏi, ngã, sắc, nặng
const BASE: Record<string, string> = {
  ă: 'a\u0306',
  â: 'a\u0302',
  ê: 'e\u0302',
  ô: 'o\u0302',
  ơ: 'o\u031b',
  ư: 'u\u031b',
  đ: 'đ',
};

function letterKey(ch: string): { letter: string; tone: number } {
  const d = ch.toLowerCase().normalize('NFD');
  let tone = 0;
  let rest = '';
  for (const c of d) {
    const t = TONES.indexOf(c);
    if (t > 0) tone = t;
    else rest += c;
  }
  const composed = rest.normalize('NFC');
  const letter = ALPHABET.includes(composed)
    ? composed
    : (Object.keys(BASE).find((k) => BASE[k] === rest) ?? composed);
  return { letter, tone };
}

function wordKey(word: string): string {
  let primary = '';
  let tones = '';
  for (const ch of nfc(word)) {
    const { letter, tone } = letterKey(ch);
    const rank = ALPHABET.indexOf(letter);
    primary += rank >= 0 ? String.fromCharCode(0x41 + rank) : /\d/.test(letter) ? '0' + letter : '~';
    tones += String(tone);
  }
  return primary + '!' + tones;
}

export function nameSortKey(fullName: string): string {
  const { family, given } = splitVietnameseName(fullName);
  return `${wordKey(given)} ${family.split(' ').map(wordKey).join(' ')}`;
}

/** 14103.4 → "14.103,4"; fractionDigits fixes the decimals (default: as many as needed, up to 2). */
export function formatNumberVi(n: number, fractionDigits?: number): string {
  return new Intl.NumberFormat('vi-VN', {
    minimumFractionDigits: fractionDigits ?? 0,
    maximumFractionDigits: fractionDigits ?? 2,
  }).format(n);
}

/** 'YYYY-MM-DD' → 'dd/mm/yyyy'. */
export function formatDateVi(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** 'dd/mm/yyyy' (or d/m/yyyy) → 'YYYY-MM-DD', or null when it is not a real calendar date. */
export function parseDateVi(s: string): string | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(s);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "Gia Lai, ngày 05 tháng 7 năm 2023" (Decree 30/2020: day and month below 10 … day padded for 1–9, month for 1–2). */
export function placeAndDateLine(place: string, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return place;
  const day = Number(m[3]);
  const month = Number(m[2]);
  const dd = day < 10 ? `0${day}` : String(day);
  const mm = month < 3 ? `0${month}` : String(month);
  return `${place}, ngày ${dd} tháng ${mm} năm ${m[1]}`;
}
