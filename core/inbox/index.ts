/** Reading the Business Suite inbox: everything outside core/inbox uses it through here. */
export type * from './types';
export { INBOX_MATCHES, inboxChannelOf, isConversationInbox, pageIdOf, selectedThreadIdOf, threadTypeChannelOf, folderOf, sameInboxView } from './inbox-url';
export { rowKeyOf, normaliseTitle } from './thread-key';
export { readInbox, headerTitleOf, awayBannerOf, type ReadContext } from './read';
export { findThreadList, rowElementsOf, readRow } from './read-list';
export { findTranscript, measuredSide, bubbleText } from './read-transcript';
export { watchInbox, type InboxChange, type WatchOptions } from './watch';
export { parseDisplayedTime } from './timestamps';
export { findComposer, insertIntoComposer } from './composer';
export { pageStructure, hookCounts } from './diagnostics';
export { pageIsDark } from './page-theme';
export { toObservationBatch, FirstSeen, ObservationOutbox, type ObserveReply } from './observation-outbox';
