import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inspectDocx, parseXml } from './inspect-docx.ts';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function docxOf(body: string): Uint8Array {
  return zipSync({
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`,
    ),
  });
}

describe('reading a .docx back for tests', () => {
  it('parses elements, attributes, entities, self-closing tags and CDATA', () => {
    const root = parseXml(
      '<?xml version="1.0"?><!-- c --><a x="1 &amp; 2"><b/>T&#7871;t &lt;3<![CDATA[<raw>]]></a>',
    );
    const a = root.children[0];
    expect(typeof a === 'object' && a.attrs['x']).toBe('1 & 2');
    expect(typeof a === 'object' && a.children.filter((c) => typeof c === 'string')).toEqual([
      'Tết <3',
      '<raw>',
    ]);
  });

  it('reads runs with bold/italic toggles (w:val="0" is off), alignment "both" as justify, tabs and line breaks', () => {
    const d = inspectDocx(
      docxOf(
        '<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>Đậm</w:t></w:r><w:r><w:rPr><w:b w:val="0"/><w:i/></w:rPr><w:tab/><w:t xml:space="preserve"> nghiêng</w:t><w:br/><w:t>x</w:t></w:r></w:p>',
      ),
    );
    const p = d.paragraphs[0];
    expect(p?.text).toBe('Đậm\t nghiêng\nx');
    expect(p?.alignment).toBe('justify');
    expect(p?.runs.map((r) => [r.bold, r.italic])).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(p?.bold).toBe(false);
  });

  it('reads a table with a merged cell as rows of cell texts', () => {
    const d = inspectDocx(
      docxOf(
        '<w:tbl><w:tblGrid><w:gridCol w:w="100"/><w:gridCol w:w="200"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>QUÝ I</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
      ),
    );
    expect(d.tables[0]?.texts).toEqual([['QUÝ I'], ['1', 'a\nb']]);
    expect(d.tables[0]?.rows[0]?.[0]?.colSpan).toBe(2);
    expect(d.tables[0]?.columnWidthsTwip).toEqual([100, 200]);
    expect(d.allParagraphs.map((p) => p.text)).toEqual(['QUÝ I', '1', 'a', 'b']);
  });

  it('refuses a zip that is not a Word document', () => {
    expect(() => inspectDocx(zipSync({ 'a.txt': strToU8('x') }))).toThrow(/word\/document\.xml/);
  });
});
