import { z } from 'zod';

import { log } from './logger';
import type { Policy } from './policy/schema';
import { verifyPolicySignature } from './policy/signature';
import { storedValue } from './stored-value';

const FETCH_TIMEOUT_MS = 15_000;

const cache = storedValue(
  'remotePolicy',
  z.object({
    url: z.string(),
    document: z.record(z.string(), z.unknown()),
    etag: z.string().optional(),
    fetchedAt: z.iso.datetime(),
  }),
  undefined,
);

export const remoteStatusSchema = z.object({
  url: z.string(),
  lastAttempt: z.iso.datetime(),
  lastSuccess: z.iso.datetime().optional(),
  error: z.object({ cause: z.string(), time: z.iso.datetime() }).optional(),
});
export type RemoteStatus = z.infer<typeof remoteStatusSchema>;

export const remoteStatus = storedValue(
  'remotePolicyStatus',
  remoteStatusSchema.optional(),
  undefined,
);

class RemotePolicyError extends Error {}

/** The last good document from the organization's policy server, if it is for this URL. */
export async function readRemoteDocument(
  url: string,
): Promise<Record<string, unknown> | undefined> {
  const cached = await cache.read();
  return cached?.url === url ? cached.document : undefined;
}

async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(response.headers.get('Content-Length') ?? 0);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (declared > maxBytes || bytes.length > maxBytes) {
    throw new RemotePolicyError(`larger than remote.maxBytes (${maxBytes} bytes)`);
  }

  return bytes;
}

async function checkSignature(url: string, document: Uint8Array<ArrayBuffer>, publicKey: string) {
  const response = await fetch(`${url}.sig`, { cache: 'no-cache', credentials: 'omit' });
  if (!response.ok)
    throw new RemotePolicyError(`no signature at ${url}.sig (HTTP ${response.status})`);

  const isValid = await verifyPolicySignature(document, await response.text(), publicKey).catch(
    () => {
      throw new RemotePolicyError('remote.publicKey is not an Ed25519 or P-256 public key');
    },
  );
  if (!isValid) throw new RemotePolicyError('the signature does not match the document');
}

function parseDocument(bytes: Uint8Array): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new RemotePolicyError('not JSON');
  }

  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new RemotePolicyError('not a policy object');
  }

  return parsed as Record<string, unknown>;
}

/**
 * Fetches the organization's policy document, with `If-None-Match`, a timeout, a size limit and,
 * when the managed policy names a public key, a detached signature. On any failure the last good
 * copy stays in force and the cause is kept for the options page.
 */
export async function refreshRemotePolicy(
  settings: Policy['remote'],
): Promise<'updated' | 'unchanged' | 'failed'> {
  const { url, publicKey, maxBytes } = settings;
  if (!url) return 'unchanged';

  const now = new Date().toISOString();
  const previous = await remoteStatus.read();
  const cached = await cache.read();
  const etag = cached?.url === url ? cached.etag : undefined;
  try {
    const response = await fetch(url, {
      headers: etag ? { 'If-None-Match': etag } : {},
      cache: 'no-cache',
      credentials: 'omit',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    }).catch(() => {
      throw new RemotePolicyError('unreachable');
    });
    if (response.status === 304) {
      await remoteStatus.write({ url, lastAttempt: now, lastSuccess: now });
      return 'unchanged';
    }

    if (!response.ok) throw new RemotePolicyError(`HTTP ${response.status}`);
    const bytes = await readLimited(response, maxBytes);
    if (publicKey) await checkSignature(url, bytes, publicKey);
    const document = parseDocument(bytes);

    const newEtag = response.headers.get('ETag') ?? undefined;
    await cache.write({ url, document, fetchedAt: now, ...(newEtag ? { etag: newEtag } : {}) });
    await remoteStatus.write({ url, lastAttempt: now, lastSuccess: now });
    return 'updated';
  } catch (error) {
    const cause = error instanceof RemotePolicyError ? error.message : 'could not be read';
    log.warn('remote policy refresh failed');
    const lastSuccess = previous?.url === url ? previous.lastSuccess : undefined;
    await remoteStatus.write({
      url,
      lastAttempt: now,
      ...(lastSuccess ? { lastSuccess } : {}),
      error: { cause, time: now },
    });
    return 'failed';
  }
}
