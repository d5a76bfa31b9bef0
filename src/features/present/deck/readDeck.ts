import { strFromU8, unzipSync } from 'fflate';

/** What a .pptx holds, read back from its XML: used by the unit tests, the e2e test and scripts/deck-check.ts. */
export interface ReadSlide {
  /** The text of the title placeholder, or of the first text box on a slide without one. */
  title: string;
  /** All text on the slide, paragraphs joined by newlines. */
  text: string;
  images: { target: string; bytes: number; altText: string | null }[];
  hyperlinks: string[];
  notes: string;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Paragraphs of DrawingML text in a fragment: each <a:p>'s runs joined. */
function paragraphs(xml: string): string[] {
  return [...xml.matchAll(/<a:p>([\s\S]*?)<\/a:p>|<a:p\b[^>]*>([\s\S]*?)<\/a:p>/g)].map((m) =>
    decode([...(m[1] ?? m[2] ?? '').matchAll(/<a:t>([\s\S]*?)<\/a:t>/g)].map((t) => t[1]).join('')),
  );
}

function relsOf(
  files: Record<string, Uint8Array>,
  path: string,
): Map<string, { type: string; target: string }> {
  const [dir, name] = [path.slice(0, path.lastIndexOf('/')), path.slice(path.lastIndexOf('/') + 1)];
  const rels = files[`${dir}/_rels/${name}.rels`];
  const map = new Map<string, { type: string; target: string }>();
  if (!rels) return map;
  for (const m of strFromU8(rels).matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const attr = (k: string) => new RegExp(`${k}="([^"]*)"`).exec(m[1] ?? '')?.[1] ?? '';
    map.set(attr('Id'), { type: attr('Type'), target: decode(attr('Target')) });
  }
  return map;
}

const resolve = (from: string, target: string) => {
  const parts = from.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
};

/** Reads the slides of a .pptx in presentation order. */
export function readDeck(bytes: Uint8Array): ReadSlide[] {
  const files = unzipSync(bytes);
  const presentation = strFromU8(files['ppt/presentation.xml'] ?? new Uint8Array());
  const presRels = relsOf(files, 'ppt/presentation.xml');
  const order = [...presentation.matchAll(/<p:sldId\b[^>]*r:id="([^"]+)"/g)].map(
    (m) => `ppt/${presRels.get(m[1] ?? '')?.target ?? ''}`,
  );
  return order.map((path) => {
    const xml = strFromU8(files[path] ?? new Uint8Array());
    const rels = relsOf(files, path);
    const shapes = [...xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)].map((m) => m[1] ?? '');
    const titleShape = shapes.find((s) => /<p:ph\b[^>]*type="(title|ctrTitle)"/.test(s)) ?? shapes[0] ?? '';
    const images = [...xml.matchAll(/<p:pic>([\s\S]*?)<\/p:pic>/g)].map((m) => {
      const pic = m[1] ?? '';
      const id = /r:embed="([^"]+)"/.exec(pic)?.[1] ?? '';
      const target = resolve(path, rels.get(id)?.target ?? '');
      const descr = /<p:cNvPr\b[^>]*descr="([^"]*)"/.exec(pic)?.[1];
      return {
        target,
        bytes: files[target]?.length ?? 0,
        altText: descr === undefined ? null : decode(descr),
      };
    });
    const hyperlinks = [...xml.matchAll(/<a:hlinkClick\b[^>]*r:id="([^"]+)"/g)].map(
      (m) => rels.get(m[1] ?? '')?.target ?? '',
    );
    const notesRel = [...rels.values()].find((r) => r.type.endsWith('/notesSlide'));
    let notes = '';
    if (notesRel) {
      const notesXml = strFromU8(files[resolve(path, notesRel.target)] ?? new Uint8Array());
      // The notes page holds a slide-image placeholder and the body placeholder with the note.
      const body = [...notesXml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)]
        .map((m) => m[1] ?? '')
        .find((s) => /<p:ph\b[^>]*type="body"/.test(s));
      notes = body ? paragraphs(body).join('\n').trim() : '';
    }
    return {
      title: paragraphs(titleShape).join(' ').trim(),
      text: shapes.flatMap(paragraphs).join('\n'),
      images,
      hyperlinks,
      notes,
    };
  });
}
