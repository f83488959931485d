import { BUILT_IN_SITE_PATTERNS } from '@/utils/policy/sites';

export default defineContentScript({
  matches: [...BUILT_IN_SITE_PATTERNS],
  runAt: 'document_start',
  allFrames: true,
  main() {},
});
