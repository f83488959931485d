import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';

import { I18nProvider } from '@/components/i18n';
import { PopupApp } from '@/components/popup-app';
import type { SiteState } from '@/components/site-status';
import { readAuditLog } from '@/utils/audit/store';
import { translate } from '@/utils/i18n';
import { isMonitoredUrl } from '@/utils/policy/monitored';
import type { Policy } from '@/utils/policy/schema';
import { readCachedPolicy } from '@/utils/policy-store';
import { remoteStatus } from '@/utils/remote-policy';

import './style.css';

async function readSiteState(policy: Policy): Promise<SiteState> {
  // activeTab reveals the tab's URL only when the person opened the popup on it.
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (!tab?.url || !/^https?:/.test(tab.url)) return { kind: 'unknown' };

  const url = new URL(tab.url);
  return isMonitoredUrl(url, policy)
    ? { kind: 'monitored', host: url.hostname }
    : { kind: 'not-monitored' };
}

async function start() {
  const root = document.getElementById('root');
  if (!root) return;

  const [resolved, events, isAllowedIncognito, status] = await Promise.all([
    readCachedPolicy(),
    readAuditLog(),
    browser.extension.isAllowedIncognitoAccess(),
    remoteStatus.read(),
  ]);
  const guidanceSource =
    resolved.remoteFields.includes('guidance') && status?.lastSuccess
      ? { host: new URL(status.url).host, refreshedAt: status.lastSuccess }
      : undefined;
  const site = await readSiteState(resolved.policy).catch((): SiteState => ({ kind: 'unknown' }));
  createRoot(root).render(
    <I18nProvider value={translate}>
      <PopupApp
        resolved={resolved}
        recentEvents={events}
        isAllowedIncognito={isAllowedIncognito}
        {...(guidanceSource ? { guidanceSource } : {})}
        site={site}
      />
    </I18nProvider>,
  );
}

void start();
