import type { Region } from '../../src/data/schema';

/**
 * Places a country in one of the map's region presets from its UN M49 region and subregion (as the UNODC
 * release gives them). The presets follow how briefings group countries, close to the TIP Report's own
 * bureaus: North Africa and West Asia form the Middle East and North Africa; the Caucasus, Cyprus and Türkiye
 * sit with Europe; Iran sits with the Middle East.
 */
const EUROPE_IN_WESTERN_ASIA = new Set(['ARM', 'AZE', 'GEO', 'CYP', 'TUR']);
const MENA_IN_SOUTHERN_ASIA = new Set(['IRN']);

export function regionFromM49(iso3: string, region: string, subregion: string): Region | null {
  if (EUROPE_IN_WESTERN_ASIA.has(iso3)) return 'Europe';
  if (MENA_IN_SOUTHERN_ASIA.has(iso3)) return 'MENA';
  switch (region) {
    case 'Africa':
      return subregion === 'Northern Africa' ? 'MENA' : 'Africa';
    case 'Americas':
      return 'Americas';
    case 'Europe':
      return 'Europe';
    case 'Oceania':
      return 'Asia-Pacific';
    case 'Asia':
      return subregion === 'Western Asia' ? 'MENA' : 'Asia-Pacific';
    default:
      return null;
  }
}

/**
 * Rated places the UNODC release does not list, so it gives no M49 region for them.
 * Kept short on purpose: the build fails for any other country without a region.
 */
export const REGION_FALLBACK: Record<string, Region> = {
  XKX: 'Europe',
  TWN: 'Asia-Pacific',
  HKG: 'Asia-Pacific',
  MAC: 'Asia-Pacific',
  PRK: 'Asia-Pacific',
  SOM: 'Africa',
  LBY: 'MENA',
  YEM: 'MENA',
  SSD: 'Africa',
  ERI: 'Africa',
  CUB: 'Americas',
  CUW: 'Americas',
  ABW: 'Americas',
  SXM: 'Americas',
  VAT: 'Europe',
  PSE: 'MENA',
  TKM: 'Asia-Pacific',
  TLS: 'Asia-Pacific',
  SLB: 'Asia-Pacific',
  VUT: 'Asia-Pacific',
  TON: 'Asia-Pacific',
  WSM: 'Asia-Pacific',
  KIR: 'Asia-Pacific',
  TUV: 'Asia-Pacific',
  NRU: 'Asia-Pacific',
  MHL: 'Asia-Pacific',
  FSM: 'Asia-Pacific',
  PLW: 'Asia-Pacific',
  BHS: 'Americas',
  BRB: 'Americas',
  BLZ: 'Americas',
  GRD: 'Americas',
  LCA: 'Americas',
  VCT: 'Americas',
  KNA: 'Americas',
  DMA: 'Americas',
  ATG: 'Americas',
  SUR: 'Americas',
  GUY: 'Americas',
  HTI: 'Americas',
  COM: 'Africa',
  STP: 'Africa',
  SYC: 'Africa',
  CPV: 'Africa',
  GNQ: 'Africa',
  GAB: 'Africa',
  DJI: 'Africa',
  MDV: 'Asia-Pacific',
  BRN: 'Asia-Pacific',
  BTN: 'Asia-Pacific',
  MNG: 'Asia-Pacific',
  AND: 'Europe',
  LIE: 'Europe',
  MCO: 'Europe',
  SMR: 'Europe',
  MLT: 'Europe',
  ISL: 'Europe',
  LUX: 'Europe',
};
