/**
 * Where the data files are, and the first ones read early: the page's entry (main.tsx) asks for the files the first
 * view is drawn from as it starts loading the app's code, so they are downloaded and read while that code is still
 * being compiled (the main thread is otherwise idle then), and the app's loaders take them over (`fetchFirst`).
 * Kept tiny and free of the app's libraries: it is part of the page's entry.
 */
import { DATASET_FILES, type DatasetFileKey } from './wire';

/** The data files sit next to index.html, so the app works from any folder it is served from. */
export const dataUrl = (key: DatasetFileKey): string =>
  `${import.meta.env.BASE_URL}data/${DATASET_FILES[key]}`;

const started = new Map<string, Promise<Response>>();
/** Statuses whose response has no body (a Response cannot be made with one). */
const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);

/** The response with its body read, so taking it over costs no further round trip to the network stack. */
async function download(url: string): Promise<Response> {
  const response = await fetch(url);
  if (NULL_BODY_STATUS.has(response.status)) return response;
  const body = await response.arrayBuffer();
  return new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
}

/** Starts downloading these files now (each once); `fetchFirst` hands each over to the first loader asking. */
export function fetchEarly(urls: readonly string[]): void {
  if (typeof fetch !== 'function') return;
  for (const url of urls) {
    if (started.has(url)) continue;
    const response = download(url);
    // A failure is the loader's to report, when it takes the response; none is left unhandled meanwhile.
    response.catch(() => undefined);
    started.set(url, response);
  }
}

/**
 * `fetch`, but a file started early is taken over (once: a retry downloads it again). The loaders' default, so a
 * broken or missing file read early is reported exactly as one fetched late.
 */
export const fetchFirst: typeof fetch = (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const early = started.get(url);
  if (early && !init) {
    started.delete(url);
    return early;
  }
  return fetch(input, init);
};
