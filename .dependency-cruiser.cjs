/* global module */
/**
 * The layering of ../shared/STYLE.md, checked in `npm test` (scripts/test-all.mjs runs `depcruise src`).
 * Data flows one way: data/ → state/ → shared/ → features/; a feature is a folder with one public entry.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'lower-layers-never-import-features',
      comment:
        'src/shared, src/data and src/state are below the features: they must not import from src/features ' +
        '(move the piece they need down into shared/ or data/).',
      severity: 'error',
      from: { path: '^src/(shared|data|state)/' },
      to: { path: '^src/features/' },
    },
    {
      name: 'features-meet-through-their-entry',
      comment:
        'A feature reaches another feature only through that feature’s public entry, src/features/<name>/index.ts.',
      severity: 'error',
      from: { path: '^src/features/([^/]+)/' },
      to: {
        path: '^src/features/([^/]+)/',
        pathNot: ['^src/features/$1/', '^src/features/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'models-never-import-components',
      comment:
        'Selector, model and other .ts files are pure: they must not import a .tsx component (the arrow goes the ' +
        'other way). Tests are exempt; so are a feature’s public entry (index.ts, which re-exports) and ' +
        'exportActions.ts, the export’s I/O entry point, which drives the off-screen renderer (svgBuilder.tsx), ' +
        'and a feature’s *Export.ts spec builders, which compose the chart renderers of its *Export.tsx.',
      severity: 'error',
      from: {
        path: '^src/.+\\.ts$',
        pathNot: [
          '\\.test\\.ts$',
          '/index\\.ts$',
          '^src/shared/export/exportActions\\.ts$',
          '^src/features/[^/]+/\\w+Export\\.ts$',
        ],
      },
      to: { path: '\\.tsx$' },
    },
    {
      name: 'schemas-only-where-a-file-is-checked',
      comment:
        'The dataset’s schemas (schema.ts, schemaBase.ts, tierTable.ts: zod) load only when a data file must be ' +
        'checked (datasetCheck.ts, a chunk of its own): the app reads the files the build checked without them ' +
        '(src/data/README.md). Other code imports their values from wire.ts and tierCodec.ts, and their types ' +
        'with `import type`. Tests and the build-time pre-render (src/prerender/entry.tsx) are exempt.',
      severity: 'error',
      from: {
        path: '^src/',
        pathNot: [
          '\\.test\\.tsx?$',
          '^src/test/',
          '^src/data/(schema|schemaBase|tierTable|datasetCheck)\\.ts$',
          '^src/prerender/(entry|pictureCountries)\\.tsx$',
        ],
      },
      to: {
        path: '^src/data/(schema|schemaBase|tierTable)\\.ts$',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'no-unresolvable-imports',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.(css|woff2)(\\?inline)?$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
