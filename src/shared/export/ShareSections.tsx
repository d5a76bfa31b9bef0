import { useState } from 'react';
import { copyText } from './download';
import { embedSnippet } from './embed';

/**
 * The export dialog's Link and Embed sections: the view's link and its iframe snippet, each with a copy button and
 * a status line saying what was copied (or why not).
 */
export function ShareSections({ id, link, title }: { id: string; link: string; title: string }) {
  const [linkStatus, setLinkStatus] = useState<string>('');
  const [embedStatus, setEmbedStatus] = useState<string>('');

  async function copyLink() {
    const result = await copyText(link);
    setLinkStatus(result.ok ? 'Link copied. It reopens this exact view.' : result.reason);
  }

  const snippet = embedSnippet(link, title);
  async function copyEmbed() {
    const result = await copyText(snippet);
    setEmbedStatus(
      result.ok ? 'Embed code copied. Paste it into a web page to show this view there.' : result.reason,
    );
  }

  return (
    <>
      <section aria-labelledby={`${id}-link`} className="export-section">
        <h3 id={`${id}-link`}>Link</h3>
        <div className="export-link">
          <input
            type="text"
            readOnly
            value={link}
            aria-label="Link to this view"
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" onClick={() => void copyLink()}>
            Copy link
          </button>
        </div>
        <p className="export-link-status" role="status" aria-live="polite">
          {linkStatus}
        </p>
      </section>
      <section aria-labelledby={`${id}-embed`} className="export-section">
        <h3 id={`${id}-embed`}>Embed</h3>
        <p className="muted">
          The live view for a web page: its title, legend and sources, without the app’s menus, and a link to
          the full view.
        </p>
        <div className="export-link">
          <textarea
            readOnly
            rows={3}
            value={snippet}
            aria-label="Embed code (HTML)"
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" onClick={() => void copyEmbed()}>
            Copy embed code
          </button>
        </div>
        <p className="export-link-status" role="status" aria-live="polite">
          {embedStatus}
        </p>
      </section>
    </>
  );
}
