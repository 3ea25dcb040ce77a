// Excel import of past titles and awards (how an agency starts with tdkt), run as a job: read → check every
// row (the person by mã cán bộ or họ tên + ngày sinh, the title/form, the year, the decision's number, date
// and authority, no duplicate of what the history already holds) → report every bad row and column in
// Vietnamese → write all rows or none in ONE transaction: one 'imported' decision per (title, year, number,
// date, authority), its recipients the people of those rows. The history, and so the engine, reads them at once.
import { writeAudit } from '../../../../../packages/db/src/audit.ts';
import * as jobsRepo from '../../../../../packages/db/src/repositories/jobs.ts';
import * as repo from '../../../../../packages/db/src/repositories/decisions.ts';
import type { Authority } from '../../../../../packages/db/src/schema-cycle.ts';
import { TARGET_SHORT } from '../../../../../packages/domain/src/eligibility/messages/vi.ts';
import type { TargetCode } from '../../../../../packages/domain/src/eligibility/types.ts';
import { foldDiacritics, parseDateVi } from '../../../../../packages/domain/src/text/vietnamese.ts';
import {
  awardHistoryColumnPosition,
  DEFAULT_AUTHORITY,
  parseAuthority,
  parseAward,
  readAwardHistoryWorkbook,
  type AwardHistoryColumnKey,
  type AwardHistorySheetIssue,
} from '../../../../../packages/spreadsheets/src/award-history.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Ctx } from '../../context.ts';
import type { JobHandler, JobRunner } from '../jobs/runner.ts';
import { importFailed, queueXlsxImport, type XlsxImportParams } from '../jobs/xlsx-import.ts';
import { writeAgency } from './service.ts';

export const AWARD_HISTORY_IMPORT_JOB = 'award-history-import';

export async function queueHistoryImport(
  ctx: Ctx,
  actor: Actor,
  runner: JobRunner,
  agencyId: number | undefined,
  file: { name: string; content: Buffer },
  maxYear: number,
): Promise<number> {
  const id = writeAgency(actor, agencyId);
  return queueXlsxImport(ctx, actor, runner, {
    kind: AWARD_HISTORY_IMPORT_JOB,
    agencyId: id,
    file,
    extra: { maxYear },
  });
}

type Params = XlsxImportParams & { maxYear: number };

interface GoodRow {
  row: number;
  personId: number;
  name: string;
  position: string | null;
  code: TargetCode;
  year: number;
  number: string | null;
  symbol: string | null;
  decidedOn: string | null;
  authority: Authority;
}

