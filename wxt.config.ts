import { fileURLToPath } from 'node:url';

import { defineConfig } from 'wxt';

// The public half of the extension's signing key. It pins the extension id
// (gnnfcldoeebcbacblmagechhgcomgkla) so that managed policy, ExtensionSettings and tests can
// name it. The private half is never committed: the Firefox sources zip packs this folder.
const PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAjUZoAbO9Cq3xLBkA5wMe7xDTZ1PmgjshBn87HolmwJqRROBl0Bn1xv8Jlt4InVojRC2nFc08TK2PPQZ4nIZ1pMjlWEms84M/iO+lM8dpZAmtO3ikXQ4Ws/rtBO9dNHaD4aAs79Z6A4n+AECnsz3i3kegHojLilwh4K42Fdu0Om4b40r8Mhox9pNKSw6ifDeDxT2we4V3lihadHdVLzmAAwKjZvByi6myhpYbD8JgXHEwndTwJB/oXrYfR6ajjX8iJvA34YpciRVwBQFuMgmZijTciivOPED8UhERC7PnLJUCyRx9k3pVTpM6vdAnoYJjQO8x0rt12jfjHnyWG2UCHwIDAQAB';

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports keep layer boundaries visible and lintable.
  imports: false,
  vite: () => ({
    resolve: {
      alias: {
        // The Markdown parser's browser build decodes entities through innerHTML; the plain
        // build uses a table. Policy text never goes near innerHTML (and web-ext lint agrees).
        'decode-named-character-reference': fileURLToPath(
          new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url),
        ),
      },
    },
  }),
  zip: {
    // The Firefox sources zip packs this folder: keep keys and test output out of it.
    excludeSources: [
      '**/*.pem',
      '**/*.key',
      '**/*.crx',
      '**/*.p12',
      '**/.env*',
      'test-results/**',
      'playwright-report/**',
      'reports/**',
      'bench/results/**',
      'tests/fixtures/dist/**',
    ],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    default_locale: 'en',
    permissions: ['storage', 'activeTab', 'scripting', 'alarms'],
    // Every host, because the organization's policy can add any internal AI tool at run time
    // and a force-installed extension cannot ask anyone for more. See README "Permissions".
    host_permissions: ['https://*/*', 'http://*/*'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ai-paste-guard@example.org',
              // Nothing is collected: detection runs locally; reporting goes to the
              // organization's own collector only when its policy names one.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : { key: PUBLIC_KEY }),
    storage: { managed_schema: 'managed_schema.json' },
    // Our pages render text from the organization's policy: no inline or remote script, no
    // plugins, no framing by other origins.
    content_security_policy: {
      extension_pages:
        "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    },
    action: { default_title: '__MSG_actionTitle__' },
  }),
});
