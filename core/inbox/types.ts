/**
 * What the inbox reader sees on the Business Suite page. Instants are epoch milliseconds (UTC);
 * `null` means the page did not say. The reader never guesses a message's side.
 */
import type { Channel, Folder, Side } from '@/core/metrics';

/** Where a message's instant came from, best first: a `data-utime`, a date/time divider, or the moment we saw it. */
export type InstantQuality = 'utime' | 'divider' | 'seen';

export interface ListRowSnapshot {
  /** A stable key for the row's conversation (see core/inbox thread identity); never empty. */
  key: string;
  title: string;
  lastActivityAt: number | null;
  /** The preview is the Page's own ("You: …" in the page's language); null when the row shows none or it cannot be told. */
  lastFromPage: boolean | null;
  unread: boolean;
}

export interface MessageSnapshot {
  /** Meta's `data-message-id`, else the key derived from where the message sits (message-identity.ts). */
  id: string;
  /** The derived key of a message whose `id` is Meta's: the store resolves either to one record. */
  alias?: string;
  from: Side;
  automated: boolean;
  /** "Sent by <person>" when the page shows it. */
  author: string | null;
  /** The best instant (rules R13), within [atMin, atMax]; equal to both when exact. */
  at: number | null;
  atMin: number | null;
  atMax: number | null;
  atQuality: InstantQuality | null;
}

export interface OpenThreadSnapshot {
  /** `selected_item_id` from the URL; null when the URL does not carry it. */
  threadId: string | null;
  title: string | null;
  /**
   * `rowKeyOf(title)` (core/inbox/thread-key.ts): the key the list row of this conversation carries,
   * so the background can merge the list-derived thread into the one with the real `threadId`.
   */
  rowKey?: string | null;
  /** The channel of the open conversation when the URL says (`thread_type`), else the page's. */
  channel?: Channel | null;
  messages: MessageSnapshot[];
  /** The agent the transcript's latest assignment note names; null or absent when it shows none. */
  assignedTo?: string | null;
}

/** Which conversation something was made for: the URL's thread id and the header's title, when the page shows them. */
export interface ConversationRef {
  threadId: string | null;
  title: string | null;
}

export interface ReaderHealth {
  /** The conversation list was found (false on pages that show none yet). */
  list: boolean;
  /** The open conversation's transcript was found (null when no conversation is open). */
  transcript: boolean | null;
  /** Hooks the reader looked for and did not find, or shapes it did not recognise (no page text). */
  problems: string[];
  /** Message bubbles dropped because their direction could not be measured (never guessed). */
  droppedMessages?: number;
  /**
   * 'layout': the transcript shows no message ids and its messages were read by layout — a build
   * Meta serves, not a fault (no problem is reported for it).
   */
  messagesBy?: 'layout';
}

export interface InboxSnapshot {
  page: { id: string | null };
  channel: Channel | 'all';
  folder: Folder | null;
  threads: ListRowSnapshot[];
  open: OpenThreadSnapshot | null;
  /** The page shows a "scheduled to be away" notice; null when the reader cannot tell. */
  awayBanner?: boolean | null;
  health: ReaderHealth;
}
