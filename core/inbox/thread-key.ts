/**
 * Thread identity. Rows of the conversation list carry no id and no link (ids live only in React
 * props in the page's MAIN world). Decision: we do NOT inject a MAIN-world script reading React
 * internals — it would break on every React/bundle change, needs a second script and a DOM bridge,
 * and reads far more of the page than we need. Instead a row is keyed by what it shows: its
 * normalised title (the customer's name). When a conversation is opened, the URL's
 * `selected_item_id` + the header's title give the real thread id, and the open thread's `rowKey`
 * (this same function applied to the header title) lets the background merge the list-derived
 * thread into the real one.
 *
 * The key survives re-rendered and recycled rows, duplicated rows, scrolling, reloads and two tabs,
 * because it depends only on the displayed name. Limits, stated plainly:
 * - two customers with the same display name in one Page share a key until either is opened;
 * - a customer who renames themselves gets a new key (the old one goes stale);
 * - on /all, a Messenger and an Instagram conversation with the same name share a key.
 */

/** Printable ASCII only: NFKC leaves it as it is and it holds no invisible marks. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/** Normalises a displayed name: Unicode NFKC, case-folded, inner whitespace collapsed, invisible marks dropped. */
export function normaliseTitle(title: string): string {
  // Most names of a list are plain ASCII: the Unicode passes (a tenth of a 1,000-row scan) are skipped for them.
  // A name already collapsed (the reader's) costs no replace.
  if (PLAIN_ASCII.test(title)) return (title.includes('  ') ? title.replace(/ {2,}/g, ' ') : title).trim().toLowerCase();
  return title
    .normalize('NFKC')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/**
 * The stable key of a conversation as the list shows it: `title:<normalised title>`; null when the
 * title is empty (such a row cannot be identified and is reported, not guessed).
 *
 * @example rowKeyOf('  Sinta  Dewi ') // 'title:sinta dewi'
 */
export function rowKeyOf(title: string): string | null {
  const normalised = normaliseTitle(title);
  return normalised ? `title:${normalised}` : null;
}

/** Whitespace other than single plain spaces: only then does collapsing change a text. */
const UNUSUAL_SPACE = /[^\S ]| {2}/;

/** `text` with every run of whitespace made one space, trimmed: a displayed name as the list shows it. */
export function collapseWhitespace(text: string): string {
  return (UNUSUAL_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}
