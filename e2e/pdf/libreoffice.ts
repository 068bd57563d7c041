// Word files laid out by LibreOffice (`soffice --headless --convert-to pdf`), so the Word export can
// be held to the same page rules as the print view. .ci/run installs libreoffice-writer-nogui; where
// it is absent the tests that need it are skipped with a message saying so.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p)) ?? null;
export const NO_LIBREOFFICE =
  'LibreOffice (soffice) is not installed: the Word export is not laid out to PDF and its page rules are not checked here (.ci/run installs libreoffice-writer-nogui)';

/** Converts the .docx files (one LibreOffice start for all) and returns the PDFs' paths. */
export function docxToPdf(files: readonly string[], workDir: string): string[] {
  if (!SOFFICE) throw new Error(NO_LIBREOFFICE);
  const outDir = join(workDir, 'pdf');
  execFileSync(
    SOFFICE,
    [
      // Its own profile: two test workers may convert at the same time.
      `-env:UserInstallation=${pathToFileURL(join(workDir, 'lo-profile')).href}`,
      '--headless',
      '--norestore',
      '--convert-to',
      'pdf',
      '--outdir',
      outDir,
      ...files,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  return files.map((f) => {
    const pdf = join(outDir, basename(f).replace(/\.docx$/, '.pdf'));
    if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${f} into ${dirname(pdf)}`);
    return pdf;
  });
}
