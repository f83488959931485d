import { fakeToken } from '../fake-token';
import { defineSecretRule } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'google-api-key',
    title: 'Google API key',
    description: 'A Google Cloud, Gemini or Firebase API key; it bills requests to its project.',
    rotationUrl: 'https://console.cloud.google.com/apis/credentials',
    keywords: ['aiza'],
    pattern: /(?<![\w-])AIza[\w-]{35}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'google-oauth-client-secret',
    title: 'Google OAuth client secret',
    description: 'The secret of a Google OAuth client; it lets an app pose as yours.',
    rotationUrl: 'https://console.cloud.google.com/apis/credentials',
    keywords: ['gocspx-'],
    pattern: /(?<![\w-])GOCSPX-[\w-]{28}(?![\w-])/dg,
  }),
  defineSecretRule({
    id: 'google-oauth-access-token',
    title: 'Google OAuth access token',
    description: 'A Google OAuth access token; it acts for the user until it expires.',
    rotationUrl: 'https://myaccount.google.com/permissions',
    keywords: ['ya29.'],
    pattern: /(?<![\w-])ya29\.[\w-]{30,}/dg,
  }),
  defineSecretRule({
    id: 'google-oauth-refresh-token',
    title: 'Google OAuth refresh token',
    description: 'A Google OAuth refresh token; it mints new access tokens for the user.',
    rotationUrl: 'https://myaccount.google.com/permissions',
    keywords: ['1//0'],
    pattern: /(?<![\w/-])1\/\/0[\w-]{40,}/dg,
  }),
  defineSecretRule({
    id: 'google-fcm-server-key',
    title: 'Firebase Cloud Messaging server key',
    description: 'A legacy FCM server key; it sends push messages to all app users.',
    rotationUrl: 'https://console.firebase.google.com',
    keywords: [':apa91b'],
    pattern: /(?<![\w-])AAAA[\w-]{7}:APA91b[\w-]{134}(?![\w-])/dg,
    window: { before: 16, after: 160 },
  }),
];

export const examples: RuleExamples = {
  'google-api-key': {
    positive: [
      'GOOGLE_API_KEY=AIzaSyD3kLm9Qw2Xe6Vb1Nc5Hd8Jf4Gs7Tp0Ya2',
      `GEMINI_API_KEY=AIza${fakeToken('gemini', 35, 'base64url')}`,
    ],
    negative: [
      'AIzaSyD3kLm9Qw2Xe6Vb1Nc5Hd8Jf4Gs7Tp0Ya2UZ',
      'AIzaxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
  'google-oauth-client-secret': {
    positive: [`"client_secret": "GOCSPX-${fakeToken('gocspx', 28, 'base64url')}"`],
    negative: ['GOCSPX-xxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'GOCSPX-short'],
  },
  'google-oauth-access-token': {
    positive: [`Authorization: Bearer ya29.a0${fakeToken('ya29', 150, 'base64url')}`],
    negative: ['ya29.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'ya29.short'],
  },
  'google-oauth-refresh-token': {
    positive: [`"refresh_token": "1//0${fakeToken('refresh', 100, 'base64url')}"`],
    negative: [
      'see https://1//0 for nothing',
      '1//0xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    ],
  },
  'google-fcm-server-key': {
    positive: [
      `key=AAAA${fakeToken('fcm', 7, 'base64url')}:APA91b${fakeToken('fcm2', 134, 'base64url')}`,
    ],
    negative: ['AAAAxxxxxxx:APA91b', 'AAAA:APA91b short'],
  },
};
