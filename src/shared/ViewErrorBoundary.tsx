import { Component, type ReactNode } from 'react';

interface Props {
  /** The view's name as the navigation shows it, e.g. "Trends". */
  viewLabel: string;
  /** Called by the Retry button, before the boundary renders its children again. */
  onRetry: () => void;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/** A failed download of a view's code (offline, a new deployment) or a bug in one view. */
const isLoadFailure = (error: Error): boolean =>
  /dynamically imported module|Importing a module script failed|error loading dynamically|Failed to fetch/i.test(
    error.message,
  );

/**
 * Keeps one view's failure inside that view: without it, a view whose code cannot be downloaded (the network was
 * cut after the first load) or that throws while rendering unmounts the whole app and leaves a blank page.
 */
export class ViewErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const loadFailure = isLoadFailure(error);
    return (
      <div className="state state-error" role="alert">
        <p>
          <strong>
            The {this.props.viewLabel} view could not be {loadFailure ? 'loaded' : 'shown'}.
          </strong>{' '}
          {loadFailure
            ? 'Its code could not be downloaded: check the connection, then retry.'
            : `Something went wrong while drawing it (${error.message}).`}
        </p>
        <button
          type="button"
          onClick={() => {
            this.props.onRetry();
            this.setState({ error: null });
          }}
        >
          Retry
        </button>
      </div>
    );
  }
}
