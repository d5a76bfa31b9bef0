import { describe, expect, it } from 'vitest';
import { coreFixture } from '../../test/fixtures';
import { LICENCE_LABEL } from './sourcesSelectors';
import { sourcesSummary } from './sourcesSummary';

describe('sourcesSummary', () => {
  it('says how many tables and documents the registry lists, names them and counts their licences', () => {
    const text = sourcesSummary(coreFixture);
    expect(text).toBe(
      'The atlas lists 1 data table (UNODC Global Report on Trafficking in Persons (GLOTIP), country data) and ' +
        '1 source document (Human Trafficking in Serbia), each with its citation and licence. ' +
        `Licences: ${LICENCE_LABEL['attribution-required']}, 1 source; ${LICENCE_LABEL['quoted-under-fair-use']}, 1 source. ` +
        'Every number in the atlas names one of these sources.',
    );
  });

  it('says an empty registry lists nothing rather than inventing a source', () => {
    expect(sourcesSummary({ sources: [] })).toBe(
      'The atlas lists 0 data tables and 0 source documents, each with its citation and licence. Every number in the atlas names one of these sources.',
    );
  });
});
