// The compare feature's public entry: what other features may use of it.
export { compareExportSpec } from './compareExport';
export { compareTiersExportSpec } from './compareTiersExport';