export const historyImportHandler: JobHandler = async (ctx, job, progress) => {
  const p = job.params as Params;
  const content = await jobsRepo.fileContent(ctx.db, p.fileId);
  if (!content) return importFailed([], 'Không tìm thấy tệp đã tải lên.');
  await progress(0, null, 'Đang đọc tệp…');
  const sheet = await readAwardHistoryWorkbook(Buffer.from(content));
  if (sheet.issues.length) return importFailed(sheet.issues);
  if (sheet.rows.length === 0) return importFailed([], 'Tệp không có dòng dữ liệu nào (từ dòng 2).');
  const total = sheet.rows.length;
  await progress(0, total, `Đã đọc ${total} dòng; đang kiểm tra…`);

  const people = await repo.peopleForMatching(ctx.db, p.agencyId);
  const byCode = new Map(people.map((x) => [x.code.toLowerCase(), x]));
  const existing = await ctx.db
    .selectFrom('award_history')
    .select(['person_id', 'code', 'year'])
    .where('status', '=', 'granted')
    .where('person_id', 'in', people.length ? people.map((x) => x.id) : [0])
    .execute();
  const held = new Set(existing.map((h) => `${h.person_id}:${h.code}:${h.year}`));

  const issues: AwardHistorySheetIssue[] = [];
  const at = (row: number, k: AwardHistoryColumnKey, message: string) => {
    const c = awardHistoryColumnPosition(k, sheet.positions);
    issues.push({
      row,
      column: c.letter,
      columnName: c.name,
      message: `Dòng ${row}${c.letter ? `, cột ${c.letter}` : ''} (${c.name}): ${message}`,
    });
  };
  const good: GoodRow[] = [];
  const inFile = new Map<string, number>();
  for (const r of sheet.rows) {
    const c = r.cells;
    let person: (typeof people)[number] | undefined;
    if (c.code) {
      person = byCode.get(c.code.toLowerCase());
      if (!person) at(r.row, 'code', `Không có cán bộ mã ${c.code} trong cơ quan.`);
    } else if (c.fullName) {
      const birth = c.birthDate ? parseDateVi(c.birthDate) : null;
      if (!c.birthDate) at(r.row, 'birthDate', 'Không có mã cán bộ thì phải ghi ngày sinh (dd/mm/yyyy).');
      else if (!birth) at(r.row, 'birthDate', `Ngày sinh "${c.birthDate}" không đúng dạng dd/mm/yyyy.`);
      else {
        const folded = foldDiacritics(c.fullName);
        const found = people.filter((x) => x.search_text === folded && x.birth_date === birth);
        if (found.length === 0)
          at(r.row, 'fullName', `Không có cán bộ "${c.fullName}" sinh ngày ${c.birthDate} trong cơ quan.`);
        else if (found.length > 1)
          at(
            r.row,
            'fullName',
            `Có ${found.length} cán bộ "${c.fullName}" cùng ngày sinh; hãy ghi mã cán bộ.`,
          );
        else person = found[0];
      }
    } else at(r.row, 'code', 'Thiếu mã cán bộ (hoặc họ tên và ngày sinh).');

    let code: TargetCode | null = null;
    if (!c.award) at(r.row, 'award', 'Thiếu danh hiệu/hình thức khen thưởng.');
    else {
      code = parseAward(c.award);
      if (!code)
        at(
          r.row,
          'award',
          `"${c.award}" không phải danh hiệu/hình thức khen thưởng đã biết (ví dụ: LĐTT, CSTĐCS, Bằng khen cấp tỉnh).`,
        );
      else if (code.startsWith('tap-the-') || code.startsWith('co-thi-dua'))
        at(r.row, 'award', `${TARGET_SHORT[code]} là danh hiệu của tập thể, không nhập cho cá nhân.`);
    }
    let year: number | null = null;
    if (!c.year) at(r.row, 'year', 'Thiếu năm.');
    else if (!/^\d{4}$/.test(c.year) || Number(c.year) < 1945 || Number(c.year) > p.maxYear)
      at(r.row, 'year', `Năm "${c.year}" phải là năm có 4 chữ số, từ 1945 đến ${p.maxYear}.`);
    else year = Number(c.year);
    let decidedOn: string | null = null;
    if (c.decidedOn) {
      decidedOn = parseDateVi(c.decidedOn);
      if (!decidedOn) at(r.row, 'decidedOn', `Ngày quyết định "${c.decidedOn}" không đúng dạng dd/mm/yyyy.`);
      else if (year !== null && Number(decidedOn.slice(0, 4)) < year)
        at(r.row, 'decidedOn', `Ngày quyết định ${c.decidedOn} trước năm thành tích ${year}.`);
    }
    let number: string | null = null;
    let symbol: string | null = null;
    if (c.number) {
      const m = /^(?:số\s*)?([^/\s]+)\s*(?:\/\s*(.+))?$/i.exec(c.number);
      if (!m || m[1]!.length > 30)
        at(r.row, 'number', `Số quyết định "${c.number}" không hợp lệ (ví dụ: 215/QĐ-UBND).`);
      else {
        number = m[1]!;
        symbol = m[2]?.trim() || null;
      }
    }
    let authority: Authority | null = code ? DEFAULT_AUTHORITY[code] : null;
    if (c.authority) {
      authority = parseAuthority(c.authority);
      if (!authority)
        at(
          r.row,
          'authority',
          `"${c.authority}" không phải cấp quyết định đã biết (Giám đốc Sở, Chủ tịch UBND tỉnh, Bộ trưởng, Thủ tướng Chính phủ, Chủ tịch nước).`,
        );
    }
    if (!person || !code || year === null || !authority) continue;
    const key = `${person.id}:${code}:${year}`;
    const dup = inFile.get(key);
    if (dup) {
      at(r.row, 'award', `${person.full_name} đã có ${TARGET_SHORT[code]} năm ${year} ở dòng ${dup}.`);
      continue;
    }
    inFile.set(key, r.row);
    if (held.has(key)) {
      at(
        r.row,
        'award',
        `${person.full_name} đã có ${TARGET_SHORT[code]} năm ${year} trong quá trình khen thưởng.`,
      );
      continue;
    }
    good.push({
      row: r.row,
      personId: person.id,
      name: person.full_name,
      position: person.position,
      code,
      year,
      number,
      symbol,
      decidedOn,
      authority,
    });
  }
  if (issues.length) return importFailed(issues);
  await progress(0, total, `Tệp hợp lệ; đang ghi ${total} dòng…`);

  const groups = new Map<string, GoodRow[]>();
  for (const g of good) {
    const k = [g.code, g.year, g.number ?? '', g.symbol ?? '', g.decidedOn ?? '', g.authority].join('|');
    groups.set(k, [...(groups.get(k) ?? []), g]);
  }
  await ctx.db.transaction().execute(async (trx) => {
    for (const rows of groups.values()) {
      const f = rows[0]!;
      await repo.insertDecision(
        trx,
        {
          agency_id: p.agencyId,
          source: 'imported',
          authority: f.authority,
          issuer_name: null,
          number: f.number,
          symbol: f.symbol,
          decided_on: f.decidedOn,
          year: f.decidedOn ? Number(f.decidedOn.slice(0, 4)) : f.year,
          kind: 'cong-trang',
          code: f.code,
          other_name: null,
          achievement_from: f.year,
          achievement_to: f.year,
          proposal_id: null,
          document_id: null,
          file_id: null,
        },
        rows.map((r) => ({
          subject_kind: 'person' as const,
          person_id: r.personId,
          unit_id: null,
          agency_id: null,
          display_name: r.name,
          position_title: r.position,
          achievement_from: null,
          achievement_to: null,
          proposal_candidate_id: null,
          reward_amount: null,
        })),
      );
    }
    await writeAudit(trx, {
      userId: p.actor.userId,
      username: p.actor.username,
      action: 'import',
      entity: 'decisions',
      entityId: null,
      agencyId: p.agencyId,
      summary: `Nhập quá trình khen thưởng từ Excel (${p.fileName}): ${good.length} dòng, ${groups.size} quyết định`,
      before: null,
      after: { rows: good.length, decisions: groups.size, fileId: p.fileId },
    });
  });
  await progress(total, total, 'Đã ghi xong.');
  return {
    status: 'succeeded',
    message: `Đã nhập ${good.length} danh hiệu/hình thức khen thưởng của ${new Set(good.map((g) => g.personId)).size} cán bộ (${groups.size} quyết định).`,
    result: { rows: good.length, decisions: groups.size },
  };
};
