import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { DataLoadError } from '../data/loaders';

interface Props<T> {
  query: UseQueryResult<T>;
  /** What the data is for, e.g. "tier data". */
  what: string;
  children: (data: T) => ReactNode;
}

export function LoadingState({ what }: { what: string }) {
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      Loading {what}…
    </div>
  );
}

/** Loading, error-with-retry, or the content: never a blank page. */
export function DataState<T>({ query, what, children }: Props<T>) {
  if (query.isPending) return <LoadingState what={what} />;
  if (query.isError) {
    const err = query.error;
    const detail = err instanceof DataLoadError ? `${err.file} ${err.reason}.` : String(err);
    return (
      <div className="state state-error" role="alert">
        <p>
          <strong>The {what} could not be loaded.</strong> {detail}
        </p>
        <button type="button" onClick={() => void query.refetch()} disabled={query.isFetching}>
          {query.isFetching ? 'Retrying…' : 'Retry'}
        </button>
      </div>
    );
  }
  return <>{children(query.data)}</>;
}
