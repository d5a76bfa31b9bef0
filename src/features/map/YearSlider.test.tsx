import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { nextIndex, YearSlider, yearValueText } from './YearSlider';
import type { YearMark } from './mapModel';

const marks: YearMark[] = [2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008].map((reportYear) => ({
  reportYear,
  status: reportYear === 2004 ? 'none' : reportYear === 2008 ? 'lists-only' : 'complete',
}));

function Harness({ start }: { start: number }) {
  const [value, setValue] = useState(start);
  return <YearSlider label="Report year" marks={marks} value={value} onChange={setValue} />;
}

describe('nextIndex', () => {
  it('follows the ARIA slider keys', () => {
    expect(nextIndex('ArrowRight', 3, 8)).toBe(4);
    expect(nextIndex('ArrowUp', 3, 8)).toBe(4);
    expect(nextIndex('ArrowLeft', 3, 8)).toBe(2);
    expect(nextIndex('ArrowDown', 3, 8)).toBe(2);
    expect(nextIndex('PageUp', 1, 8)).toBe(6);
    expect(nextIndex('PageDown', 6, 8)).toBe(1);
    expect(nextIndex('Home', 5, 8)).toBe(0);
    expect(nextIndex('End', 0, 8)).toBe(7);
    expect(nextIndex('a', 0, 8)).toBeNull();
  });

  it('stops at the ends', () => {
    expect(nextIndex('ArrowRight', 7, 8)).toBe(7);
    expect(nextIndex('PageDown', 2, 8)).toBe(0);
  });
});

describe('YearSlider', () => {
  it('is a slider named for the report year, with its range and value', () => {
    render(<Harness start={2003} />);
    const slider = screen.getByRole('slider', { name: 'Report year' });
    expect(slider).toHaveAttribute('aria-valuemin', '2001');
    expect(slider).toHaveAttribute('aria-valuemax', '2008');
    expect(slider).toHaveAttribute('aria-valuenow', '2003');
    expect(slider).toHaveAttribute('aria-valuetext', '2003 report, April 2002 – March 2003');
  });

  it('moves with the arrow, Page and Home/End keys', () => {
    render(<Harness start={2003} />);
    const slider = screen.getByRole('slider');
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(slider).toHaveAttribute('aria-valuenow', '2004');
    fireEvent.keyDown(slider, { key: 'End' });
    expect(slider).toHaveAttribute('aria-valuenow', '2008');
    fireEvent.keyDown(slider, { key: 'PageDown' });
    expect(slider).toHaveAttribute('aria-valuenow', '2003');
    fireEvent.keyDown(slider, { key: 'Home' });
    expect(slider).toHaveAttribute('aria-valuenow', '2001');
  });

  it('says when a year has no tier data or lists only', () => {
    render(<Harness start={2004} />);
    expect(screen.getByRole('slider')).toHaveAttribute(
      'aria-valuetext',
      '2004 report, April 2003 – March 2004; no tier data',
    );
    expect(yearValueText({ reportYear: 2008, status: 'lists-only' })).toMatch(
      /only the Watch List and Tier 3 listed in full$/,
    );
  });

  it('marks years without full tier data on the track', () => {
    const { container } = render(<Harness start={2001} />);
    expect(container.querySelector('[data-year="2004"]')).toHaveAttribute('data-status', 'none');
    expect(container.querySelector('[data-year="2008"]')).toHaveAttribute('data-status', 'lists-only');
    expect(container.querySelector('[data-year="2002"]')).toHaveAttribute('data-status', 'complete');
  });
});
