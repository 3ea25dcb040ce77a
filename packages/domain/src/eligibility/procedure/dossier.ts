// Dossier contents (hồ sơ đề nghị khen thưởng), rules.md §9.5, both regimes.
// A-DOS-1 (ND 91/2017 Art. 50, amended by ND 122/2018 Art. 21(2)) HIGH: yearly titles — 1 set: tờ trình,
//   báo cáo thành tích, biên bản họp bình xét; initiative certification for CSTĐCS and CSTĐ cấp tỉnh.
// A-DOS-2 (ND 91/2017 Art. 49) HIGH: CSTĐ toàn quốc — 2 sets incl. the secret-ballot result and the
//   certification of the initiative's effect and scope.
// Regime B (Law 06/2022 Art. 84 + ND 98/2023; rules.md §9.5 column B, ids B-DOS-1 / B-DOS-2 here): the same
//   elements (MEDIUM); CSTĐ: initiative recognition and scope + secret-ballot result; number of sets of the
//   State forms UNVERIFIED (U14, defaults 2 / 3).
// Simplified procedure (A-SIMP-1 / B-SIMP-1, §9.7): only for kind `dot-xuat` — tờ trình (+ list in A) and a
//   short achievement summary certified by the head.
// Proposals the table does not name (Giấy khen, Cờ thi đua cấp tỉnh, Kỷ niệm chương) use the nearest row,
//   flagged UNVERIFIED.
import { regimeById } from '../regimes.ts';
import { cite } from '../instruments.ts';
import { reasonText } from '../messages/vi.ts';
import type { AwardKind, Citation, RegimeId, Warning } from '../types.ts';
import { publicityBasis, type PublicityTarget } from './publicity.ts';
import { unverifiedWarning, type Confidence } from './result.ts';

/** Stable codes of dossier items (docs/glossary.md) and their Vietnamese labels. */
export const DOSSIER_ITEMS = {
  'to-trinh': 'Tờ trình đề nghị khen thưởng',
  'danh-sach': 'Danh sách cá nhân, tập thể được đề nghị khen thưởng',
  'bao-cao-thanh-tich': 'Báo cáo thành tích có xác nhận của cấp trình khen thưởng',
  'bien-ban-hop': 'Biên bản họp Hội đồng Thi đua – Khen thưởng bình xét',
  'ket-qua-bo-phieu-kin': 'Kết quả bỏ phiếu kín của Hội đồng Thi đua – Khen thưởng',
  'xac-nhan-sang-kien': 'Giấy chứng nhận sáng kiến, đề tài khoa học được công nhận',
  'xac-nhan-pham-vi-anh-huong': 'Văn bản xác nhận hiệu quả và phạm vi ảnh hưởng của sáng kiến, đề tài',
  'tom-tat-thanh-tich': 'Bản tóm tắt thành tích có xác nhận của thủ trưởng cơ quan, đơn vị',
  'cong-khai': 'Minh chứng đã công khai, lấy ý kiến trên phương tiện thông tin của bộ, tỉnh',
} as const;
export type DossierItemCode = keyof typeof DOSSIER_ITEMS;

export interface DossierRequirement {
  code: DossierItemCode;
  label: string;
  /** Number of original sets of the dossier this item belongs to. */
  sets: number;
  rule: string;
  citation: Citation;
  confidence: Confidence;
  /** Set when the item, its number of sets or its citation is an UNVERIFIED default (U-number or rule id). */
  unverified?: string;
  /** When the item applies only in part of the cases. */
  note?: string;
}

export interface DossierRequest {
  target: PublicityTarget;
  regime: RegimeId;
  kind: AwardKind;
  procedure: 'normal' | 'simplified';
}

export interface DossierRequirements extends DossierRequest {
  rule: string;
  sets: number;
  items: DossierRequirement[];
  warnings: Warning[];
}

const YEARLY: readonly PublicityTarget[] = [
  'lao-dong-tien-tien',
  'chien-si-thi-dua-co-so',
  'chien-si-thi-dua-cap-tinh',
  'tap-the-lao-dong-tien-tien',
  'tap-the-lao-dong-xuat-sac',
];
const STATE_2_SETS: readonly PublicityTarget[] = ['bang-khen-thu-tuong', 'co-thi-dua-chinh-phu'];

