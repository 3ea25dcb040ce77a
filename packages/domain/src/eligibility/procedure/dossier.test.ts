// A-DOS-1, A-DOS-2 (and rules.md §9.5 column B: B-DOS-1, B-DOS-2), simplified dossiers (A-SIMP-1, B-SIMP-1).
import { describe, expect, it } from 'vitest';
import { formatCitation } from '../citation.ts';
import { TARGETS, type AwardKind, type RegimeId } from '../types.ts';
import { checkDossier, DOSSIER_ITEMS, dossierRequirements, type DossierItemCode } from './dossier.ts';
import type { PublicityTarget } from './publicity.ts';

const cases: {
  name: string;
  target: PublicityTarget;
  regime: RegimeId;
  kind?: AwardKind;
  procedure?: 'normal' | 'simplified';
  rule: string;
  sets: number;
  items: DossierItemCode[];
  unverified?: boolean;
}[] = [
  {
    name: 'A-DOS-1: LĐTT — 1 set, tờ trình + báo cáo + biên bản',
    target: 'lao-dong-tien-tien',
    regime: 'A',
    rule: 'A-DOS-1',
    sets: 1,
    items: ['to-trinh', 'bao-cao-thanh-tich', 'bien-ban-hop'],
  },
  {
    name: 'A-DOS-1: CSTĐCS adds the initiative certificate',
    target: 'chien-si-thi-dua-co-so',
    regime: 'A',
    rule: 'A-DOS-1',
    sets: 1,
    items: ['to-trinh', 'bao-cao-thanh-tich', 'bien-ban-hop', 'xac-nhan-sang-kien'],
  },
  {
    name: 'A-DOS-1: CSTĐ cấp tỉnh adds the initiative certificate',
    target: 'chien-si-thi-dua-cap-tinh',
    regime: 'A',
    rule: 'A-DOS-1',
    sets: 1,
    items: ['to-trinh', 'bao-cao-thanh-tich', 'bien-ban-hop', 'xac-nhan-sang-kien'],
  },
  {
    name: 'B-DOS-1: CSTĐ cấp tỉnh adds scope and the secret-ballot result (MEDIUM)',
    target: 'chien-si-thi-dua-cap-tinh',
    regime: 'B',
    rule: 'B-DOS-1',
    sets: 1,
    items: [
      'to-trinh',
      'bao-cao-thanh-tich',
      'bien-ban-hop',
      'xac-nhan-sang-kien',
      'xac-nhan-pham-vi-anh-huong',
      'ket-qua-bo-phieu-kin',
    ],
  },
  {
    name: 'A-DOS-2: CSTĐ toàn quốc — 2 sets, ballot, scope, consultation',
    target: 'chien-si-thi-dua-toan-quoc',
    regime: 'A',
    rule: 'A-DOS-2',
    sets: 2,
    items: [
      'to-trinh',
      'bao-cao-thanh-tich',
      'bien-ban-hop',
      'ket-qua-bo-phieu-kin',
      'xac-nhan-pham-vi-anh-huong',
      'cong-khai',
    ],
  },
  {
    name: 'B-DOS-2: CSTĐ toàn quốc — publicity in practice, flagged',
    target: 'chien-si-thi-dua-toan-quoc',
    regime: 'B2',
    rule: 'B-DOS-2',
    sets: 2,
    items: [
      'to-trinh',
      'bao-cao-thanh-tich',
      'bien-ban-hop',
      'ket-qua-bo-phieu-kin',
      'xac-nhan-pham-vi-anh-huong',
      'cong-khai',
    ],
    unverified: true,
  },
  {
    name: 'A: Bằng khen cấp tỉnh chuyên đề — 1 set',
    target: 'bang-khen-cap-tinh',
    regime: 'A',
    kind: 'chuyen-de',
    rule: 'A-DOS-1',
    sets: 1,
    items: ['to-trinh', 'bao-cao-thanh-tich', 'bien-ban-hop'],
  },
  {
    name: 'A: Bằng khen Thủ tướng — 2 sets',
    target: 'bang-khen-thu-tuong',
    regime: 'A',
    rule: 'A-DOS-1',
    sets: 2,
    items: ['to-trinh', 'bao-cao-thanh-tich', 'bien-ban-hop'],
  },
  {
    name: 'B: Cờ thi đua Chính phủ — 2 sets UNVERIFIED (U14)',
    target: 'co-thi-dua-chinh-phu',
    regime: 'B',
    rule: 'B-DOS-1',
    sets: 2,
    items: ['to-trinh', 'bao-cao-thanh-tich', 'bien-ban-hop'],
    unverified: true,
  },
  {
    name: 'A: HCLĐ hạng Ba — 3 sets + public consultation',
    target: 'huan-chuong-lao-dong-hang-ba',
    regime: 'A',
    rule: 'A-DOS-1',
    sets: 3,
    items: ['to-trinh', 'bao-cao-thanh-tich', 'bien-ban-hop', 'cong-khai'],
  },
  {
    name: 'B: HCLĐ hạng Nhì — 3 sets (U14) + 10-day publicity',
    target: 'huan-chuong-lao-dong-hang-nhi',
    regime: 'B',
    rule: 'B-DOS-1',
    sets: 3,
    items: ['to-trinh', 'bao-cao-thanh-tich', 'bien-ban-hop', 'cong-khai'],
    unverified: true,
  },
  {
    name: 'B: Giấy khen — as Bằng khen, UNVERIFIED (U6)',
    target: 'giay-khen',
    regime: 'B',
    rule: 'B-DOS-1',
    sets: 1,
    items: ['to-trinh', 'bao-cao-thanh-tich', 'bien-ban-hop'],
    unverified: true,
  },
  {
    name: 'A-SIMP-1: đột xuất, simplified — tờ trình + list + summary',
    target: 'bang-khen-cap-tinh',
    regime: 'A',
    kind: 'dot-xuat',
    procedure: 'simplified',
    rule: 'A-SIMP-1',
    sets: 1,
    items: ['to-trinh', 'danh-sach', 'tom-tat-thanh-tich'],
    unverified: true,
  },
  {
    name: 'B-SIMP-1: đột xuất, simplified — tờ trình + summary',
    target: 'giay-khen',
    regime: 'B',
    kind: 'dot-xuat',
    procedure: 'simplified',
    rule: 'B-SIMP-1',
    sets: 1,
    items: ['to-trinh', 'tom-tat-thanh-tich'],
    unverified: true,
  },
];

