/**
 * The d3-geo that react-simple-maps is given (vite.config.ts, slimD3GeoForReactSimpleMaps): what the library calls,
 * and the projection the map draws with. Nothing in the app imports this file.
 */
export { geoEqualEarth, geoGraticule, geoPath } from 'd3-geo';
