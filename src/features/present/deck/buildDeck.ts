import {
  DECK_COLOUR,
  DECK_FONT,
  DECK_FONT_SIZE,
  DECK_FOOT_BOX,
  DECK_IMAGE_BOX,
  DECK_LAYOUT,
  DECK_MARGIN,
  DECK_PAGE,
  DECK_TITLE_BOX,
  PPTX_MIME,
} from './deckConstants';
import type { DeckInput, DeckSlide, DeckSource } from './deckTypes';

/** The master every content slide uses: its title is a real title placeholder (outline view, screen readers). */
const MASTER = 'TIP_ATLAS_SLIDE';
/** Lines of 9 pt text the sources slide holds, and characters per line across its width (Inter, estimated). */
const SOURCE_LINES_PER_SLIDE = 24;
const SOURCE_CHARS_PER_LINE = 130;

/** base64 of bytes, in chunks so a 2 MB PNG never overflows the argument list. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

/** The largest box of the image's aspect ratio inside `box`, centred. */
export function containBox(
  width: number,
  height: number,
  box: { x: number; y: number; w: number; h: number },
): { x: number; y: number; w: number; h: number } {
  const ratio = width > 0 && height > 0 ? width / height : box.w / box.h;
  const w = Math.min(box.w, box.h * ratio);
  const h = w / ratio;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}

/** Splits the sources into slides that each hold what fits (long document citations take several lines). */
export function sourcePages(sources: readonly DeckSource[]): DeckSource[][] {
  const pages: DeckSource[][] = [];
  let page: DeckSource[] = [];
  let lines = 0;
  for (const s of sources) {
    const text = sourceText(s);
    const need = Math.ceil(text.length / SOURCE_CHARS_PER_LINE) + 0.4;
    if (page.length > 0 && lines + need > SOURCE_LINES_PER_SLIDE) {
      pages.push(page);
      page = [];
      lines = 0;
    }
    page.push(s);
    lines += need;
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

const sourceText = (s: DeckSource) =>
  `${s.citation} — Licence: ${s.licence}${s.attribution ? `. Attribution: ${s.attribution}` : ''}`;

type Pptx = InstanceType<typeof import('pptxgenjs').default>;
type PptxSlide = ReturnType<Pptx['addSlide']>;

const text = { fontFace: DECK_FONT, color: DECK_COLOUR.ink } as const;

function addTitleSlide(pptx: Pptx, input: DeckInput): void {
  const slide = pptx.addSlide();
  const w = DECK_PAGE.width - 2 * DECK_MARGIN;
  slide.addText(input.packTitle, {
    ...text,
    x: DECK_MARGIN,
    y: 1.2,
    w,
    h: 1,
    fontSize: DECK_FONT_SIZE.coverTitle,
    bold: true,
    valign: 'bottom',
  });
  slide.addText(
    [
      { text: input.date, options: { breakLine: true } },
      {
        text: `${input.slides.length} slide${input.slides.length === 1 ? '' : 's'} from TIP Atlas, dataset version ${input.datasetVersion}`,
        options: { breakLine: true },
      },
      { text: `Data as of: ${input.dataAsOf}`, options: { breakLine: true } },
      input.packLink
        ? {
            text: 'Open the pack in TIP Atlas',
            options: { hyperlink: { url: input.packLink }, color: DECK_COLOUR.link },
          }
        : { text: 'The pack is too long for a link: “Save pack as file” in the briefing pack keeps it.' },
    ],
    {
      ...text,
      x: DECK_MARGIN,
      y: 2.35,
      w,
      h: 2,
      fontSize: DECK_FONT_SIZE.cover,
      valign: 'top',
      paraSpaceAfter: 6,
    },
  );
  if (input.packLink) slide.addNotes(`Pack link: ${input.packLink}`);
}

function addContentSlide(pptx: Pptx, s: DeckSlide): void {
  const slide: PptxSlide = pptx.addSlide({ masterName: MASTER });
  slide.addText(s.title, { placeholder: 'title' });
  if (s.png) {
    slide.addImage({
      data: `image/png;base64,${toBase64(s.png)}`,
      ...containBox(s.width, s.height, DECK_IMAGE_BOX),
      altText: s.altText,
    });
  } else {
    slide.addText('This view has no chart image: open it with the link below.', {
      ...text,
      ...DECK_IMAGE_BOX,
      fontSize: DECK_FONT_SIZE.body,
      color: DECK_COLOUR.muted,
      align: 'center',
    });
  }
  slide.addText(
    [
      ...(s.source ? [{ text: s.source, options: { breakLine: true } }] : []),
      ...(s.caveat ? [{ text: `Note: ${s.caveat}`, options: { breakLine: true, italic: true } }] : []),
      { text: 'Open this view: ' },
      {
        text: s.link,
        options: {
          hyperlink: { url: s.link, tooltip: 'Open this view in TIP Atlas' },
          color: DECK_COLOUR.link,
        },
      },
    ],
    { ...text, ...DECK_FOOT_BOX, fontSize: DECK_FONT_SIZE.foot, color: DECK_COLOUR.muted, valign: 'top' },
  );
  if (s.note) slide.addNotes(s.note);
}

function addSourceSlides(pptx: Pptx, sources: readonly DeckSource[]): void {
  sourcePages(sources).forEach((page, i) => {
    const slide = pptx.addSlide({ masterName: MASTER });
    slide.addText(i === 0 ? 'Sources' : 'Sources (continued)', { placeholder: 'title' });
    const body = page.length
      ? page.map((s) => ({ text: sourceText(s), options: { bullet: true, breakLine: true } }))
      : [{ text: 'The slides cite no source.' }];
    slide.addText(body, {
      ...text,
      x: DECK_MARGIN,
      y: 0.8,
      w: DECK_PAGE.width - 2 * DECK_MARGIN,
      h: DECK_PAGE.height - 1.1,
      fontSize: DECK_FONT_SIZE.sources,
      valign: 'top',
      paraSpaceAfter: 4,
    });
  });
}

/**
 * Writes the briefing deck: a title slide, one slide per rendered view (title as the slide's title, the chart as an
 * image with alt text, source, caveat and link as text at the foot, the speaker note in the notes pane) and the
 * sources with their licences. pptxgenjs loads here, only when a deck is asked for.
 */
export async function buildDeck(input: DeckInput): Promise<Blob> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = DECK_LAYOUT;
  pptx.title = input.packTitle;
  pptx.subject = `TIP Atlas briefing, dataset ${input.datasetVersion}`;
  pptx.company = 'TIP Atlas';
  pptx.author = 'TIP Atlas';
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: 'FFFFFF' },
    objects: [
      {
        placeholder: {
          options: {
            name: 'title',
            type: 'title',
            ...DECK_TITLE_BOX,
            fontFace: DECK_FONT,
            fontSize: DECK_FONT_SIZE.title,
            bold: true,
            color: DECK_COLOUR.ink,
            align: 'left',
            valign: 'middle',
          },
          text: '',
        },
      },
    ],
  });
  addTitleSlide(pptx, input);
  for (const s of input.slides) addContentSlide(pptx, s);
  addSourceSlides(pptx, input.sources);
  const bytes = (await pptx.write({ outputType: 'uint8array', compression: false })) as Uint8Array;
  return new Blob([bytes as BlobPart], { type: PPTX_MIME });
}
