/**
 * How every test and benchmark starts Debian's Chromium: headless, quiet, with the built
 * extension (or none), and unable to reach any host but loopback, where the tests' own
 * collector and policy servers listen. The pages themselves come from request routing.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export function chromiumArgs(extensionDir: string | undefined): string[] {
  const extension = extensionDir
    ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]
    : ['--disable-extensions'];
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    ...extension,
  ];
}
