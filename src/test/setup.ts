import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { usePackStore } from '../features/present/packStore';
import { useViewStore } from '../state/viewStore';

// Component suites share one jsdom per worker (the dom project runs with `isolate: false`, which saves most of its
// time): every file starts from the same page, stores and storage, whatever ran before it in that worker.
const initialView = useViewStore.getState();
const initialPack = usePackStore.getState();

function freshPage() {
  cleanup();
  useViewStore.setState(initialView, true);
  usePackStore.setState(initialPack, true);
  window.localStorage.clear();
  window.sessionStorage.clear();
  window.history.replaceState(null, '', '/');
  document.title = '';
  document.body.innerHTML = '';
  (document.activeElement as HTMLElement | null)?.blur?.();
}

beforeAll(freshPage);
afterEach(() => cleanup());
afterAll(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
  vi.useRealTimers();
  vi.restoreAllMocks();
  freshPage();
});
