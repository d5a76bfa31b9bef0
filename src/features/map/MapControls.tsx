import { useMemo } from 'react';
import { CountryCombobox } from '../../shared/CountryCombobox';
import type { CoreIndex } from '../../shared/datasetSelectors';
import { ExportButton } from '../../shared/export/ExportButton';
import type { ExportSpec } from '../../shared/export/exportTypes';
import { REGION_PRESETS, type RegionPreset } from '../../state/urlState';
import { useViewStore } from '../../state/viewStore';
import { REGION_LABEL } from './mapConstants';
import type { MapModel } from './mapModel';
import { yearCoverage } from './mapSelectors';
import { compareText } from '../../data/englishText';

interface Props {
  index: CoreIndex;
  model: MapModel;
  openCountry: (iso3: string) => void;
  getSpec: () => Promise<ExportSpec | null>;
}

/** The map's title and subtitle, and its controls: mode, region, baseline report, country search and export. */
export function MapControls({ index, model, openCountry, getSpec }: Props) {
  const set = useViewStore((s) => s.set);
  const { mode, region, baseYear, toYear, members } = model;
  const countries = useMemo(
    () => [...index.countries.values()].sort((a, b) => compareText(a.name, b.name)),
    [index],
  );
  return (
    <div className="map-heading">
      <div>
        <h1 id="map-title">{model.title}</h1>
        <p className="map-subtitle" data-testid="map-subtitle">
          {model.subtitle}
          {region !== 'world' && <span className="muted"> · {REGION_LABEL[region]}</span>}
        </p>
      </div>
      <div className="map-controls">
        <div className="segmented" role="group" aria-label="Map mode">
          <button type="button" aria-pressed={mode === 'tiers'} onClick={() => set({ mode: 'tiers' })}>
            Tiers
          </button>
          <button type="button" aria-pressed={mode === 'changes'} onClick={() => set({ mode: 'changes' })}>
            Changes
          </button>
        </div>
        <label className="control">
          <span>Region</span>
          <select value={region} onChange={(e) => set({ region: e.target.value as RegionPreset })}>
            {REGION_PRESETS.map((r) => (
              <option key={r} value={r}>
                {REGION_LABEL[r]}
              </option>
            ))}
          </select>
        </label>
        {mode === 'changes' && (
          <label className="control">
            <span>Compare with</span>
            <select
              value={baseYear ?? ''}
              onChange={(e) => set({ fromYear: e.target.value ? Number(e.target.value) : null })}
            >
              {baseYear === null && <option value="">No earlier report</option>}
              {index.reportYears
                .filter((y) => y < toYear)
                .map((y) => (
                  <option key={y} value={y}>
                    {y} report{yearCoverage(index, y) === 'none' ? ' (no data)' : ''}
                  </option>
                ))}
            </select>
          </label>
        )}
        <CountryCombobox
          label="Find a country"
          countries={countries}
          placeholder="Country name or code"
          onSelect={(iso3) => {
            if (members && !members.has(iso3)) set({ region: 'world' });
            openCountry(iso3);
          }}
        />
        <ExportButton getSpec={getSpec} />
      </div>
    </div>
  );
}
