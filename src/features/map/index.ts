// The map feature's public entry: what other features may use of it.
export { mapExportSpecFor } from './mapExport';
export { joinFeatures, smallPlaces, worldQuery, type WorldFeature } from './mapGeometry';
export { mapModel } from './mapModel';
export { REGION_LABEL } from './mapConstants';
