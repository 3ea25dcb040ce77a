import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../../../../packages/db/src/testing.ts';
import { inspectDocx } from '../../../../../packages/documents/src/inspect-docx.ts';
import { convertToPdf, findLibreOffice, pdfInfo } from '../../../../../packages/documents/src/pdf.ts';
import { buildAgency, buildUnit, buildUser } from '../../testing/factories.ts';
import { login, openTestApp, type Client, type TestEnv } from '../../testing/http.ts';

describe(`the agency's covenant as a document: BẢN GIAO ƯỚC THI ĐUA (${testEngine()})`, () => {
  let env: TestEnv;
  let officer: Client;
  let id: number;

  beforeAll(async () => {
    env = await openTestApp({ loginRateMax: 1000 });
    const db = env.database.db;
    const agencyId = (await buildAgency(db, { name: 'Sở Công Thương' })).id;
    await db
      .updateTable('agencies')
      .set({ parent_name: 'UBND tỉnh Gia Lai', place_name: 'Gia Lai', symbol: 'SCT' })
      .where('id', '=', agencyId)
      .execute();
    const units = [
      await buildUnit(db, { agencyId, name: 'Văn phòng', code: 'VP' }),
      await buildUnit(db, { agencyId, name: 'Phòng Quản lý thương mại', code: 'QLTM' }),
      await buildUnit(db, { agencyId, name: 'Chi cục Quản lý thị trường', code: 'QLTT' }),
    ];
    const o = await buildUser(db, { role: 'officer', agencyId });
    officer = await login(env.app, o.username, o.password);
    const r = await officer.post('/api/covenants', {
      year: 2025,
      title: 'Giao ước thi đua năm 2025 giữa các phòng, đơn vị thuộc Sở',
      content:
        '1. Thi đua hoàn thành xuất sắc nhiệm vụ chính trị năm 2025, 100% công chức hoàn thành nhiệm vụ.\n\n2. Không có công chức bị kỷ luật từ khiển trách trở lên.\n\n3. Mỗi đơn vị có ít nhất 01 sáng kiến được công nhận cấp cơ sở.',
      status: 'signed',
      signedOn: '2025-01-15',
      placeName: 'Sở Công Thương tỉnh Gia Lai',
      signatories: [
        { unitId: units[0]!.id, signerName: 'Nguyễn Văn Hùng', signerTitle: 'Chánh Văn phòng', signed: true },
        { unitId: units[1]!.id, signerName: 'Trần Thị Lan', signerTitle: 'Trưởng phòng', signed: true },
        { unitId: units[2]!.id, signerName: 'Lê Quốc Bảo', signerTitle: 'Chi cục trưởng', signed: true },
      ],
    });
    expect(r.statusCode, r.body).toBe(201);
    id = r.json().id;
  });
  afterAll(async () => {
    await env?.close();
  });

  it('prints the header, the type line, the signing units, the content and one signature per unit, and opens as PDF', async () => {
    const r = await officer.get(`/api/covenants/${id}/document.docx`);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-disposition']).toContain('giao-uoc-thi-dua-2025.docx');
    const doc = inspectDocx(r.rawPayload);
    const paras = doc.allParagraphs.map((p) => p.text);
    const text = paras.join('\n');
    for (const s of [
      'UBND TỈNH GIA LAI',
      'SỞ CÔNG THƯƠNG',
      'Số: …/GƯTĐ-SCT',
      'Gia Lai, ngày 15 tháng 01 năm 2025',
      'BẢN GIAO ƯỚC THI ĐUA',
      'Giao ước thi đua năm 2025 giữa các phòng, đơn vị thuộc Sở',
      'ĐẠI DIỆN VĂN PHÒNG',
      'CHÁNH VĂN PHÒNG',
      'ĐẠI DIỆN CHI CỤC QUẢN LÝ THỊ TRƯỜNG',
      'Nguyễn Văn Hùng',
      'Trần Thị Lan',
      'Lê Quốc Bảo',
    ])
      expect(
        paras.some((p) => p.includes(s)),
        s,
      ).toBe(true);
    expect(text).toMatch(
      /Hôm nay, ngày 15 tháng 01 năm 2025, tại Sở Công Thương tỉnh Gia Lai, các phòng, đơn vị thuộc Sở Công Thương gồm: Văn phòng; Phòng Quản lý thương mại; Chi cục Quản lý thị trường/,
    );
    expect(text).toContain('3. Mỗi đơn vị có ít nhất 01 sáng kiến được công nhận cấp cơ sở.');
    expect(text).toContain('được lập thành 04 bản');
    if (findLibreOffice()) {
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-covenant-'));
      const file = path.join(tmp, 'giao-uoc.docx');
      fs.writeFileSync(file, r.rawPayload);
      const pdf = await convertToPdf(file, path.join(tmp, 'out'));
      expect((await pdfInfo(pdf)).pages).toBeGreaterThanOrEqual(1);
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }, 120_000);
});
