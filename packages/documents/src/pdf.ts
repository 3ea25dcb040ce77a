// .docx → PDF with LibreOffice (Debian's libreoffice-writer-nogui), for reading and for proving in tests that
// a document opens. Each conversion gets its own LibreOffice profile: two conversions sharing one profile
// have lost an output without any error (stack notes, "Documents"), so the output's existence is checked too.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const CANDIDATES = ['soffice', 'libreoffice'];

function onPath(bin: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const full = path.join(dir, bin);
    try {
      fs.accessSync(full, fs.constants.X_OK);
      return full;
    } catch {
      /* not here */
    }
  }
  return null;
}

/** The LibreOffice binary (soffice or libreoffice on PATH, or TDKT_SOFFICE), or null when it is not installed. */
export function findLibreOffice(): string | null {
  const configured = process.env.TDKT_SOFFICE;
  if (configured) return configured;
  for (const c of CANDIDATES) {
    const found = onPath(c);
    if (found) return found;
  }
  return null;
}

export function hasBinary(bin: string): boolean {
  return onPath(bin) !== null;
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: timeoutMs, maxBuffer: 10 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err)
        reject(
          Object.assign(new Error(`${path.basename(cmd)} failed: ${err.message}\n${stderr}`), { cause: err }),
        );
      else resolve({ stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

export class PdfConversionError extends Error {
  readonly code = 'pdf-conversion-failed';
}

/** Converts `docxPath` to PDF in `outDir` and returns the PDF's path. */
export async function convertToPdf(
  docxPath: string,
  outDir: string,
  opts: { timeoutMs?: number } = {},
): Promise<string> {
  const soffice = findLibreOffice();
  if (!soffice)
    throw new PdfConversionError(
      'LibreOffice (soffice) is not installed; on Debian: apt-get install libreoffice-writer-nogui fonts-liberation2',
    );
  fs.mkdirSync(outDir, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tdkt-lo-profile-'));
  const expected = path.join(outDir, `${path.basename(docxPath, path.extname(docxPath))}.pdf`);
  fs.rmSync(expected, { force: true });
  try {
    await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--norestore',
        '--nologo',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        docxPath,
      ],
      opts.timeoutMs ?? 120_000,
    );
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  if (!fs.existsSync(expected) || fs.statSync(expected).size === 0) {
    throw new PdfConversionError(`LibreOffice reported no error but wrote no PDF for ${docxPath}`);
  }
  return expected;
}

/** Page count and page size from poppler's pdfinfo. */
export async function pdfInfo(pdfPath: string): Promise<{ pages: number; pageSize: string }> {
  const { stdout } = await run('pdfinfo', [pdfPath], 30_000);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? NaN);
  const pageSize = /^Page size:\s+(.+)$/m.exec(stdout)?.[1]?.trim() ?? '';
  return { pages, pageSize };
}

/** Fonts embedded in the PDF (pdffonts), to check nothing fell back to another family. */
export async function pdfFonts(pdfPath: string): Promise<string[]> {
  const { stdout } = await run('pdffonts', [pdfPath], 30_000);
  return stdout
    .split('\n')
    .slice(2)
    .map((l) => l.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}
