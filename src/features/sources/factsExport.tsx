/**
 * Every document fact as a download (CSV or JSON): the number as recorded (value, range end, qualifier, unit)
 * and as the atlas writes it ("80%", "17 per 1,000", "80,000–120,000", "more than 1,100"), what a share is of,
 * whose estimate it is, the TIP edition a count was stated in and the period it covers, and the verbatim quote.
 */
import { factContext, formatFactWithUnit } from '../../data/factFormat';
import { reportPeriod } from '../../data/wire';
import type { CoreDataset, FactsDataset } from '../../data/schema';
import { countryName, indexCore } from '../../shared/datasetSelectors';
import { atlasCitation, exportSources } from '../../shared/export/exportSources';
import { currentLink } from '../../shared/export/viewLink';
import type { ExportSpec } from '../../shared/export/exportTypes';
import { fileStem } from '../../shared/export/fileName';
import { sourcesExportSpec } from './sourcesExport';
import { metricLabel } from '../../shared/factFormat';
import { placeName } from './sourcesSelectors';

export const FACT_DOWNLOAD_COLUMNS = [
  { key: 'factId', label: 'Fact id (facts.json)' },
  { key: 'place', label: 'Country or region code' },
  { key: 'placeName', label: 'Country or region' },
  { key: 'metric', label: 'Measure id' },
  { key: 'measure', label: 'Measure' },
  { key: 'breakdown', label: 'Part of the total the figure counts' },
  { key: 'year', label: 'Year (report year for a tier, otherwise the year counted)' },
  { key: 'yearEnd', label: 'Last year of a period' },
  { key: 'yearKind', label: 'Kind of year (report or data)' },
  { key: 'reportYear', label: 'TIP report the figure was stated in' },
  { key: 'reportPeriod', label: 'Period that TIP report covers' },
  { key: 'value', label: 'Value' },
  { key: 'valueEnd', label: 'Upper end of a range' },
  { key: 'qualifier', label: 'Qualifier (exact, approximately, more_than, at_least, up_to, less_than)' },
  { key: 'unit', label: 'Unit' },
  { key: 'valueText', label: 'Value as written in the atlas' },
  { key: 'shareOf', label: 'What a share or rate is of' },
  { key: 'attributedTo', label: 'Body the figure is attributed to' },
  { key: 'source', label: 'Source id (see the sources list)' },
  { key: 'title', label: 'Article' },
  { key: 'author', label: 'Author' },
  { key: 'quote', label: 'Quote from the document' },
  { key: 'confidence', label: 'Confidence' },
  { key: 'derived', label: 'Value derived from the quote (not printed in it)' },
  { key: 'note', label: 'Note' },
];

export function factsDownloadSpec(core: CoreDataset, facts: FactsDataset, link = currentLink()): ExportSpec {
  const index = indexCore(core);
  const sourceIds = [...new Set(facts.facts.map((f) => f.source))];
  return {
    ...sourcesExportSpec({ core, viewSize: { width: 0, height: 0 }, link }),
    title: 'Facts from the source documents, with their quotes',
    subtitle: `${facts.facts.length} facts from ${sourceIds.length} documents · dataset ${core.version}`,
    citation: atlasCitation(core.version, link),
    fileStem: fileStem('tip-document-facts', core.version),
    data: {
      columns: FACT_DOWNLOAD_COLUMNS,
      rows: facts.facts.map((f) => ({
        factId: f.id,
        place: f.country,
        placeName: placeName(f.country, (iso3) => countryName(index, iso3)),
        metric: f.metric,
        measure: metricLabel(f),
        breakdown: f.breakdown ?? null,
        year: f.year,
        yearEnd: f.yearEnd ?? null,
        yearKind: f.yearKind,
        reportYear: f.reportYear ?? null,
        reportPeriod: f.reportYear !== undefined ? reportPeriod(f.reportYear) : null,
        value: f.value,
        valueEnd: f.valueEnd ?? null,
        qualifier: f.qualifier,
        unit: f.unit,
        valueText: [formatFactWithUnit(f), ...factContext({ ...f, reportYear: undefined })].join(', '),
        shareOf: f.shareOf ?? null,
        attributedTo: f.attributedTo ?? null,
        source: f.source,
        title: f.title,
        author: f.author ?? null,
        quote: f.quote,
        confidence: f.confidence,
        derived: f.derived,
        note: f.note ?? null,
      })),
      sources: exportSources(core, sourceIds),
      caveats: [
        'Each figure is what a document states, quoted verbatim; documents count differently and cover different periods. Shares, rates and ranges are not counts.',
      ],
    },
  };
}
