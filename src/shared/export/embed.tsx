/**
 * `?embed=1`: the view for an <iframe> on another page. The app's header, navigation and briefing controls are
 * left out; the view keeps its own title, legend and the footer naming the sources, and a bar links out to the
 * full view in TIP Atlas. It is the same app, so it keeps working offline the way the app does after its first
 * load (the view's code and data are the app's own files, fetched once).
 */
import { toQuery } from '../../state/urlState';
import { selectViewState, useViewStore } from '../../state/viewStore';
import { viewLink } from './viewLink';
import './embed.css';

export const EMBED_PARAM = 'embed';

/** Whether the page was opened as an embed (read once: the flag does not change while the page lives). */
export const isEmbed = (
  search: string = typeof window === 'undefined' ? '' : window.location.search,
): boolean => new URLSearchParams(search).get(EMBED_PARAM) === '1';

/** The link that opens `link` (a view's link) as an embed. */
export function embedLink(link: string): string {
  const url = new URL(link);
  url.searchParams.set(EMBED_PARAM, '1');
  return url.toString().replace(/%2C/g, ',');
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Default height of the embed snippet: a view's chart, legend and sources at laptop width. */
export const EMBED_HEIGHT = 640;

/** The HTML a page pastes to show the view: an iframe of the embed link, titled for assistive technology. */
export function embedSnippet(link: string, title: string): string {
  return `<iframe src="${escapeAttribute(embedLink(link))}" title="${escapeAttribute(title)}" width="100%" height="${EMBED_HEIGHT}" style="border:0" loading="lazy"></iframe>`;
}

/** The bar an embed shows instead of the app's header: the app's name and a link out to the full view. */
export function EmbedBar() {
  const query = useViewStore((s) => toQuery(selectViewState(s)));
  const href =
    typeof window === 'undefined'
      ? ''
      : viewLink(`${window.location.origin}${window.location.pathname}${query}`);
  return (
    <div className="embed-bar">
      <span className="brand-name">TIP Atlas</span>
      <a href={href} target="_blank" rel="noopener">
        Open the full view in TIP Atlas <span aria-hidden="true">↗</span>
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    </div>
  );
}
