import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { InteractiveTimeSeries } from './InteractiveTimeSeries';
import { layoutTimeSeries } from './timeSeriesLayout';

const layout = layoutTimeSeries({
  width: 800,
  height: 360,
  xDomain: [2015, 2021],
  scale: 'linear',
  yLabel: 'Persons convicted',
  series: [
    {
      id: 'SRB',
      label: 'Serbia',
      shortLabel: 'SRB',
      colour: '#000',
      shape: 'circle',
      source: 'UNODC GLOTIP, May 2023 release',
      points: [
        { dataYear: 2017, value: 13 },
        { dataYear: 2018, value: '<5' },
      ],
    },
    {
      id: 'VNM',
      label: 'Vietnam',
      shortLabel: 'VNM',
      colour: '#333',
      shape: 'square',
      source: 'UNODC GLOTIP, May 2023 release',
      points: [{ dataYear: 2015, value: 150 }],
    },
  ],
  marks: [
    {
      id: 'doc-SRB-1',
      label: 'Serbia',
      shortLabel: 'SRB',
      colour: '#000',
      shape: 'star',
      dataYear: 2020,
      value: 18,
      valueText: '18',
      hollow: false,
      conflict: null,
      what: 'convictions',
      quotes: [
        {
          quote: 'courts convicted 16 traffickers compared with 18 in 2020',
          cite: 'Human Trafficking in Serbia',
        },
      ],
      source: 'Document: Human Trafficking in Serbia',
    },
  ],
});

const setup = () => {
  render(<InteractiveTimeSeries layout={layout} label="Persons convicted" ariaLabel="chart" />);
  return userEvent.setup();
};

describe('InteractiveTimeSeries', () => {
  it('is one tab stop, named for screen readers', async () => {
    const user = setup();
    await user.tab();
    expect(screen.getByRole('group', { name: 'Persons convicted' })).toHaveFocus();
  });

  it('moves between data years with the arrow keys and lists every series, with "no data" where missing', async () => {
    const user = setup();
    await user.tab();
    await user.keyboard('{Home}');
    const tooltip = document.querySelector('.chart-tooltip')!;
    expect(tooltip).toHaveTextContent('Data year 2015');
    expect(tooltip).toHaveTextContent(/Vietnam\s*150/);
    expect(tooltip).toHaveTextContent(/Serbia\s*no data/);
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(document.querySelector('.chart-tooltip')).toHaveTextContent('Data year 2018');
    expect(document.querySelector('.chart-tooltip')).toHaveTextContent('<5 (fewer than five)');
  });

  it('shows the quote and source of a document figure', async () => {
    const user = setup();
    await user.tab();
    await user.keyboard('{End}');
    const tooltip = document.querySelector('.chart-tooltip')!;
    expect(tooltip).toHaveTextContent('Serbia: 18 convictions');
    expect(tooltip).toHaveTextContent('courts convicted 16 traffickers compared with 18 in 2020');
    expect(tooltip).toHaveTextContent('Human Trafficking in Serbia');
  });

  it('closes the details with Escape', async () => {
    const user = setup();
    await user.tab();
    await user.keyboard('{End}');
    expect(document.querySelector('.chart-tooltip')).not.toBeNull();
    await user.keyboard('{Escape}');
    expect(document.querySelector('.chart-tooltip')).toBeNull();
  });

  it('announces the focused value in a live region', async () => {
    const user = setup();
    await user.tab();
    await user.keyboard('{End}');
    expect(document.querySelector('[aria-live="polite"]')).toHaveTextContent(
      /Serbia, convictions, data year 2020: 18 .*Quote: “courts convicted/,
    );
  });
});
