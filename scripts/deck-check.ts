/**
 * npm run deck:check -- <deck.pptx> [--pages <folder>]
 *
 * Opens a briefing deck in LibreOffice (headless `soffice`), converts it to PDF and checks that the PDF has one page
 * per slide the deck's XML lists. With --pages, also renders each page to PNG (pdftoppm) to look at. Without
 * soffice on the PATH it says so and exits 0: the check is optional where LibreOffice is not installed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { readDeck } from '../src/features/present/deck/readDeck';

const args = process.argv.slice(2);
const deckPath = args.find((a) => !a.startsWith('--'));
const pagesAt = args.indexOf('--pages');
const pagesDir = pagesAt >= 0 ? args[pagesAt + 1] : undefined;

if (!deckPath) {
  console.error('Usage: npm run deck:check -- <deck.pptx> [--pages <folder>]');
  process.exit(2);
}

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

const slides = readDeck(new Uint8Array(readFileSync(deckPath)));
console.log(`${basename(deckPath)}: ${slides.length} slides`);
slides.forEach((s, i) =>
  console.log(
    `  ${i + 1}. ${s.title || '(no title)'} — ${s.images.length} image(s), ${s.hyperlinks.length} link(s)${s.notes ? ', notes' : ''}`,
  ),
);

if (!has('soffice')) {
  console.log('soffice (LibreOffice) is not installed: skipped the PDF conversion.');
  process.exit(0);
}

const out = mkdtempSync(join(tmpdir(), 'deck-check-'));
// Its own profile folder, so a LibreOffice already open on the machine does not swallow the conversion.
execFileSync(
  'soffice',
  [
    `-env:UserInstallation=file://${out}/profile`,
    '--headless',
    '--convert-to',
    'pdf',
    '--outdir',
    out,
    resolve(deckPath),
  ],
  { stdio: 'pipe', timeout: 180_000 },
);
const pdf = join(out, basename(deckPath).replace(/\.pptx$/i, '.pdf'));
const pdfText = readFileSync(pdf).toString('latin1');
const pages = (pdfText.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
console.log(`LibreOffice PDF: ${pdf}, ${pages} pages`);

if (pagesDir) {
  if (!has('pdftoppm')) console.log('pdftoppm is not installed: no page images.');
  else {
    mkdirSync(pagesDir, { recursive: true });
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(pagesDir, 'page')], { timeout: 180_000 });
    console.log(
      `Page images: ${readdirSync(pagesDir).filter((f) => f.endsWith('.png')).length} in ${pagesDir}`,
    );
  }
}

if (pages !== slides.length) {
  console.error(`FAIL: the deck has ${slides.length} slides but LibreOffice gave ${pages} pages.`);
  process.exit(1);
}
console.log('OK: one PDF page per slide.');
