// The map feature's public entry: what other features may use of it.
export { mapExportSpecFor } from './mapExport';
export {
  fetchWorldFeatures,
  joinFeatures,
  smallPlaces,
  WORLD_QUERY_KEY,
  type WorldFeature,
} from './mapGeometry';
export { mapModel } from './mapModel';
export { REGION_LABEL } from './mapConstants';
