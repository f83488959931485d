import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

import { I18nProvider } from '@/components/i18n';
import { OptionsApp } from '@/components/options-app';
import type { AuditEvent } from '@/utils/audit/event';
import { watchAuditLog } from '@/utils/audit/store';
import { translate } from '@/utils/i18n';
import { sendMessage } from '@/utils/messages';
import type { ResolvedPolicy } from '@/utils/policy/resolve';
import { watchPolicy } from '@/utils/policy-store';
import type { Preferences } from '@/utils/preferences';
import { savePreferences, watchPreferences } from '@/utils/preferences';
import { remoteStatus } from '@/utils/remote-policy';
import type { RemoteStatus } from '@/utils/remote-policy';

import '../popup/style.css';
import './style.css';

function Options() {
  const [resolved, setResolved] = useState<ResolvedPolicy>();
  const [preferences, setPreferences] = useState<Preferences>();
  const [events, setEvents] = useState<AuditEvent[]>([]);
  const [status, setStatus] = useState<RemoteStatus>();

  // Both follow storage, so a policy IT changes while the page is open shows up at once.
  useEffect(() => watchPolicy(setResolved), []);
  useEffect(() => watchPreferences(setPreferences), []);
  useEffect(() => watchAuditLog(setEvents), []);
  useEffect(() => remoteStatus.watch(setStatus), []);

  if (!resolved || !preferences) return null;
  return (
    <OptionsApp
      resolved={resolved}
      events={events}
      remoteStatus={status}
      onRefreshRemote={() => {
        void sendMessage({ type: 'refresh-remote-policy' });
      }}
      preferences={preferences}
      onPreferencesChange={(next) => {
        void savePreferences(next);
      }}
    />
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <I18nProvider value={translate}>
      <Options />
    </I18nProvider>,
  );
}
