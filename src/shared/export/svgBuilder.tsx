import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { SVG_NS, type ExportBackground, type ExportPreset } from './exportConstants';
import { embeddedFontCss, EXPORT_FONT_FAMILY } from './exportFonts';
import { ExportFrame } from './ExportFrame';
import { themeFor } from './exportTheme';
import type { ExportSpec } from './exportTypes';
import { layoutFrame, type FrameLayout } from './frameLayout';

const XLINK_NS = 'http://www.w3.org/1999/xlink';
const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const DC_NS = 'http://purl.org/dc/elements/1.1/';
const DCTERMS_NS = 'http://purl.org/dc/terms/';

export interface SvgBuildOptions {
  preset: ExportPreset;
  background: ExportBackground;
  date?: Date;
  /** Multiplies the <svg> width/height (not the viewBox): the PNG path rasterizes at the target size. */
  pixelScale?: number;
  /** Embed Inter (default true); the live preview thumbnail can skip it. */
  embedFonts?: boolean;
  /** Leave out the title, subtitle and footer (a deck slide carries them as its own text). */
  chartOnly?: boolean;
}

export interface BuiltSvg {
  svg: string;
  /** Logical size (the viewBox). */
  width: number;
  height: number;
  layout: FrameLayout;
}

/** Presentation properties a CSS class might set that an SVG file must carry itself. */
const INLINED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-linecap',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;
/** Not inherited: written only when CSS changes them from their initial value. */
const UNINHERITED_INITIAL: Record<string, string> = { opacity: '1', display: 'inline' };

/**
 * Styles set by CSS classes do not travel with a serialized SVG: copy the computed value onto elements that have a
 * class, where no attribute says otherwise and the value is not simply inherited.
 */
export function inlineClassStyles(root: Element): void {
  const view = root.ownerDocument.defaultView;
  if (!view) return;
  const targets = [root, ...root.querySelectorAll('[class]')].filter((el) => el.hasAttribute('class'));
  const writes: [Element, string, string][] = [];
  for (const el of targets) {
    const own = view.getComputedStyle(el);
    const parent = el.parentElement ? view.getComputedStyle(el.parentElement) : null;
    for (const prop of INLINED_PROPERTIES) {
      if (el.hasAttribute(prop)) continue;
      const value = own.getPropertyValue(prop);
      if (!value || value.includes('url(') || value === parent?.getPropertyValue(prop)) continue;
      writes.push([el, prop, value]);
    }
    for (const [prop, initial] of Object.entries(UNINHERITED_INITIAL)) {
      if (el.hasAttribute(prop)) continue;
      const value = own.getPropertyValue(prop);
      if (value && value !== initial && !(prop === 'display' && value === 'block'))
        writes.push([el, prop, value]);
    }
  }
  for (const [el, prop, value] of writes) el.setAttribute(prop, value);
}

