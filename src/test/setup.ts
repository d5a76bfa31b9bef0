import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { usePackStore } from '../features/present/packStore';
import { useViewStore } from '../state/viewStore';

// findBy… and waitFor give up after 1 s by default; a view's first lazy import is transformed on demand, which on a
// busy 2-core machine can take longer. Waiting longer costs a passing test nothing: it returns as soon as the page
// shows what it waits for.
configure({ asyncUtilTimeout: 5_000 });

// jsdom has <dialog> but not its modal methods (the pin dialog and the pack panel open with showModal): open and
// close it as the browser would.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false;
};

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
