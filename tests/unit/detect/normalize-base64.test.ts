import { describe, expect, it } from 'vitest';

import { scan } from '@/utils/detect/scan';
import { GITHUB_TOKEN } from '../../support/fake-keys';

describe('scan of base64-encoded text', () => {
  it('decodes base64 of text that starts with a few binary bytes (a BOM, a length prefix)', () => {
    const text = `blob ${btoa(`\u00ef\u00bb\u00bf\u0000token=${GITHUB_TOKEN} for the nightly deploy job\n`)}`;

    expect(scan(text).map((finding) => finding.rule)).toEqual(['github-token']);
  });

  it('does not decode base64 of binary data', () => {
    const bytes = Array.from({ length: 96 }, (_, i) => String.fromCharCode((i * 97 + 13) % 256));
    const text = `blob ${btoa(`${bytes.join('')}token=${GITHUB_TOKEN}`)}`;

    expect(scan(text)).toEqual([]);
  });
});
