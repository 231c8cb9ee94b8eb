import { INBOX_MATCHES } from '@/core/inbox/inbox-url';
export default defineContentScript({
  matches: INBOX_MATCHES,
  main() {
    // Stub until the inbox reader lands: the e2e smoke tests look for this mark.
    document.documentElement.dataset.replyclock = 'ready';
  },
});