const isLocalRef = (value: string) => /^\s*(#|data:image\/(png|jpeg|gif|webp);)/i.test(value);
const URL_REF = /url\(\s*['"]?([^'")]*)['"]?\s*\)/gi;
const hasExternalUrl = (value: string) =>
  [...value.matchAll(URL_REF)].some((m) => !/^(#|data:)/i.test(m[1]!.trim()));
const FORBIDDEN_ELEMENTS = ['script', 'foreignObject', 'iframe', 'object', 'embed', 'audio', 'video'];

/**
 * Makes an exported SVG self-contained and inert: no script, no event handler, no element or attribute that
 * fetches anything (only "#id" and data: references survive); links are unwrapped to their content.
 */
export function sanitizeSvg(root: Element): void {
  for (const name of FORBIDDEN_ELEMENTS) {
    root.querySelectorAll(name).forEach((el) => el.remove());
  }
  for (const a of [...root.querySelectorAll('a')]) a.replaceWith(...a.childNodes);
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      const name = attr.name.toLowerCase();
      // Components may write xmlns as a plain attribute; the serializer declares namespaces itself.
      if (name === 'xmlns' || name.startsWith('xmlns:')) {
        el.removeAttributeNode(attr);
        continue;
      }
      const isHref = attr.localName === 'href' || name === 'src';
      if (
        name.startsWith('on') ||
        (isHref && !isLocalRef(attr.value)) ||
        hasExternalUrl(attr.value) ||
        /javascript:/i.test(attr.value)
      ) {
        el.removeAttributeNode(attr);
      }
    }
    if (el.localName === 'image' && !el.getAttribute('href') && !el.getAttributeNS(XLINK_NS, 'href'))
      el.remove();
    if (
      el.localName === 'style' &&
      el.textContent &&
      (/@import/i.test(el.textContent) || hasExternalUrl(el.textContent))
    )
      el.remove();
  }
}

/** Halo width per unit of font size, and the least, as the frame draws its own text on a transparent image. */
const HALO_PER_EM = 0.2;
const MIN_HALO = 2;

/**
 * On a transparent image the chart's own text (axis labels, ticks, captions) lands on whatever the slide behind it
 * is: give each an outline in the halo colour, as the frame's text has, unless the chart stroked it itself.
 * Written as attributes, so tools that ignore <style> keep it.
 */
export function haloChartText(root: Element, halo: string): void {
  for (const text of root.querySelectorAll('.export-chart text')) {
    if (text.hasAttribute('stroke')) continue;
    const size = parseFloat(text.getAttribute('font-size') ?? '') || 11;
    text.setAttribute('stroke', halo);
    text.setAttribute('stroke-width', String(Math.max(MIN_HALO, size * HALO_PER_EM)));
    text.setAttribute('stroke-linejoin', 'round');
    text.setAttribute('paint-order', 'stroke');
  }
}

const HALO_ATTRIBUTES = ['stroke', 'stroke-width', 'stroke-linejoin', 'stroke-opacity', 'paint-order'];

/**
 * A halo drawn with `paint-order: stroke` (the stroke under the fill of the same text) needs a renderer that
 * honours paint-order; LibreOffice and older tools draw the stroke over the fill, so white halos bury their text
 * ("WL" in a tier strip becomes a white blob). Split each such text into two elements: a copy painted in the halo
 * colour (fill and stroke), hidden from assistive technology, and the text itself, unstroked, drawn after it.
 * Both keep their text, so the file stays searchable and editable; the pair sits in one <g> to move together.
 */
export function separateHalos(root: Element): void {
  for (const text of [...root.querySelectorAll('text')]) {
    const order = text.getAttribute('paint-order') ?? '';
    const stroke = text.getAttribute('stroke');
    const width = parseFloat(text.getAttribute('stroke-width') ?? '1');
    text.removeAttribute('paint-order');
    if (!order.trim().startsWith('stroke') || !stroke || stroke === 'none' || !(width > 0)) continue;
    const halo = text.cloneNode(true) as Element;
    halo.removeAttribute('id');
    halo.querySelectorAll('title, desc').forEach((el) => el.remove());
    halo.setAttribute('fill', stroke);
    halo.setAttribute('aria-hidden', 'true');
    halo.setAttribute('class', [halo.getAttribute('class'), 'export-halo'].filter(Boolean).join(' '));
    for (const name of HALO_ATTRIBUTES) text.removeAttribute(name);
    text.setAttribute('stroke', 'none');
    const group = text.ownerDocument.createElementNS(SVG_NS, 'g');
    text.replaceWith(group);
    group.append(halo, text);
  }
}

/** <metadata> in Dublin Core: what the image shows, the link that reopens it, dataset version and citation. */
function metadataElement(doc: XMLDocument, spec: ExportSpec, exportedOn: string): Element {
  const metadata = doc.createElementNS(SVG_NS, 'metadata');
  metadata.setAttribute('id', 'export-metadata');
  const rdf = doc.createElementNS(RDF_NS, 'rdf:RDF');
  const desc = doc.createElementNS(RDF_NS, 'rdf:Description');
  desc.setAttributeNS(RDF_NS, 'rdf:about', spec.link);
  const add = (ns: string, name: string, text: string) => {
    const el = doc.createElementNS(ns, name);
    el.textContent = text;
    desc.append(el);
  };
  add(DC_NS, 'dc:title', spec.title);
  add(DC_NS, 'dc:description', spec.subtitle);
  add(DC_NS, 'dc:source', spec.link);
  add(DC_NS, 'dc:date', exportedOn);
  add(DC_NS, 'dc:publisher', 'TIP Atlas');
  for (const line of spec.sourceLines) add(DC_NS, 'dc:contributor', line);
  add(DCTERMS_NS, 'dcterms:hasVersion', `dataset ${spec.datasetVersion}`);
  add(DCTERMS_NS, 'dcterms:bibliographicCitation', spec.citation);
  if (spec.caveat) add(DC_NS, 'dc:rights', spec.caveat);
  rdf.append(desc);
  metadata.append(rdf);
  return metadata;
}

/**
 * Renders the export frame (with the view's own chart) off-screen, and returns it as a standalone SVG file:
 * fonts embedded, metadata in, scripts and external references out.
 */
export function buildExportSvg(spec: ExportSpec, options: SvgBuildOptions): BuiltSvg {
  const { preset, background, date = new Date(), pixelScale = 1, embedFonts = true, chartOnly } = options;
  const layout = layoutFrame(spec, { preset, date, chartOnly });
  const theme = themeFor(background);
  const container = document.createElement('div');
  container.setAttribute('aria-hidden', 'true');
  container.style.cssText = 'position:fixed;left:-200000px;top:0;pointer-events:none;';
  document.body.append(container);
  const root = createRoot(container);
  try {
    flushSync(() =>
      root.render(<ExportFrame spec={spec} layout={layout} theme={theme} pixelScale={pixelScale} />),
    );
    const live = container.querySelector('svg');
    if (!live) throw new Error('The chart did not render an SVG.');
    inlineClassStyles(live);

    // Finish it in its own XML document, so the <style> we add never touches the page.
    const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
    const svg = doc.importNode(live, true) as Element;
    doc.replaceChild(svg, doc.documentElement);
    sanitizeSvg(svg);
    if (theme.paper === null) haloChartText(svg, theme.halo);
    separateHalos(svg);
    svg.setAttribute('font-family', `${EXPORT_FONT_FAMILY}, sans-serif`);
    const style = doc.createElementNS(SVG_NS, 'style');
    style.textContent = `${embedFonts ? `${embeddedFontCss()}\n` : ''}text{font-family:${EXPORT_FONT_FAMILY},sans-serif}`;
    const desc = svg.querySelector('desc');
    const after = desc ?? svg.firstChild;
    svg.insertBefore(style, after?.nextSibling ?? null);
    svg.insertBefore(metadataElement(doc, spec, layout.exportedOn), style);
    const text = new XMLSerializer().serializeToString(svg);
    return {
      svg: `<?xml version="1.0" encoding="UTF-8"?>\n${text}\n`,
      width: layout.width,
      height: layout.height,
      layout,
    };
  } finally {
    root.unmount();
    container.remove();
  }
}
