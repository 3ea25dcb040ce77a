// Demo data of one part of the yearly cycle: the demo agency's past decisions and so its award history
// (2022–2024), written inside seedDemo's transaction after the organisation exists. Every year the Giám đốc
// Sở recognises LĐTT for most staff and CSTĐCS for a few, Tập thể LĐTT for the units, and gives some Giấy
// khen; the Chủ tịch UBND tỉnh gave a Bằng khen (achievements 2022–2023) and Tập thể LĐXS to units. Nguyễn
// Thị Hằng (hang.nt, CB028) holds CSTĐCS 2023 and 2024, so her forecast names CSTĐ cấp tỉnh; one 2022 LĐTT
// was later annulled (kept in the history, struck through, never counted). Deterministic: picks by code.
import type { Transaction } from 'kysely';
import type { DB } from '../../schema.ts';
import type { AwardCodeOrOther, Authority } from '../../schema-cycle.ts';

type Trx = Transaction<DB>;
interface Person {
  id: number;
  code: string;
  full_name: string;
  position: string | null;
  unit_code: string;
  category: string;
  start_date: string | null;
}

const CSTDCS: Record<number, string[]> = {
  2022: ['CB026', 'CB017', 'CB039', 'CB005'],
  2023: ['CB028', 'CB026', 'CB021', 'CB040'],
  2024: ['CB028', 'CB013', 'CB021', 'CB033', 'CB041'],
};
const GIAY_KHEN: Record<number, string[]> = {
  2023: ['CB029', 'CB034', 'CB044'],
  2024: ['CB018', 'CB030', 'CB045', 'CB007'],
};
/** LĐTT not given that year (KHTNV/HTNV, leave, newly arrived…), besides those who joined after 30/6. */
const NOT_LDTT: Record<number, string[]> = {
  2022: ['CB011', 'CB024', 'CB047'],
  2023: ['CB012', 'CB036', 'CB049'],
  2024: ['CB010', 'CB025', 'CB048'],
};
const DATES: Record<number, { ldtt: [string, string]; tt: [string, string]; gk: [string, string] }> = {
  2022: { ldtt: ['198', '2022-12-28'], tt: ['199', '2022-12-28'], gk: ['200', '2022-12-28'] },
  2023: { ldtt: ['215', '2023-12-27'], tt: ['216', '2023-12-27'], gk: ['217', '2023-12-27'] },
  2024: { ldtt: ['231', '2024-12-26'], tt: ['232', '2024-12-26'], gk: ['233', '2024-12-26'] },
};

