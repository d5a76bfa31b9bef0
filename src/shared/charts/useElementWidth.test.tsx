import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useElementWidth, useMountWidth } from './useElementWidth';

/** A ResizeObserver that reports only when the test says so, as the browser does after its own layout. */
class FakeObserver {
  static all: FakeObserver[] = [];
  observed: Element[] = [];
  disconnected = false;
  constructor(private readonly callback: () => void) {
    FakeObserver.all.push(this);
  }
  observe(el: Element) {
    this.observed.push(el);
  }
  disconnect() {
    this.disconnected = true;
  }
  unobserve() {}
  report() {
    if (!this.disconnected) this.callback();
  }
}

/** The one observer the component under test made. */
function observer(): FakeObserver {
  const [first] = FakeObserver.all;
  if (!first) throw new Error('no ResizeObserver was made');
  return first;
}

let width = 0;
let measured = 0;
beforeEach(() => {
  FakeObserver.all = [];
  measured = 0;
  vi.stubGlobal('ResizeObserver', FakeObserver);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(() => {
    measured++;
    return { width, height: 10, x: 0, y: 0, top: 0, left: 0, right: width, bottom: 10 } as DOMRect;
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const renders: number[] = [];
function Chart({ expected }: { expected: number | null }) {
  const [ref, w] = useElementWidth<HTMLDivElement>(300, expected);
  renders.push(w);
  return (
    <div ref={ref} data-testid="chart">
      {w}
    </div>
  );
}

describe('useElementWidth', () => {
  beforeEach(() => {
    renders.length = 0;
  });

  it('with a width known before, draws at it and lays nothing out in the commit; the first report confirms it', () => {
    width = 640;
    render(<Chart expected={640} />);
    expect(screen.getByTestId('chart').textContent).toBe('640');
    expect(measured).toBe(0);
    act(() => observer().report());
    expect(measured).toBe(1);
    expect(renders).toEqual([640]);
  });

  it('draws again at once when the known width was not the one laid out', () => {
    width = 500;
    render(<Chart expected={640} />);
    act(() => observer().report());
    expect(screen.getByTestId('chart').textContent).toBe('500');
    width = 420;
    act(() => observer().report());
    expect(screen.getByTestId('chart').textContent).toBe('420');
  });

  it('without one, measures in the commit (the fallback first, then the real width)', () => {
    width = 500;
    render(<Chart expected={null} />);
    expect(measured).toBe(1);
    expect(renders).toEqual([300, 500]);
  });
});

const viewRenders: string[] = [];
function View() {
  const [ref, w, settled] = useMountWidth<HTMLElement>();
  const text = settled ? `settled ${w ?? 'none'}` : 'waiting';
  viewRenders.push(text);
  return (
    <section ref={ref} data-testid="view">
      {text}
    </section>
  );
}

describe('useMountWidth', () => {
  beforeEach(() => {
    viewRenders.length = 0;
  });

  it('measures the element once as it mounts, before the browser paints, and keeps that width', () => {
    width = 390;
    const { rerender } = render(<View />);
    // Rendered once unsettled, then again (in the same commit) with the width: nothing painted in between.
    expect(viewRenders).toEqual(['waiting', 'settled 390']);
    expect(measured).toBe(1);
    width = 800;
    rerender(<View />);
    expect(screen.getByTestId('view').textContent).toBe('settled 390');
    expect(measured).toBe(1);
  });

  it('settles without a width when the element has none (tests, a hidden view)', () => {
    width = 0;
    render(<View />);
    expect(screen.getByTestId('view').textContent).toBe('settled none');
  });
});
