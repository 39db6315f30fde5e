/**
 * What Pagefind reads of a page: the page without the ids of elements other
 * than headings. Pagefind records every id inside the indexed <main> as an
 * anchor and stores the element's text again beside the page's content in the
 * page's fragment (the file a reader's browser loads for each result shown),
 * but its sub-results use only headings (and anchors given a title, which this
 * site does not use). A report page's ~190 sentence ids (#s-N, every "source"
 * link's target) doubled its fragment: 1,000 report pages' fragments were
 * 14.6 MB gzipped with them, 8.2 MB without. The page served keeps its ids.
 */

/** A start tag's id attribute (the site's HTML quotes attribute values and escapes `>` in them). */
const ID = /<([a-zA-Z][\w-]*)([^>]*?)\sid="[^"]*"/g;

export function withoutNonHeadingIds(html: string): string {
  return html.replace(ID, (tag, name: string, before: string) => (/^h[1-6]$/i.test(name) ? tag : `<${name}${before}`));
}
