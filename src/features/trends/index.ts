// The trends feature's public entry: what other features may use of it.
export { globalTrendsExportSpec, trendsExportSpec } from './trendsExport';
