import { lintSource } from '@secretlint/core';
import { creator as recommendedPreset } from '@secretlint/secretlint-rule-preset-recommend';

const CONFIG = {
  rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommendedPreset }],
};

/** Runs secretlint's recommended preset in-process on `text`; resolves to its message count. */
export async function runSecretlint(text: string): Promise<number> {
  const result = await lintSource({
    source: { filePath: '/bench/paste.txt', content: text, contentType: 'text' },
    options: { config: CONFIG, noPhysicFilePath: true },
  });
  return result.messages.length;
}
