import type { ExportSpec } from './exportTypes';

/**
 * The export actions on screen, so that code outside a view (the briefing pack's ZIP export) can ask the view
 * that is showing for its spec, through the same path as the Export button.
 */
interface ExportSource {
  element: HTMLElement;
  getSpec: () => ExportSpec | null;
}

const sources = new Set<ExportSource>();
const listeners = new Set<() => void>();
let version = 0;

const changed = () => {
  version++;
  for (const listener of listeners) listener();
};

export function registerExportSource(element: HTMLElement, getSpec: () => ExportSpec | null): () => void {
  const source = { element, getSpec };
  sources.add(source);
  changed();
  return () => {
    sources.delete(source);
    changed();
  };
}

/** Tells a listener whenever an export action appears, goes or re-renders (for useSyncExternalStore). */
export function subscribeExportSources(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Counts registrations, so a caller can tell that the view re-rendered after it changed the state. */
export const exportRegistryVersion = (): number => version;

/** The spec of the first export action on the page (document order) that has one ready. */
export function primaryExportSpec(): ExportSpec | null {
  const live = [...sources].filter((s) => s.element.isConnected);
  live.sort((a, b) =>
    a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
  for (const source of live) {
    const spec = source.getSpec();
    if (spec) return spec;
  }
  return null;
}
