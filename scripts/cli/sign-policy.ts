// `npm run scan -- sign-policy …` and `verify-policy …`: the administrator's side of the
// signed policy document (docs/remote-policy.md). Signatures are detached, base64, in
// `<document>.sig`, over the document's exact bytes.
import { generateKeyPairSync, createPrivateKey, sign } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

import { verifyPolicySignature } from '../../utils/policy/signature';

const USAGE = [
  'usage: npm run scan -- sign-policy --generate-key FILE.pem [--algorithm ed25519|p256]',
  '       npm run scan -- sign-policy --key FILE.pem DOCUMENT.json   (writes DOCUMENT.json.sig)',
  '       npm run scan -- verify-policy --public-key BASE64 DOCUMENT.json [SIGNATURE]',
].join('\n');

function option(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index === -1 ? undefined : args[index + 1];
}

function generateKey(file: string, algorithm: string): number {
  const pair =
    algorithm === 'p256'
      ? generateKeyPairSync('ec', { namedCurve: 'P-256' })
      : generateKeyPairSync('ed25519');
  writeFileSync(file, pair.privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  const spki = pair.publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  process.stdout.write(
    `Private key written to ${file}: keep it off every browser and out of git.\n`,
  );
  process.stdout.write(`Public key for the managed policy's remote.publicKey:\n${spki}\n`);
  return 0;
}

function signDocument(keyFile: string, document: string): number {
  const key = createPrivateKey(readFileSync(keyFile));
  const bytes = readFileSync(document);
  // WebCrypto verifies ECDSA in the raw r‖s form, not DER.
  const signature =
    key.asymmetricKeyType === 'ec'
      ? sign('sha256', bytes, { key, dsaEncoding: 'ieee-p1363' })
      : sign(null, bytes, key);
  writeFileSync(`${document}.sig`, `${signature.toString('base64')}\n`);
  process.stdout.write(`Signature written to ${document}.sig\n`);
  return 0;
}

export async function runSign(args: readonly string[]): Promise<number> {
  const generate = option(args, '--generate-key');
  if (generate) return generateKey(generate, option(args, '--algorithm') ?? 'ed25519');

  const key = option(args, '--key');
  const document = args.find((arg, index) => !arg.startsWith('--') && args[index - 1] !== '--key');
  if (!key || !document) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }

  return Promise.resolve(signDocument(key, document));
}

export async function runVerify(args: readonly string[]): Promise<number> {
  const publicKey = option(args, '--public-key');
  const [document, signatureFile] = args.filter(
    (arg, index) => !arg.startsWith('--') && args[index - 1] !== '--public-key',
  );
  if (!publicKey || !document) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }

  const bytes = new Uint8Array(readFileSync(document));
  const signature = readFileSync(signatureFile ?? `${document}.sig`, 'utf8');
  const isValid = await verifyPolicySignature(bytes, signature, publicKey);
  process.stdout.write(isValid ? 'valid signature\n' : 'INVALID signature\n');
  return isValid ? 0 : 1;
}
