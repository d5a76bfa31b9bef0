import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { coreFixture } from '../../test/fixtures';
import { CountrySelection, type SelectedCountry } from './CountrySelection';

const identity = (iso3: string): SelectedCountry => ({
  iso3,
  name: coreFixture.countries.find((c) => c.iso3 === iso3)!.name,
  colour: '#000',
  shape: 'circle',
});

/** The selection kept in state, as the view store keeps it in the URL. */
function Harness({ initial }: { initial: string[] }) {
  const [isos, setIsos] = useState(initial);
  return (
    <CountrySelection
      label="Add a country"
      all={coreFixture.countries}
      selected={isos.map(identity)}
      max={4}
      onAdd={(iso3) => setIsos((l) => [...l, iso3])}
      onRemove={(iso3) => setIsos((l) => l.filter((c) => c !== iso3))}
      onMove={(iso3, delta) =>
        setIsos((l) => {
          const i = l.indexOf(iso3);
          const next = [...l];
          next.splice(i, 1);
          next.splice(i + delta, 0, iso3);
          return next;
        })
      }
    />
  );
}

const chipNames = () => screen.getAllByRole('listitem').map((li) => li.textContent?.replace(/[←→×]/g, ''));

describe('CountrySelection', () => {
  it('keeps the keyboard focus on the chip when a move disables the pressed button', async () => {
    render(<Harness initial={['BLR', 'SRB', 'VNM']} />);
    screen.getByRole('button', { name: 'Move Serbia earlier' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(chipNames()).toEqual(['Serbia', 'Belarus', 'Vietnam']);
    // "Earlier" is now disabled on the first chip: the focus moves to its "later" button, not to the page.
    expect(screen.getByRole('button', { name: 'Move Serbia later' })).toHaveFocus();
  });

  it('leaves the focus on the pressed button while it still works', async () => {
    render(<Harness initial={['BLR', 'SRB', 'VNM']} />);
    screen.getByRole('button', { name: 'Move Belarus later' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(chipNames()).toEqual(['Serbia', 'Belarus', 'Vietnam']);
    expect(screen.getByRole('button', { name: 'Move Belarus later' })).toHaveFocus();
  });

  it('moves the focus to the next chip after a removal, then to the one before, then to the search box', async () => {
    render(<Harness initial={['BLR', 'SRB', 'VNM']} />);
    screen.getByRole('button', { name: 'Remove Serbia' }).focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Remove Vietnam' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'Remove Belarus' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('combobox', { name: 'Add a country' })).toHaveFocus();
  });
});
