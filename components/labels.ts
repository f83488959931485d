import type { Category } from '@/utils/detect/types';
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
