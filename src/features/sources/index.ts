// The sources feature's public entry: what other features may use of it.
export { sourcesExportSpec } from './sourcesExport';
