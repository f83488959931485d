import type { AuditEvent } from '@/utils/audit/event';
import type { Category } from '@/utils/detect/types';
import { TAMPERED_REASON } from '@/utils/guard/dialog-tampering';
import type { Channel, Choice } from '@/utils/guard/verdict';
import type { Action } from '@/utils/policy/schema';

import type { MessageKey } from './i18n';

export const CATEGORY_LABEL: Record<Category, MessageKey> = {
  secret: 'categorySecret',
  pii: 'categoryPii',
  marking: 'categoryMarking',
  keyword: 'categoryKeyword',
  fingerprint: 'categoryFingerprint',
};

export const ACTION_LABEL: Record<Action, MessageKey> = {
  allow: 'actionAllow',
  warn: 'actionWarn',
  redact: 'actionRedact',
  block: 'actionBlock',
};

/** The buttons' words follow the way the text was leaving: "Paste anyway", "Send anyway". */
export const CHOICE_LABEL: Record<Channel, { redact: MessageKey; allow: MessageKey }> = {
  paste: { redact: 'dialogRedactPaste', allow: 'dialogAllowPaste' },
  drop: { redact: 'dialogRedactDrop', allow: 'dialogAllowDrop' },
  send: { redact: 'dialogRedactSend', allow: 'dialogAllowSend' },
  upload: { redact: 'dialogRedactUpload', allow: 'dialogAllowUpload' },
};

export const CHANNEL_LABEL: Record<Channel, MessageKey> = {
  paste: 'channelPaste',
  drop: 'channelDrop',
  upload: 'channelUpload',
  send: 'channelSend',
};

const OUTCOME_LABEL: Record<Choice, MessageKey> = {
  cancel: 'choiceCancel',
  redact: 'choiceRedact',
  allow: 'choiceAllow',
};

/** What became of a warning; a Cancel the page forced is told apart from the person's own. */
export function outcomeLabel(event: Pick<AuditEvent, 'choice' | 'reason'>): MessageKey {
  const isForced = event.choice === 'cancel' && event.reason === TAMPERED_REASON;
  return isForced ? 'choiceCancelTampered' : OUTCOME_LABEL[event.choice];
}

/** One colour per kind of finding, shared by the chart and its legend. */
export const CATEGORY_COLOR: Record<Category, string> = {
  secret: '#dc2626',
  pii: '#2563eb',
  marking: '#d97706',
  keyword: '#7c3aed',
  fingerprint: '#059669',
};