describe('dossierRequirements', () => {
  it.each(cases)('$name', (c) => {
    const r = dossierRequirements({
      target: c.target,
      regime: c.regime,
      kind: c.kind ?? 'cong-trang',
      procedure: c.procedure ?? 'normal',
    });
    expect(r.rule).toBe(c.rule);
    expect(r.sets).toBe(c.sets);
    expect(r.items.map((i) => i.code)).toEqual(c.items);
    for (const i of r.items) {
      expect(i.label).toBe(DOSSIER_ITEMS[i.code]);
      expect(i.sets).toBe(c.sets);
    }
    expect(r.warnings.length > 0).toBe(c.unverified === true);
    if (c.unverified) expect(r.warnings.every((w) => w.code === 'unverified-rule')).toBe(true);
  });

  it('every target of the engine has a dossier under every regime', () => {
    for (const regime of ['A', 'B', 'B2'] as const)
      for (const target of TARGETS)
        expect(
          dossierRequirements({ target, regime, kind: 'cong-trang', procedure: 'normal' }).items.length,
        ).toBeGreaterThan(2);
  });

  it('cites ND 91/2017 Art. 50 (A-DOS-1), Art. 49 (A-DOS-2), Law 06/2022 Art. 84 (B), the publicity article for cong-khai', () => {
    const cite = (t: PublicityTarget, regime: RegimeId, code: DossierItemCode) =>
      formatCitation(
        dossierRequirements({ target: t, regime, kind: 'cong-trang', procedure: 'normal' }).items.find(
          (i) => i.code === code,
        )!.citation,
        'short',
      );
    expect(cite('lao-dong-tien-tien', 'A', 'to-trinh')).toBe('Điều 50 NĐ 91/2017');
    expect(cite('chien-si-thi-dua-toan-quoc', 'A', 'ket-qua-bo-phieu-kin')).toBe('Điều 49 NĐ 91/2017');
    expect(cite('lao-dong-tien-tien', 'B', 'to-trinh')).toBe('Điều 84 Luật TĐKT 2022');
    expect(cite('huan-chuong-lao-dong-hang-ba', 'B2', 'cong-khai')).toBe('khoản 3 Điều 60 NĐ 152/2025');
  });

  it('a simplified procedure for a kind other than đột xuất is refused', () => {
    expect(() =>
      dossierRequirements({
        target: 'bang-khen-cap-tinh',
        regime: 'B',
        kind: 'cong-trang',
        procedure: 'simplified',
      }),
    ).toThrow(/đột xuất/);
  });

  it('the B CSTĐCS initiative certificate notes that the HTXSNV route does not need it', () => {
    const i = dossierRequirements({
      target: 'chien-si-thi-dua-co-so',
      regime: 'B',
      kind: 'cong-trang',
      procedure: 'normal',
    }).items.find((x) => x.code === 'xac-nhan-sang-kien');
    expect(i?.note).toMatch(/Hoàn thành xuất sắc/);
  });
});

describe('checkDossier', () => {
  const req = dossierRequirements({
    target: 'chien-si-thi-dua-toan-quoc',
    regime: 'A',
    kind: 'cong-trang',
    procedure: 'normal',
  });
  it.each([
    {
      name: 'complete dossier → nothing missing',
      provided: [
        'to-trinh',
        'bao-cao-thanh-tich',
        'bien-ban-hop',
        'ket-qua-bo-phieu-kin',
        'xac-nhan-pham-vi-anh-huong',
        'cong-khai',
      ],
      missing: [] as string[],
    },
    {
      name: 'no secret-ballot result → it is missing',
      provided: ['cong-khai', 'to-trinh', 'bao-cao-thanh-tich', 'bien-ban-hop', 'xac-nhan-pham-vi-anh-huong'],
      missing: ['ket-qua-bo-phieu-kin'],
    },
    {
      name: 'empty dossier → everything missing',
      provided: [],
      missing: [
        'to-trinh',
        'bao-cao-thanh-tich',
        'bien-ban-hop',
        'ket-qua-bo-phieu-kin',
        'xac-nhan-pham-vi-anh-huong',
        'cong-khai',
      ],
    },
  ])('$name', (c) => {
    const r = checkDossier(req, c.provided);
    expect(r.missing.map((m) => m.code)).toEqual(c.missing);
    expect(r.complete).toBe(c.missing.length === 0);
  });

  it('says in Vietnamese what is missing and accepts the plain list of items; unknown codes are reported as extra', () => {
    const r = checkDossier(req.items, ['to-trinh', 'ban-sao-cmnd']);
    expect(r.missing[0]?.text).toBe(
      'Hồ sơ thiếu: Báo cáo thành tích có xác nhận của cấp trình khen thưởng (2 bộ).',
    );
    expect(r.extra).toEqual(['ban-sao-cmnd']);
  });
});
