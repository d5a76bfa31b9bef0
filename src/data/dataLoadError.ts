/**
 * Why a data file could not be used: which file, and what went wrong, in words a user can act on. A module of its
 * own, free of the app's libraries, so the code that reads the map's geometry before the app has loaded
 * (features/map/mapEarly.ts) reports a failure exactly as the loaders do.
 */
export class DataLoadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'DataLoadError';
  }
}
