import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { INBOX_MATCHES } from './core/inbox/inbox-url';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  zip: { excludeSources: ['demo-output/**', 'test-output/**', '**/*.log', 'bench-results.json'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms', 'notifications'],
    host_permissions: INBOX_MATCHES,
    action: { default_title: '__MSG_extName__' },
    // A private window's inbox is neither read into the normal profile's store nor given a store of its own.
    incognito: 'not_allowed',
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'replyclock@replyclock.app',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
