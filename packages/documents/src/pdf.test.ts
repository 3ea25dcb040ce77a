import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { seed004Plan } from './builders/fixtures/seed-004-plan.ts';
import { buildPlanDocument } from './builders/plan.ts';
import { convertToPdf, findLibreOffice, hasBinary, pdfFonts, pdfInfo } from './pdf.ts';
import { renderDocx } from './render-docx.ts';

// CI must prove the documents open in LibreOffice (Debian's libreoffice-writer-nogui + poppler-utils):
// there a missing binary fails the test. A developer without LibreOffice gets a note instead.
const inCI = process.env.CI === 'true';
const canConvert =
  findLibreOffice() !== null && hasBinary('pdfinfo') && hasBinary('pdffonts') && hasBinary('pdftotext');
if (!canConvert && !inCI)
  console.log('note: LibreOffice or poppler-utils not installed; the .docx → PDF test is not run locally.');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-pdf-test-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('the plan opens in LibreOffice', () => {
  it.runIf(canConvert || inCI)(
    'two plans converted at once both come out as A4 PDFs in Liberation Serif / Times with the Vietnamese text intact',
    async () => {
      if (!canConvert)
        throw new Error(
          'CI=true but LibreOffice (soffice) or poppler-utils (pdfinfo, pdffonts, pdftotext) is missing',
        );
      const table = path.join(tmp, 'ke-hoach-2024.docx');
      const list = path.join(tmp, 'ke-hoach-2024-danh-muc.docx');
      fs.writeFileSync(table, await renderDocx(buildPlanDocument(seed004Plan())));
      fs.writeFileSync(list, await renderDocx(buildPlanDocument(seed004Plan({ taskLayout: 'list' }))));

      // Each conversion has its own LibreOffice profile, so running them together loses neither output.
      const started = Date.now();
      const pdfs = await Promise.all([
        convertToPdf(table, path.join(tmp, 'out')),
        convertToPdf(list, path.join(tmp, 'out')),
      ]);
      console.log(`note: two .docx → PDF conversions in parallel took ${Date.now() - started} ms`);

      for (const pdf of pdfs) {
        expect(fs.existsSync(pdf)).toBe(true);
        const info = await pdfInfo(pdf);
        expect(info.pages).toBeGreaterThan(0);
        expect(info.pageSize).toMatch(/A4/);
        // fonts-liberation2 has the Vietnamese letters; an older Liberation would make LibreOffice mix in a fallback font.
        const fonts = await pdfFonts(pdf);
        expect(fonts.length).toBeGreaterThan(0);
        expect(fonts.every((f) => /LiberationSerif|TimesNewRoman|Times-/i.test(f))).toBe(true);
        const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).normalize('NFC');
        expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
        expect(text).toContain('Lạng Sơn, ngày 12 tháng 01 năm 2024');
        expect(text).toContain('PHÓ GIÁM ĐỐC');
        expect(text).toContain('Trần Thị Hoa');
      }
      // The table layout of seed 004 fills more than one page, so page 2 carries its number at the top.
      expect((await pdfInfo(pdfs[0]!)).pages).toBeGreaterThan(1);
      const page2 = execFileSync('pdftotext', ['-f', '2', '-l', '2', pdfs[0]!, '-'], { encoding: 'utf8' });
      expect(page2.trim().split('\n')[0]?.trim()).toBe('2');
    },
    120_000,
  );
});