interface Row {
  rule: string;
  sets: number;
  setsUnverified?: string;
  citation: Citation;
  confidence: Confidence;
  rowUnverified?: string;
  items: {
    code: DossierItemCode;
    citation?: Citation;
    confidence?: Confidence;
    unverified?: string;
    note?: string;
  }[];
}

function row(target: PublicityTarget, regime: RegimeId): Row {
  const p = regimeById(regime).params;
  const a = regime === 'A';
  const base = [
    { code: 'to-trinh' as const },
    { code: 'bao-cao-thanh-tich' as const },
    { code: 'bien-ban-hop' as const },
  ];
  const publicity = publicityBasis(target, regime);
  const cong =
    publicity === null
      ? []
      : [
          {
            code: 'cong-khai' as const,
            citation: p.publicityCitation,
            confidence: (publicity === 'law' ? 'HIGH' : 'UNVERIFIED') as Confidence,
            ...(publicity === 'practice'
              ? { unverified: 'B-PUB-1', note: 'Thực tiễn của Bộ Công Thương (CSTĐ toàn quốc).' }
              : {}),
          },
        ];
  if (YEARLY.includes(target)) {
    const items: Row['items'] = [...base];
    if (target === 'chien-si-thi-dua-co-so')
      items.push(
        a
          ? { code: 'xac-nhan-sang-kien' }
          : {
              code: 'xac-nhan-sang-kien',
              note: 'Khi đề nghị theo tiêu chuẩn sáng kiến (không bắt buộc khi xét theo Hoàn thành xuất sắc nhiệm vụ).',
            },
      );
    if (target === 'chien-si-thi-dua-cap-tinh') {
      items.push({ code: 'xac-nhan-sang-kien' });
      if (!a) items.push({ code: 'xac-nhan-pham-vi-anh-huong' }, { code: 'ket-qua-bo-phieu-kin' });
    }
    return {
      rule: a ? 'A-DOS-1' : 'B-DOS-1',
      sets: 1,
      citation: p.dossierCitation,
      confidence: a ? 'HIGH' : 'MEDIUM',
      items,
    };
  }
  if (target === 'chien-si-thi-dua-toan-quoc') {
    return {
      rule: a ? 'A-DOS-2' : 'B-DOS-2',
      sets: 2,
      citation: a ? cite('nd-91-2017', 49) : p.dossierCitation,
      confidence: a ? 'HIGH' : 'MEDIUM',
      items: [...base, { code: 'ket-qua-bo-phieu-kin' }, { code: 'xac-nhan-pham-vi-anh-huong' }, ...cong],
    };
  }
  if (STATE_2_SETS.includes(target)) {
    return {
      rule: a ? 'A-DOS-1' : 'B-DOS-1',
      sets: 2,
      ...(a ? {} : { setsUnverified: 'U14' }),
      citation: p.dossierCitation,
      confidence: a ? 'HIGH' : 'MEDIUM',
      items: base,
    };
  }
  if (publicity === 'law') {
    // Huân chương and honorary State titles: 3 sets + publicity (A: consultation; B: 10 working days).
    return {
      rule: a ? 'A-DOS-1' : 'B-DOS-1',
      sets: 3,
      ...(a ? {} : { setsUnverified: 'U14' }),
      citation: p.dossierCitation,
      confidence: 'HIGH',
      items: [...base, ...cong],
    };
  }
  if (target === 'bang-khen-cap-tinh') {
    return {
      rule: a ? 'A-DOS-1' : 'B-DOS-1',
      sets: 1,
      citation: p.dossierCitation,
      confidence: 'HIGH',
      items: base,
    };
  }
  if (target === 'co-thi-dua-cap-tinh') {
    return {
      rule: a ? 'A-DOS-1' : 'B-DOS-1',
      sets: 1,
      citation: p.dossierCitation,
      confidence: 'UNVERIFIED',
      rowUnverified: 'A-DOS-1',
      items: [...base, { code: 'ket-qua-bo-phieu-kin' }],
    };
  }
  if (target === 'ky-niem-chuong-cong-thuong') {
    return {
      rule: a ? 'A-DOS-1' : 'B-DOS-1',
      sets: 1,
      citation: p.dossierCitation,
      confidence: 'UNVERIFIED',
      rowUnverified: 'A-KNC-1',
      items: [
        { code: 'to-trinh' },
        { code: 'danh-sach' },
        { code: 'tom-tat-thanh-tich', note: 'Tóm tắt quá trình công tác trong ngành.' },
      ],
    };
  }
  // Giấy khen (U6): as Bằng khen cấp tỉnh.
  return {
    rule: a ? 'A-DOS-1' : 'B-DOS-1',
    sets: 1,
    citation: p.dossierCitation,
    confidence: 'UNVERIFIED',
    rowUnverified: 'U6',
    items: base,
  };
}