export async function seedHistoryDemo(trx: Trx, homeAgencyId: number): Promise<void> {
  const agency = await trx
    .selectFrom('agencies')
    .select(['name', 'symbol', 'place_name'])
    .where('id', '=', homeAgencyId)
    .executeTakeFirstOrThrow();
  const people: Person[] = await trx
    .selectFrom('people as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select([
      'p.id',
      'p.code',
      'p.full_name',
      'p.position',
      'u.code as unit_code',
      'p.category',
      'p.start_date',
    ])
    .where('p.agency_id', '=', homeAgencyId)
    .orderBy('p.code')
    .execute();
  const units = await trx
    .selectFrom('units')
    .select(['id', 'code', 'name'])
    .where('agency_id', '=', homeAgencyId)
    .orderBy('sort_order')
    .execute();
  const byCode = new Map(people.map((p) => [p.code, p]));
  const director = people.find((p) => p.position === 'Giám đốc' && p.unit_code === 'BGD');
  const symbol = `QĐ-${agency.symbol ?? 'SCT'}`;
  const stamp = {
    created_at: new Date('2025-01-02T01:00:00.000Z'),
    updated_at: new Date('2025-01-02T01:00:00.000Z'),
  };

  const person = (code: string): Person => {
    const p = byCode.get(code);
    if (!p) throw new Error(`seed history: no person ${code}`);
    return p;
  };

  async function decision(d: {
    source: 'own' | 'received';
    authority: Authority;
    issuer: string;
    number: string;
    symbol: string;
    decidedOn: string;
    code: AwardCodeOrOther;
    from: number;
    to: number;
    title?: string;
    recipients: ({ kind: 'person'; p: Person } | { kind: 'unit'; id: number; name: string })[];
  }): Promise<number> {
    let documentId: number | null = null;
    if (d.source === 'own') {
      const doc = await trx
        .insertInto('outgoing_documents')
        .values({
          agency_id: homeAgencyId,
          year: Number(d.decidedOn.slice(0, 4)),
          kind: 'quyet-dinh',
          number: d.number,
          symbol: d.symbol,
          place_name: agency.place_name,
          issued_on: d.decidedOn,
          title: d.title ?? '',
          legal_basis: 'Xét đề nghị của Hội đồng Thi đua – Khen thưởng Sở',
          signer_line: 'GIÁM ĐỐC',
          signer_title: 'Giám đốc',
          signer_name: director?.full_name ?? null,
          signer_person_id: director?.id ?? null,
          recipients: JSON.stringify(['Ban Thi đua – Khen thưởng tỉnh']),
          status: 'issued',
          ...stamp,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      documentId = doc.id;
    }
    const row = await trx
      .insertInto('decisions')
      .values({
        agency_id: homeAgencyId,
        source: d.source,
        authority: d.authority,
        issuer_name: d.issuer,
        number: d.number,
        symbol: d.symbol,
        decided_on: d.decidedOn,
        year: Number(d.decidedOn.slice(0, 4)),
        kind: 'cong-trang',
        code: d.code,
        achievement_from: d.from,
        achievement_to: d.to,
        document_id: documentId,
        ...stamp,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('decision_recipients')
      .values(
        d.recipients.map((r, i) =>
          r.kind === 'person'
            ? {
                decision_id: row.id,
                position: i + 1,
                subject_kind: 'person' as const,
                person_id: r.p.id,
                display_name: r.p.full_name,
                position_title: r.p.position,
              }
            : {
                decision_id: row.id,
                position: i + 1,
                subject_kind: 'unit' as const,
                unit_id: r.id,
                display_name: r.name,
              },
        ),
      )
      .execute();
    return row.id;
  }

  const own = { source: 'own' as const, authority: 'giam-doc-so' as const, issuer: agency.name, symbol };
  let annulTarget: { decisionId: number; personId: number } | null = null;
  for (const year of [2022, 2023, 2024]) {
    const dates = DATES[year]!;
    const cstdcs = CSTDCS[year]!.map(person);
    const excluded = new Set(NOT_LDTT[year]!);
    const ldtt = people.filter(
      (p) =>
        p.category !== 'hop-dong' &&
        !excluded.has(p.code) &&
        (p.start_date === null || p.start_date <= `${year}-06-30`),
    );
    const ldttId = await decision({
      ...own,
      number: dates.ldtt[0],
      decidedOn: dates.ldtt[1],
      code: 'lao-dong-tien-tien',
      from: year,
      to: year,
      title: `Về việc công nhận danh hiệu “Lao động tiên tiến” năm ${year}`,
      recipients: ldtt.map((p) => ({ kind: 'person', p })),
    });
    if (year === 2022) {
      const p = ldtt.find((x) => x.code === 'CB016');
      if (p) annulTarget = { decisionId: ldttId, personId: p.id };
    }
    await decision({
      ...own,
      number: String(Number(dates.ldtt[0]) + 10),
      decidedOn: dates.ldtt[1],
      code: 'chien-si-thi-dua-co-so',
      from: year,
      to: year,
      title: `Về việc công nhận danh hiệu “Chiến sĩ thi đua cơ sở” năm ${year}`,
      recipients: cstdcs.map((p) => ({ kind: 'person', p })),
    });
    await decision({
      ...own,
      number: dates.tt[0],
      decidedOn: dates.tt[1],
      code: 'tap-the-lao-dong-tien-tien',
      from: year,
      to: year,
      title: `Về việc công nhận danh hiệu “Tập thể lao động tiên tiến” năm ${year}`,
      recipients: units
        .filter((u) => u.code !== 'BGD' && !(year === 2022 && u.code === 'TTRA'))
        .map((u) => ({ kind: 'unit', id: u.id, name: u.name })),
    });
    const gk = GIAY_KHEN[year];
    if (gk)
      await decision({
        ...own,
        number: dates.gk[0],
        decidedOn: dates.gk[1],
        code: 'giay-khen',
        from: year,
        to: year,
        title: `Về việc tặng Giấy khen năm ${year}`,
        recipients: gk.map((c) => ({ kind: 'person', p: person(c) })),
      });
  }

  // Tập thể LĐXS (Chủ tịch UBND tỉnh) for the units with the best years.
  const unit = (code: string) => {
    const u = units.find((x) => x.code === code);
    if (!u) throw new Error(`seed history: no unit ${code}`);
    return { kind: 'unit' as const, id: u.id, name: u.name };
  };
  const province = {
    source: 'received' as const,
    authority: 'chu-tich-ubnd-tinh' as const,
    issuer: 'UBND tỉnh Gia Lai',
    symbol: 'QĐ-UBND',
  };
  await decision({
    ...province,
    number: '286',
    decidedOn: '2024-03-12',
    code: 'tap-the-lao-dong-xuat-sac',
    from: 2023,
    to: 2023,
    recipients: [unit('QLTM')],
  });
  await decision({
    ...province,
    number: '305',
    decidedOn: '2025-03-18',
    code: 'tap-the-lao-dong-xuat-sac',
    from: 2024,
    to: 2024,
    recipients: [unit('QLTM'), unit('TTKC')],
  });
  // Bằng khen của Chủ tịch UBND tỉnh for two consecutive CSTĐCS years (2022–2023).
  await decision({
    ...province,
    number: '412',
    decidedOn: '2024-04-15',
    code: 'bang-khen-cap-tinh',
    from: 2022,
    to: 2023,
    recipients: [{ kind: 'person', p: person('CB026') }],
  });

  // One award annulled later: kept in the history with its date and reason, no longer counted.
  if (annulTarget)
    await trx
      .updateTable('decision_recipients')
      .set({
        status: 'annulled',
        annulled_on: '2023-05-10',
        annulled_reason:
          'Thu hồi theo Quyết định số 52/QĐ-SCT ngày 10/05/2023: vi phạm trong năm 2022 được phát hiện sau khi khen thưởng',
      })
      .where('decision_id', '=', annulTarget.decisionId)
      .where('person_id', '=', annulTarget.personId)
      .execute();
}
