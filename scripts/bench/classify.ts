/** What a first-load request is, for the byte split the issue asks for. */
export const RESOURCE_KINDS = ['document', 'js', 'css', 'data', 'geometry', 'fonts', 'other'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** Map geometry files (world-atlas / TopoJSON / GeoJSON), whether fetched as assets or as data. */
const GEOMETRY_FILE = /(countries|land)-\d+m|world|topo|geo/i;

export function classifyUrl(url: string): ResourceKind {
  const path = new URL(url).pathname.toLowerCase();
  if (path.endsWith('/') || path.endsWith('.html')) return 'document';
  if (/\.(m?js)$/.test(path)) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'fonts';
  if (/\.(json|topojson|geojson)$/.test(path)) {
    const file = path.slice(path.lastIndexOf('/') + 1);
    return GEOMETRY_FILE.test(file) ? 'geometry' : 'data';
  }
  return 'other';
}
