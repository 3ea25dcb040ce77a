// Demo data of one part of the yearly cycle (proposals and dossiers), written inside seedDemo's
// transaction after the organisation (agencies, units, people, groups, accounts) exists.
//
// Four proposals of the demo agency, in different states, each with its dated steps:
// - Bằng khen của Chủ tịch UBND tỉnh (achievements 2023–2024) for Nguyễn Thị Hằng and the head of Phòng
//   Quản lý Thương mại: sent 20/12/2024, complete dossier — on the pending board "chờ Chủ tịch UBND tỉnh".
// - Bằng khen của Thủ tướng for the Chi cục Quản lý thị trường (collective): sent 27/12/2024, 2 sets.
// - CSTĐ cấp tỉnh 2024 for Nguyễn Thị Hằng: returned 18/12/2024 (she holds CSTĐCS 2023 and 2024 only).
// - Giấy khen đột xuất 2025 (simplified procedure) for a market-control officer: a draft, dossier missing.
// The checklist rows are those dossierRequirements gives for the form and regime (B: Luật 2022); the files
// are short text files standing in for the scanned papers. No audit entries: the seed writes one.
import type { Transaction } from 'kysely';
import type { DB } from '../../schema.ts';
import type { DossierItemKind, ProposalStatus } from '../../schema-cycle.ts';
import { SEEDED_AT } from '../demo-data.ts';
import { createHash } from 'node:crypto';

type Trx = Transaction<DB>;

const LABELS: Record<DossierItemKind, string> = {
  'to-trinh': 'Tờ trình đề nghị khen thưởng',
  'danh-sach': 'Danh sách cá nhân, tập thể được đề nghị khen thưởng',
  'bao-cao-thanh-tich': 'Báo cáo thành tích có xác nhận của cấp trình khen thưởng',
  'bien-ban-hop': 'Biên bản họp Hội đồng Thi đua – Khen thưởng bình xét',
  'ket-qua-bo-phieu': 'Kết quả bỏ phiếu kín của Hội đồng Thi đua – Khen thưởng',
  'chung-nhan-sang-kien': 'Giấy chứng nhận sáng kiến, đề tài khoa học được công nhận',
  'xac-nhan': 'Văn bản xác nhận hiệu quả và phạm vi ảnh hưởng của sáng kiến, đề tài',
  'tom-tat-thanh-tich': 'Bản tóm tắt thành tích có xác nhận của thủ trưởng cơ quan, đơn vị',
  'cong-khai': 'Minh chứng đã công khai, lấy ý kiến trên phương tiện thông tin của bộ, tỉnh',
  khac: 'Tài liệu khác',
};

