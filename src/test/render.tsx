import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { DEFAULT_STATE } from '../state/urlState';
import { useViewStore } from '../state/viewStore';

/** Renders with a fresh query cache and a view store reset to the defaults. */
export function renderWithData(ui: ReactElement) {
  useViewStore.setState({ ...DEFAULT_STATE, countries: [], notices: [] });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>);
}
