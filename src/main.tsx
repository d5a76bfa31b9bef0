import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-700.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './App';

// 'offlineFirst': a data file requested while offline is tried and fails with the error-and-retry state,
// instead of react-query's default of waiting silently ("Loading…" for ever) until the network returns.
const queryClient = new QueryClient({ defaultOptions: { queries: { networkMode: 'offlineFirst' } } });

createRoot(document.getElementById('root')!, {
  // An error a boundary has caught is handled and explained on screen (ViewErrorBoundary): a warning, not an error.
  onCaughtError: (error, info) =>
    console.warn('Handled by an error boundary:', error, info.componentStack ?? ''),
}).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
