// The sources feature's public entry: what other features may use of it.
export { LICENCE_LABEL } from './sourcesSelectors';
export { sourcesExportSpec } from './sourcesExport';
