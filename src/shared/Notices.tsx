import { useViewStore } from '../state/viewStore';

/** Why something in the link was ignored. Plain text only: nothing from a URL is ever rendered as markup. */
export function Notices() {
  const notices = useViewStore((s) => s.notices);
  const dismiss = useViewStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div className="notice" key={n.id}>
          <span>{n.text}</span>
          <button
            type="button"
            className="link-button"
            onClick={() => dismiss(n.id)}
            aria-label={`Dismiss notice: ${n.text}`}
          >
            Dismiss
          </button>
        </div>
      ))}
    </div>
  );
}
