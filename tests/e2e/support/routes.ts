import { readFile } from 'node:fs/promises';
import path from 'node:path';

import type { BrowserContext, Route } from '@playwright/test';

import { FIXTURES_DIR } from './paths';
import { SERVED_SITES, type FixtureSite } from './sites';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The file a site's path maps to: its page path is the editor's index.html, then its assets. */
function resolveFile(site: FixtureSite, pathname: string): string | undefined {
  const pagePath = new URL(site.url).pathname;
  if (pathname === pagePath) return 'index.html';

  const asset = /^\/(app\.(?:js|css)(?:\.map)?)$/.exec(pathname);
  return asset?.[1];
}

async function fulfilFromFixtures(route: Route, site: FixtureSite): Promise<void> {
  const url = new URL(route.request().url());
  const file = resolveFile(site, url.pathname);
  if (!file) {
    await route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
    return;
  }

  try {
    const body = await readFile(path.join(FIXTURES_DIR, site.kind, file));
    const contentType = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
    await route.fulfill({ status: 200, contentType, body });
  } catch {
    // app.css is optional: a page without styles of its own has none.
    await route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
  }
}

/**
 * Answers the AI sites' addresses with the fixture pages and refuses every other web request,
 * so no test ever reaches a real host.
 */
export async function routeFixtureSites(context: BrowserContext): Promise<void> {
  const sitesByOrigin = new Map(SERVED_SITES.map((site) => [new URL(site.url).origin, site]));

  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    async (route) => {
      const url = new URL(route.request().url());
      const site = sitesByOrigin.get(url.origin);
      if (site) await fulfilFromFixtures(route, site);
      // The tests' own servers (a reporting collector, a policy server) listen on loopback.
      else if (url.hostname === '127.0.0.1') await route.continue();
      else await route.abort('blockedbyclient');
    },
  );
}

export function fixtureOrigins(): string[] {
  return [...new Set(SERVED_SITES.map((site) => new URL(site.url).origin))];
}