const at = (date: string, hour = 9): Date => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+07:00`);

export async function seedProposalsDemo(trx: Trx, homeAgencyId: number): Promise<void> {
  const people = await trx
    .selectFrom('people as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select([
      'p.id',
      'p.code',
      'p.full_name',
      'p.gender',
      'p.position',
      'u.code as unit_code',
      'u.name as unit_name',
    ])
    .where('p.agency_id', '=', homeAgencyId)
    .orderBy('p.code')
    .execute();
  const units = await trx
    .selectFrom('units')
    .select(['id', 'code', 'name'])
    .where('agency_id', '=', homeAgencyId)
    .execute();
  const officer = await trx
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'vanthu.tdkt')
    .executeTakeFirst();
  const userId = officer?.id ?? null;
  const hang = people.find((p) => p.full_name === 'Nguyễn Thị Hằng');
  const qltmHead = people.find((p) => p.unit_code === 'QLTM' && p.position === 'Trưởng phòng');
  const qlttStaff = people.find((p) => p.unit_code === 'CCQLTT' && !/trưởng/i.test(p.position ?? ''));
  const qltt = units.find((u) => u.code === 'CCQLTT');
  if (!hang || !qltmHead || !qlttStaff || !qltt) return;

  const title = (p: { gender: string; full_name: string }) =>
    `${p.gender === 'nu' ? 'Bà' : 'Ông'} ${p.full_name}`;
  const position = (p: { position: string | null; unit_name: string }) =>
    [p.position, p.unit_name].filter(Boolean).join(' ');

  async function file(name: string, text: string, on: string): Promise<number> {
    const content = Buffer.from(text, 'utf8');
    return (
      await trx
        .insertInto('files')
        .values({
          agency_id: homeAgencyId,
          name,
          mime: 'text/plain; charset=utf-8',
          size: content.length,
          sha256: createHash('sha256').update(content).digest('hex'),
          content,
          uploaded_by: userId,
          created_at: at(on, 10),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  }

  async function proposal(p: {
    year: number;
    kind: 'cong-trang' | 'dot-xuat';
    code: 'bang-khen-cap-tinh' | 'bang-khen-thu-tuong' | 'chien-si-thi-dua-cap-tinh' | 'giay-khen';
    authority: 'chu-tich-ubnd-tinh' | 'thu-tuong' | 'giam-doc-so';
    procedure?: 'simplified';
    title: string;
    from?: number;
    to?: number;
    status: ProposalStatus;
    returned?: string;
    sentOn?: string;
    sentTo?: string;
    candidates: {
      kind: 'person' | 'unit';
      id: number;
      name: string;
      positionTitle: string | null;
      summary: string;
    }[];
    items: { kind: DossierItemKind; sets: number; file?: [string, string] }[];
    steps: { to: ProposalStatus; on: string; reason?: string }[];
  }) {
    const last = p.steps.at(-1)!;
    const id = (
      await trx
        .insertInto('proposals')
        .values({
          agency_id: homeAgencyId,
          year: p.year,
          kind: p.kind,
          code: p.code,
          authority: p.authority,
          procedure: p.procedure ?? 'normal',
          regime: 'B',
          title: p.title,
          achievement_from: p.from ?? null,
          achievement_to: p.to ?? null,
          status: p.status,
          status_since: at(last.on),
          returned_reason: p.returned ?? null,
          sent_on: p.sentOn ?? null,
          sent_to: p.sentTo ?? null,
          created_by: userId,
          created_at: at(p.steps[0]!.on),
          updated_at: at(last.on),
          version: p.steps.length,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    await trx
      .insertInto('proposal_candidates')
      .values(
        p.candidates.map((c, i) => ({
          proposal_id: id,
          position: i + 1,
          subject_kind: c.kind,
          person_id: c.kind === 'person' ? c.id : null,
          unit_id: c.kind === 'unit' ? c.id : null,
          display_name: c.name,
          position_title: c.positionTitle,
          achievement_summary: c.summary,
        })),
      )
      .execute();
    for (const it of p.items) {
      const fileId = it.file ? await file(it.file[0], it.file[1], p.steps[0]!.on) : null;
      await trx
        .insertInto('dossier_items')
        .values({
          proposal_id: id,
          kind: it.kind,
          label: LABELS[it.kind],
          copies: it.sets,
          status: fileId ? 'uploaded' : 'missing',
          file_id: fileId,
          updated_at: at(last.on),
        })
        .execute();
    }
    let from: ProposalStatus | null = null;
    for (const s of p.steps) {
      await trx
        .insertInto('proposal_steps')
        .values({
          proposal_id: id,
          from_status: from,
          to_status: s.to,
          at: at(s.on, 15),
          on_date: s.on,
          user_id: userId,
          reason: s.reason ?? null,
        })
        .execute();
      from = s.to;
    }
  }

  const chain = (dates: [string, string, string, string, string, string], sentTo: string) => [
    { to: 'draft' as const, on: dates[0], reason: 'Lập trực tiếp' },
    { to: 'unit' as const, on: dates[1] },
    { to: 'officer-check' as const, on: dates[2] },
    { to: 'council' as const, on: dates[3] },
    { to: 'signing' as const, on: dates[4] },
    { to: 'sent' as const, on: dates[5], reason: `Gửi ${sentTo}` },
  ];

  const toUbnd = 'Ủy ban nhân dân tỉnh Gia Lai (qua Sở Nội vụ – Ban Thi đua – Khen thưởng)';
  await proposal({
    year: 2024,
    kind: 'cong-trang',
    code: 'bang-khen-cap-tinh',
    authority: 'chu-tich-ubnd-tinh',
    title: 'Đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh năm 2024',
    from: 2023,
    to: 2024,
    status: 'sent',
    sentOn: '2024-12-20',
    sentTo: toUbnd,
    candidates: [
      {
        kind: 'person',
        id: hang.id,
        name: title(hang),
        positionTitle: position(hang),
        summary:
          'Hai năm liên tục (2023, 2024) hoàn thành xuất sắc nhiệm vụ, đạt danh hiệu Chiến sĩ thi đua cơ sở; chủ trì tham mưu Chương trình xúc tiến thương mại năm 2024.',
      },
      {
        kind: 'person',
        id: qltmHead.id,
        name: title(qltmHead),
        positionTitle: position(qltmHead),
        summary:
          'Lãnh đạo phòng hoàn thành xuất sắc nhiệm vụ hai năm liên tục 2023, 2024; phòng đạt Tập thể lao động xuất sắc năm 2024.',
      },
    ],
    items: [
      {
        kind: 'to-trinh',
        sets: 1,
        file: [
          'to-trinh-bang-khen-ubnd-2024.txt',
          'Tờ trình số 412/TTr-SCT ngày 20/12/2024 đề nghị tặng Bằng khen của Chủ tịch UBND tỉnh.',
        ],
      },
      {
        kind: 'bao-cao-thanh-tich',
        sets: 1,
        file: [
          'bao-cao-thanh-tich-2023-2024.txt',
          'Báo cáo thành tích hai năm 2023–2024 của cá nhân đề nghị tặng Bằng khen, có xác nhận của Giám đốc Sở.',
        ],
      },
      {
        kind: 'bien-ban-hop',
        sets: 1,
        file: [
          'bien-ban-hoi-dong-12-12-2024.txt',
          'Biên bản họp Hội đồng Thi đua – Khen thưởng Sở ngày 12/12/2024.',
        ],
      },
    ],
    steps: chain(
      ['2024-12-02', '2024-12-05', '2024-12-09', '2024-12-12', '2024-12-16', '2024-12-20'],
      toUbnd,
    ),
  });

  const toTtcp =
    'Thủ tướng Chính phủ (qua Ủy ban nhân dân tỉnh Gia Lai và Ban Thi đua – Khen thưởng Trung ương)';
  await proposal({
    year: 2024,
    kind: 'cong-trang',
    code: 'bang-khen-thu-tuong',
    authority: 'thu-tuong',
    title: 'Đề nghị tặng Bằng khen của Thủ tướng Chính phủ cho Chi cục Quản lý thị trường',
    from: 2020,
    to: 2024,
    status: 'sent',
    sentOn: '2024-12-27',
    sentTo: toTtcp,
    candidates: [
      {
        kind: 'unit',
        id: qltt.id,
        name: qltt.name,
        positionTitle: null,
        summary:
          'Năm năm liên tục (2020–2024) hoàn thành xuất sắc nhiệm vụ; đấu tranh chống buôn lậu, gian lận thương mại và hàng giả có hiệu quả trên địa bàn tỉnh.',
      },
    ],
    items: [
      {
        kind: 'to-trinh',
        sets: 2,
        file: [
          'to-trinh-bang-khen-thu-tuong-2024.txt',
          'Tờ trình số 425/TTr-SCT ngày 27/12/2024 đề nghị tặng Bằng khen của Thủ tướng Chính phủ.',
        ],
      },
      {
        kind: 'bao-cao-thanh-tich',
        sets: 2,
        file: [
          'bao-cao-thanh-tich-chi-cuc-2020-2024.txt',
          'Báo cáo thành tích giai đoạn 2020–2024 của Chi cục Quản lý thị trường.',
        ],
      },
      {
        kind: 'bien-ban-hop',
        sets: 2,
        file: [
          'bien-ban-hoi-dong-19-12-2024.txt',
          'Biên bản họp Hội đồng Thi đua – Khen thưởng Sở ngày 19/12/2024.',
        ],
      },
    ],
    steps: chain(
      ['2024-12-10', '2024-12-12', '2024-12-16', '2024-12-19', '2024-12-23', '2024-12-27'],
      toTtcp,
    ),
  });

  await proposal({
    year: 2024,
    kind: 'cong-trang',
    code: 'chien-si-thi-dua-cap-tinh',
    authority: 'chu-tich-ubnd-tinh',
    title: 'Đề nghị tặng danh hiệu Chiến sĩ thi đua cấp tỉnh năm 2024',
    from: 2022,
    to: 2024,
    status: 'returned',
    returned:
      'Chưa đủ 03 năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (mới đạt năm 2023 và 2024); đề nghị lại khi đủ điều kiện.',
    candidates: [
      {
        kind: 'person',
        id: hang.id,
        name: title(hang),
        positionTitle: position(hang),
        summary: 'Chiến sĩ thi đua cơ sở năm 2023, 2024; sáng kiến cấp cơ sở năm 2024.',
      },
    ],
    items: [
      { kind: 'to-trinh', sets: 1 },
      { kind: 'bao-cao-thanh-tich', sets: 1 },
      { kind: 'bien-ban-hop', sets: 1 },
      { kind: 'chung-nhan-sang-kien', sets: 1 },
      { kind: 'xac-nhan', sets: 1 },
      { kind: 'ket-qua-bo-phieu', sets: 1 },
    ],
    steps: [
      { to: 'draft', on: '2024-12-03', reason: 'Lập trực tiếp' },
      { to: 'unit', on: '2024-12-06' },
      { to: 'officer-check', on: '2024-12-10' },
      {
        to: 'returned',
        on: '2024-12-18',
        reason:
          'Chưa đủ 03 năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở (mới đạt năm 2023 và 2024); đề nghị lại khi đủ điều kiện.',
      },
    ],
  });

  const seeded = SEEDED_AT.toISOString().slice(0, 10);
  await proposal({
    year: 2025,
    kind: 'dot-xuat',
    code: 'giay-khen',
    authority: 'giam-doc-so',
    procedure: 'simplified',
    title: 'Đề nghị tặng Giấy khen đột xuất năm 2025',
    from: 2025,
    to: 2025,
    status: 'draft',
    candidates: [
      {
        kind: 'person',
        id: qlttStaff.id,
        name: title(qlttStaff),
        positionTitle: position(qlttStaff),
        summary:
          'Phát hiện, bắt giữ kịp thời vụ vận chuyển 12 tấn đường cát nhập lậu trên Quốc lộ 19 ngày 28/12/2024.',
      },
    ],
    items: [
      { kind: 'to-trinh', sets: 1 },
      { kind: 'tom-tat-thanh-tich', sets: 1 },
    ],
    steps: [{ to: 'draft', on: seeded, reason: 'Lập trực tiếp' }],
  });
}
