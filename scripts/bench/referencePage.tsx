/**
 * The static reference page of the bench: the same world map as the app (world-atlas 110m, Equal Earth, the tier
 * fills and patterns of the latest report year) pre-rendered as inline SVG, with no JavaScript at all. Its time to
 * a painted map is the floor the app is compared against.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { renderToStaticMarkup } from 'react-dom/server';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CoreDataset } from '../../src/data/schema';
import { indexCore, tierStatus } from '../../src/shared/datasetSelectors';
import { TierPatterns } from '../../src/shared/TierPatterns';
import { reportLabel, tierFillRef, type TierClass } from '../../src/shared/tierConstants';
import { REFERENCE_MAP_SIZE } from './benchConstants';

/** world-atlas leaves Kosovo without an ISO numeric id; the dataset keys it as XKX (PRODUCT.md). */
const UNNUMBERED_FEATURES: Record<string, string> = { Kosovo: 'XKX' };

export interface ReferencePage {
  html: string;
  reportYear: number;
  /** Country paths drawn: the bench waits for all of them. */
  pathCount: number;
  /** How many paths got each class, to check against the app. */
  classCounts: Partial<Record<TierClass, number>>;
}

const escapeXml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function buildReferencePage(core: CoreDataset, topology: Topology): ReferencePage {
  const index = indexCore(core);
  const reportYear = index.latestReportYear;
  const object = topology.objects.countries as GeometryCollection<{ name: string }>;
  const countries = feature(topology, object);
  const { width, height } = REFERENCE_MAP_SIZE;
  const projection = geoEqualEarth().fitSize([width, height], countries);
  const path = geoPath(projection);
  const classCounts: Partial<Record<TierClass, number>> = {};
  const paths = countries.features.map((f) => {
    const iso3 =
      (f.id !== undefined ? index.byNumeric.get(String(f.id))?.iso3 : undefined) ??
      UNNUMBERED_FEATURES[f.properties?.name ?? ''];
    const cls: TierClass = iso3 ? tierStatus(index, iso3, reportYear).cls : 'No data';
    classCounts[cls] = (classCounts[cls] ?? 0) + 1;
    const name = escapeXml(f.properties?.name ?? 'Unknown');
    return `<path d="${path(f) ?? ''}" fill="${tierFillRef(cls)}" stroke="#ffffff" stroke-width="0.5"><title>${name}: ${cls}</title></path>`;
  });
  const defs = renderToStaticMarkup(<TierPatterns />);
  const title = `TIP tiers, ${reportLabel(reportYear)}`;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Reference map · TIP Atlas bench</title>
<style>body{margin:0;font-family:system-ui,sans-serif}main{padding:16px 20px}svg{width:100%;height:auto;max-width:1000px}</style>
</head>
<body>
<main>
<h1>${escapeXml(title)}</h1>
<svg viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}">${defs}<g>${paths.join('')}</g></svg>
</main>
</body>
</html>
`;
  return { html, reportYear, pathCount: paths.length, classCounts };
}