function simplifiedRow(regime: RegimeId): Row {
  const p = regimeById(regime).params;
  const a = regime === 'A';
  const items: Row['items'] = a
    ? [{ code: 'to-trinh' }, { code: 'danh-sach' }, { code: 'tom-tat-thanh-tich' }]
    : [{ code: 'to-trinh' }, { code: 'tom-tat-thanh-tich' }];
  return {
    rule: a ? 'A-SIMP-1' : 'B-SIMP-1',
    sets: 1,
    setsUnverified: a ? 'A-SIMP-1' : 'B-SIMP-1',
    citation: p.simplifiedCitation,
    confidence: 'HIGH',
    items,
  };
}

/**
 * The items a proposal's dossier must contain. A simplified procedure is only for kind `dot-xuat`
 * (A-SIMP-1 / B-SIMP-1): asking for it with another kind is a programming error (RangeError) — call
 * checkSimplifiedProcedure first.
 */
export function dossierRequirements(r: DossierRequest): DossierRequirements {
  if (r.procedure === 'simplified' && r.kind !== 'dot-xuat') {
    throw new RangeError(`Thủ tục đơn giản chỉ áp dụng cho khen thưởng đột xuất (loại hình: ${r.kind}).`);
  }
  const x = r.procedure === 'simplified' ? simplifiedRow(r.regime) : row(r.target, r.regime);
  const warnings: Warning[] = [];
  const seen = new Set<string>();
  const flag = (rule: string, item: string, text: string) => {
    if (seen.has(rule + item)) return;
    seen.add(rule + item);
    warnings.push(unverifiedWarning(rule, item, text));
  };
  if (x.setsUnverified !== undefined) flag(x.rule, x.setsUnverified, `${x.sets} bộ hồ sơ`);
  if (x.rowUnverified !== undefined)
    flag(x.rule, x.rowUnverified, 'thành phần hồ sơ như hình thức gần nhất trong bảng hồ sơ');
  const items = x.items.map((i): DossierRequirement => {
    const unverified = i.unverified ?? x.rowUnverified ?? x.setsUnverified;
    const req: DossierRequirement = {
      code: i.code,
      label: DOSSIER_ITEMS[i.code],
      sets: x.sets,
      rule: x.rule,
      citation: i.citation ?? x.citation,
      confidence: i.confidence ?? x.confidence,
    };
    if (unverified !== undefined) req.unverified = unverified;
    if (i.note !== undefined) req.note = i.note;
    if (i.unverified !== undefined) flag(i.unverified, i.unverified, `${DOSSIER_ITEMS[i.code]} (thực tiễn)`);
    return req;
  });
  return { ...r, rule: x.rule, sets: x.sets, items, warnings };
}

export interface MissingDossierItem {
  code: DossierItemCode;
  label: string;
  sets: number;
  citation: Citation;
  text: string;
}

export interface DossierCheck {
  complete: boolean;
  missing: MissingDossierItem[];
  /** Provided codes the requirements do not list (kept, never an error). */
  extra: string[];
}

/** Which required items are missing from `provided` (codes of DOSSIER_ITEMS), with Vietnamese text. */
export function checkDossier(
  requirements: DossierRequirements | readonly DossierRequirement[],
  provided: readonly string[],
): DossierCheck {
  const items = 'items' in requirements ? requirements.items : requirements;
  const have = new Set(provided);
  const missing: MissingDossierItem[] = [];
  for (const i of items) {
    if (have.has(i.code)) continue;
    missing.push({
      code: i.code,
      label: i.label,
      sets: i.sets,
      citation: i.citation,
      text: reasonText('dossier-item-missing', { label: i.label, sets: i.sets }),
    });
  }
  const required = new Set<string>(items.map((i) => i.code));
  const extra = [...have].filter((c) => !required.has(c));
  return { complete: missing.length === 0, missing, extra };
}
