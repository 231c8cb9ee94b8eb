// Every unit test gets a fresh in-memory IndexedDB and the WXT fake browser.
import 'fake-indexeddb/auto';
