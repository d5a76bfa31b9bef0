import { afterEach, describe, expect, it } from 'vitest';
import { fixtureSpec } from './exportSpec.fixture';
import { SVG_NS } from './exportConstants';
import { buildExportSvg, sanitizeSvg } from './svgBuilder';

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');
const DATE = new Date(2026, 10, 22);

/** Every reference an SVG could fetch: href/src attributes and url(...) that is not "#id" or data:. */
function externalRefs(doc: Document): string[] {
  const refs: string[] = [];
  for (const el of doc.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      if ((attr.localName === 'href' || attr.localName === 'src') && !/^(#|data:)/.test(attr.value))
        refs.push(attr.value);
      for (const m of attr.value.matchAll(/url\(\s*['"]?([^'")]*)/g))
        if (!/^(#|data:)/.test(m[1]!)) refs.push(m[1]!);
    }
  }
  for (const style of doc.querySelectorAll('style'))
    for (const m of (style.textContent ?? '').matchAll(/url\(\s*['"]?([^'")]*)/g))
      if (!/^(#|data:)/.test(m[1]!)) refs.push(m[1]!);
  return refs;
}

afterEach(() => document.head.querySelectorAll('style[data-test]').forEach((s) => s.remove()));

describe('buildExportSvg', () => {
  it('draws the chart and legend alone, taller, when the slide carries the title and footer as its own text', () => {
    const text = (svg: string, cls: string) =>
      [...parse(svg).querySelectorAll(`.${cls} text, text.${cls}`)].map((t) => t.textContent).join('');
    const chartHeight = (svg: string) =>
      Number(parse(svg).querySelector('clipPath rect')!.getAttribute('height'));
    const full = buildExportSvg(fixtureSpec(), { preset: 'slide-16x9', background: 'white', date: DATE }).svg;
    const bare = buildExportSvg(fixtureSpec(), {
      preset: 'slide-16x9',
      background: 'white',
      date: DATE,
      chartOnly: true,
    }).svg;
    expect(text(full, 'export-title')).not.toBe('');
    expect(text(full, 'export-footer')).toContain('Exported');
    expect(text(bare, 'export-title')).toBe('');
    expect(text(bare, 'export-subtitle')).toBe('');
    expect(text(bare, 'export-footer')).toBe('');
    expect(text(bare, 'export-legend')).toBe(text(full, 'export-legend'));
    expect(chartHeight(bare)).toBeGreaterThan(chartHeight(full));
    // What it shows is still named in its metadata.
    expect(parse(bare).querySelector('title')!.textContent).toBe(fixtureSpec().title);
  });

  it('draws a 16:9 slide at 1920×1080 with a matching viewBox', () => {
    const { svg, width, height } = buildExportSvg(fixtureSpec(), {
      preset: 'slide-16x9',
      background: 'white',
    });
    const root = parse(svg).documentElement;
    expect([width, height]).toEqual([1920, 1080]);
    expect(root.getAttribute('width')).toBe('1920');
    expect(root.getAttribute('height')).toBe('1080');
    expect(root.getAttribute('viewBox')).toBe('0 0 1920 1080');
  });

  it('doubles the pixel size but not the viewBox for a 2× PNG', () => {
    const { svg } = buildExportSvg(fixtureSpec(), {
      preset: 'slide-16x9',
      background: 'white',
      pixelScale: 2,
    });
    const root = parse(svg).documentElement;
    expect(root.getAttribute('width')).toBe('3840');
    expect(root.getAttribute('viewBox')).toBe('0 0 1920 1080');
  });

  it('draws 4:3 and square presets at their sizes', () => {
    for (const [preset, size] of [
      ['slide-4x3', [1600, 1200]],
      ['square', [1080, 1080]],
    ] as const) {
      const { width, height } = buildExportSvg(fixtureSpec(), { preset, background: 'white' });
      expect([width, height]).toEqual(size);
    }
  });

  it('keeps the view width for the current-view preset and adds room for title and footer', () => {
    const { width, height, layout } = buildExportSvg(fixtureSpec(), {
      preset: 'current',
      background: 'white',
    });
    expect(width).toBe(800);
    expect(layout.chart.height).toBe(300);
    expect(height).toBeGreaterThan(300 + 60);
  });

  it('grows a narrow current-view image to hold its whole title and subtitle, never cutting them', () => {
    const spec = fixtureSpec({
      title: 'Belarus and Serbia compared: TIP tiers, detected victims, prosecutions and convictions',
      subtitle:
        'UNODC GLOTIP, May 2023 release, by data year; TIP tier by report year on top · one y-scale per measure, shared by all countries, so heights compare across columns · linear scale',
      viewSize: { width: 390, height: 600 },
    });
    const { layout } = buildExportSvg(spec, { preset: 'current', background: 'white' });
    expect(layout.title.lines.join(' ')).toBe(spec.title);
    expect(layout.subtitle.lines.join(' ')).toBe(spec.subtitle);
  });

  it('re-lays the chart out for the box: the strip fills the slide width', () => {
    const { svg, layout } = buildExportSvg(fixtureSpec(), { preset: 'slide-16x9', background: 'white' });
    const cells = parse(svg).querySelectorAll('.tier-strip rect');
    const widths = [...cells].map((r) => Number(r.getAttribute('width')));
    // Four cells across the chart box, in the chart's own (unmagnified) units.
    expect(widths.reduce((a, b) => a + b + 1, 0)).toBeCloseTo(layout.chart.width / layout.typeScale, 0);
  });

  it('embeds Inter as @font-face rules with data: URLs', () => {
    const { svg } = buildExportSvg(fixtureSpec(), { preset: 'square', background: 'white' });
    const css = parse(svg).querySelector('style')!.textContent!;
    const faces = css.match(/@font-face\{[^}]*\}/g) ?? [];
    expect(faces).toHaveLength(3);
    for (const face of faces) {
      expect(face).toContain("font-family:'Inter'");
      expect(face).toMatch(/src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]{1000,}\) format\('woff2'\)/);
    }
    expect(parse(svg).documentElement.getAttribute('font-family')).toBe('Inter, sans-serif');
  });

  it('puts the title, subtitle, source, caveat, export date and link in the image', () => {
    const { svg } = buildExportSvg(fixtureSpec(), { preset: 'slide-16x9', background: 'white', date: DATE });
    const doc = parse(svg);
    const text = (sel: string) => doc.querySelector(sel)!.textContent;
    expect(text('.export-title')).toBe('Belarus and Serbia on the TIP tiers, 2020 report');
    expect(text('.export-subtitle')).toBe('Tier placement by report year, 2019–2022 · Belarus, Serbia');
    const footer = text('.export-footer');
    expect(footer).toContain('U.S. TIP Report 2020');
    expect(footer).toContain('Note: Tiers rate government efforts, not how much trafficking there is.');
    expect(footer).toContain('Exported 2026-11-22');
    expect(footer?.replace(/\s/g, '')).toContain('https://atlas.example/?year=2020&countries=BLR,SRB');
    expect([...doc.querySelectorAll('.export-legend text')].map((t) => t.textContent)).toEqual([
      'Tier 2',
      'Tier 2 Watch List',
      'Tier 3',
      'No data',
    ]);
  });

  it('draws legend swatches a chart supplies itself', () => {
    const spec = fixtureSpec({
      legend: [
        { kind: 'custom', label: 'Serbia', render: (size) => <circle className="own" r={size / 2} /> },
      ],
    });
    const doc = parse(buildExportSvg(spec, { preset: 'square', background: 'white' }).svg);
    expect(doc.querySelector('.export-legend .own')).not.toBeNull();
    expect(doc.querySelector('.export-legend text')!.textContent).toBe('Serbia');
  });

  it('carries link, dataset version and citation in <metadata>, and a <title> and <desc>', () => {
    const { svg } = buildExportSvg(fixtureSpec(), { preset: 'square', background: 'white', date: DATE });
    const doc = parse(svg);
    const meta = doc.querySelector('metadata')!;
    const dc = (name: string) =>
      meta.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', name)[0]?.textContent;
    const terms = (name: string) =>
      meta.getElementsByTagNameNS('http://purl.org/dc/terms/', name)[0]?.textContent;
    expect(dc('source')).toBe('https://atlas.example/?year=2020&countries=BLR,SRB');
    expect(dc('date')).toBe('2026-11-22');
    expect(terms('hasVersion')).toBe('dataset test-v1');
    expect(terms('bibliographicCitation')).toBe(fixtureSpec().citation);
    expect(doc.querySelector('svg > title')!.textContent).toBe(fixtureSpec().title);
    expect(doc.querySelector('svg > desc')!.textContent).toContain('Belarus: Tier 2 in 2019');
  });

  it('is well-formed XML with no parser errors', () => {
    const { svg } = buildExportSvg(fixtureSpec(), { preset: 'current', background: 'dark' });
    expect(parse(svg).querySelector('parsererror')).toBeNull();
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it('strips scripts, event handlers and external references a chart might contain', () => {
    const spec = fixtureSpec({
      renderChart: () => (
        <g>
          <script>{'alert(1)'}</script>
          <rect width={10} height={10} onClick={() => undefined} fill="url(https://evil.example/p.svg#x)" />
          <image href="https://evil.example/a.png" width={5} height={5} />
          <a href="https://evil.example/">
            <text>linked text</text>
          </a>
          <use href="#export-chart-clip" />
        </g>
      ),
    });
    const { svg } = buildExportSvg(spec, { preset: 'square', background: 'white' });
    const doc = parse(svg);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(svg).not.toMatch(/<script|onclick|evil\.example/i);
    expect(externalRefs(doc)).toEqual([]);
    expect(doc.documentElement.textContent).toContain('linked text');
    expect(doc.querySelector('use')!.getAttribute('href')).toBe('#export-chart-clip');
  });

  it('has no external reference in a normal export either', () => {
    const { svg } = buildExportSvg(fixtureSpec(), { preset: 'slide-16x9', background: 'transparent' });
    expect(externalRefs(parse(svg))).toEqual([]);
  });

  it('leaves a transparent export without a background and gives text a halo', () => {
    const doc = parse(buildExportSvg(fixtureSpec(), { preset: 'square', background: 'transparent' }).svg);
    expect(doc.querySelector('.export-background')).toBeNull();
    const halo = doc.querySelector('.export-title.export-halo')!;
    expect(halo.getAttribute('stroke')).toBe('#ffffff');
    expect(halo.getAttribute('fill')).toBe('#ffffff');
  });

  it('draws every halo as its own element behind its text, never with paint-order', () => {
    const { svg } = buildExportSvg(fixtureSpec(), { preset: 'square', background: 'transparent' });
    const doc = parse(svg);
    expect(svg).not.toMatch(/paint-order/);
    const halos = [...doc.querySelectorAll('text.export-halo')];
    expect(halos.length).toBeGreaterThan(3);
    for (const halo of halos) {
      const text = halo.nextElementSibling!;
      // The halo comes first (painted under), then the same words in their own fill, without a stroke.
      expect(text.localName).toBe('text');
      expect(text.textContent).toBe(halo.textContent);
      expect(text.getAttribute('stroke')).toBe('none');
      expect(text.getAttribute('fill')).not.toBe(halo.getAttribute('fill'));
      expect(halo.getAttribute('aria-hidden')).toBe('true');
    }
  });

  it('outlines the chart’s own text on a transparent export, so axis labels read on any slide', () => {
    const doc = parse(buildExportSvg(fixtureSpec(), { preset: 'square', background: 'transparent' }).svg);
    const halo = doc.querySelector('.export-chart .fixture-caption.export-halo')!;
    expect(halo.getAttribute('stroke')).toBe('#ffffff');
    expect(halo.nextElementSibling!.getAttribute('fill')).not.toBe('#ffffff');
    const white = parse(buildExportSvg(fixtureSpec(), { preset: 'square', background: 'white' }).svg);
    expect(white.querySelector('.export-chart .fixture-caption.export-halo')).toBeNull();
    expect(white.querySelector('.export-chart .fixture-caption')!.hasAttribute('stroke')).toBe(false);
  });

  it('fills a dark export and flips its text to light colours', () => {
    const doc = parse(buildExportSvg(fixtureSpec(), { preset: 'square', background: 'dark' }).svg);
    expect(doc.querySelector('.export-background')!.getAttribute('fill')).toBe('#16181d');
    expect(doc.querySelector('.export-title')!.getAttribute('fill')).toBe('#f2f2f2');
    // The chart gets the theme too: its caption is drawn in the dark theme's muted ink.
    expect(doc.querySelector('.fixture-caption')!.getAttribute('fill')).toBe('#c4c7cc');
  });

  it('sets a chart that cannot draw on dark on a light panel, with the white theme', () => {
    const spec = fixtureSpec({ chartSupportsDark: false });
    const doc = parse(buildExportSvg(spec, { preset: 'square', background: 'dark' }).svg);
    expect(doc.querySelector('.export-chart-panel')!.getAttribute('fill')).toBe('#ffffff');
    expect(doc.querySelector('.fixture-caption')!.getAttribute('fill')).toBe('#555555');
    expect(doc.querySelector('.export-title')!.getAttribute('fill')).toBe('#f2f2f2');
    // The legend sits on the panel with the chart, in dark ink.
    expect(doc.querySelector('.export-legend text')!.getAttribute('fill')).toBe('#1a1a1a');
  });

  it('drops xmlns attributes a component writes, so the file stays well-formed', () => {
    const spec = fixtureSpec({
      renderChart: () => (
        <svg xmlns="http://www.w3.org/2000/svg" width={10} height={10}>
          <rect width={10} height={10} />
        </svg>
      ),
    });
    const doc = parse(buildExportSvg(spec, { preset: 'square', background: 'white' }).svg);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelectorAll('svg')).toHaveLength(2);
  });

  it('copies styles set by CSS classes onto the elements, since the stylesheet does not travel', () => {
    const style = document.createElement('style');
    style.dataset.test = '';
    style.textContent = '.styled-by-class { fill: rgb(1, 2, 3); }';
    document.head.append(style);
    const spec = fixtureSpec({
      renderChart: () => <rect className="styled-by-class" width={4} height={4} />,
    });
    const doc = parse(buildExportSvg(spec, { preset: 'square', background: 'white' }).svg);
    expect(doc.querySelector('.styled-by-class')!.getAttribute('fill')).toBe('rgb(1, 2, 3)');
  });

  it('leaves nothing behind in the page', () => {
    const before = document.body.innerHTML;
    buildExportSvg(fixtureSpec(), { preset: 'square', background: 'white' });
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('sanitizeSvg', () => {
  it('removes foreignObject, which could carry HTML', () => {
    const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
    doc.documentElement.append(doc.createElementNS(SVG_NS, 'foreignObject'));
    sanitizeSvg(doc.documentElement);
    expect(doc.documentElement.childNodes).toHaveLength(0);
  });
});
