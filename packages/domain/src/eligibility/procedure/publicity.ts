// Publicity before proposing (rules.md §9.4).
// A-PUB-1 (ND 91/2017 Art. 45(10); TT 12/2019) HIGH: Huân chương, CSTĐ toàn quốc and honorary State titles
//   need a public consultation on the ministry's / province's media before proposing — no day count.
// B-PUB-1 (ND 98/2023 Art. 46(2); B2: ND 152/2025 Art. 60(3)) HIGH: Huân chương and honorary State titles
//   are published >= 10 working days before the ministry / province council meets; CSTĐ toàn quốc is
//   published in practice (moit.gov.vn 26/11/2024) — checked the same way, flagged as practice/UNVERIFIED.
// Counting convention (a parameter): the publication day is day 1, the meeting day is excluded, weekends
// and the given holidays are skipped.
import { regimeById } from '../regimes.ts';
import type { ReasonParams, RegimeId, TargetCode } from '../types.ts';
import { procedureCheck, procedureWarning, type ProcedureCheck } from './result.ts';
import {
  dayNumber,
  PUBLICITY_CONVENTION,
  workingDaysBetween,
  type DayCountConvention,
} from './working-days.ts';

/** A proposal subject of the publicity rule: a target, or an honorary State title (not an engine target). */
export type PublicityTarget = TargetCode | 'danh-hieu-vinh-du-nha-nuoc';

export const HUAN_CHUONG: readonly TargetCode[] = [
  'huan-chuong-lao-dong-hang-ba',
  'huan-chuong-lao-dong-hang-nhi',
  'huan-chuong-lao-dong-hang-nhat',
];

export interface PublicityInput {
  target: PublicityTarget;
  regime: RegimeId;
  publication: { from: string; url?: string } | null;
  councilMeetingOn: string;
  holidays?: readonly string[];
  convention?: DayCountConvention;
}

export interface PublicityResult extends ProcedureCheck {
  /** Working days the regime requires (null: a consultation without a day count, or not applicable). */
  requiredDays: number | null;
  /** Working days counted under the convention (regime B, when a publication is given). */
  days?: number;
}

/** Which publicity the target needs under the regime: 'law' (HIGH), 'practice' (UNVERIFIED) or none. */
export function publicityBasis(target: PublicityTarget, regime: RegimeId): 'law' | 'practice' | null {
  if (HUAN_CHUONG.includes(target as TargetCode) || target === 'danh-hieu-vinh-du-nha-nuoc') return 'law';
  if (target === 'chien-si-thi-dua-toan-quoc') return regime === 'A' ? 'law' : 'practice';
  return null;
}

export function checkPublicity(i: PublicityInput): PublicityResult {
  const params = regimeById(i.regime).params;
  const rule = i.regime === 'A' ? 'A-PUB-1' : 'B-PUB-1';
  const citation = params.publicityCitation;
  const basis = publicityBasis(i.target, i.regime);
  const required = params.publicityWorkingDays;
  if (basis === null) {
    return {
      ...procedureCheck(rule, 'not-applicable', citation, 'HIGH', 'publicity-not-required', {
        target: i.target,
      }),
      requiredDays: null,
    };
  }
  const confidence = basis === 'practice' ? 'UNVERIFIED' : 'HIGH';
  const warnings = basis === 'practice' ? [procedureWarning('publicity-practice', { target: i.target })] : [];
  const meeting = i.councilMeetingOn;
  const pub = i.publication;
  if (pub === null) {
    return {
      ...procedureCheck(
        rule,
        'not-met',
        citation,
        confidence,
        'publicity-missing',
        { target: i.target, meeting },
        warnings,
      ),
      requiredDays: required,
    };
  }
  const url: ReasonParams = pub.url !== undefined ? { url: pub.url } : {};
  if (required === null) {
    // A-PUB-1: a consultation before the council meets; no number of days.
    const ok = dayNumber(pub.from) < dayNumber(meeting);
    return {
      ...procedureCheck(
        rule,
        ok ? 'met' : 'not-met',
        citation,
        confidence,
        ok ? 'publicity-consulted' : 'publicity-after-meeting',
        { target: i.target, from: pub.from, meeting, ...url },
        warnings,
      ),
      requiredDays: null,
    };
  }
  const days = workingDaysBetween(pub.from, meeting, {
    holidays: i.holidays ?? [],
    convention: i.convention ?? PUBLICITY_CONVENTION,
  });
  const ok = days >= required;
  return {
    ...procedureCheck(
      rule,
      ok ? 'met' : 'not-met',
      citation,
      confidence,
      ok ? 'publicity-sufficient' : 'publicity-too-short',
      { target: i.target, from: pub.from, meeting, days, required, ...url },
      warnings,
    ),
    requiredDays: required,
    days,
  };
}
