import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import { z } from 'zod';

import { categorySchema, severitySchema } from './detect/types';
import { channelSchema, choiceSchema } from './guard/verdict';
import { actionSchema } from './policy/schema';

/** What the guard reports after a person decided: kinds and counts, never text or values. */
export const decisionRecordSchema = z.object({
  channel: channelSchema,
  verdict: actionSchema,
  choice: choiceSchema,
  reason: z.string().max(500).optional(),
  findings: z
    .array(
      z.object({ rule: z.string().max(80), category: categorySchema, severity: severitySchema }),
    )
    .max(1000),
  unscannedFiles: z.number().int().min(0).max(1000),
  valueHashes: z
    .array(z.string().regex(/^[\da-f]{32}$/))
    .max(1000)
    .optional(),
});
export type DecisionRecord = z.infer<typeof decisionRecordSchema>;

/**
 * The one protocol between the extension's contexts. Content scripts live inside pages we do
 * not control, so the receiver validates every payload and checks who sent it.
 */
export const messageSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('open-guidance'),
    section: z
      .string()
      .regex(/^[a-z0-9-]{1,64}$/)
      .optional(),
  }),
  z.object({
    type: z.literal('record-decision'),
    decision: decisionRecordSchema,
  }),
  z.object({ type: z.literal('refresh-remote-policy') }),
  /** A frame with an opaque origin asks for its tab's address: it cannot read its parent's. */
  z.object({ type: z.literal('tab-address') }),
  z.object({
    type: z.literal('extract-pdf-text'),
    /** The PDF's bytes in base64: runtime messages carry JSON only. */
    base64: z.string().max(64 * 1024 * 1024),
  }),
]);
export type Message = z.infer<typeof messageSchema>;

const pdfTextSchema = z.object({ text: z.string() });
export type PdfText = z.infer<typeof pdfTextSchema>;

const tabAddressSchema = z.object({ href: z.string() });
export type TabAddress = z.infer<typeof tabAddressSchema>;

interface Replies {
  'open-guidance': undefined;
  'record-decision': undefined;
  'refresh-remote-policy': undefined;
  'tab-address': TabAddress;
  'extract-pdf-text': PdfText;
}

type Handlers = {
  [Type in Message['type']]: (
    message: Extract<Message, { type: Type }>,
    sender: Runtime.MessageSender,
  ) => Promise<Replies[Type]>;
};

export async function sendMessage(message: Message): Promise<void> {
  await browser.runtime.sendMessage(message);
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }

  return btoa(binary);
}

/** The address of the sender's tab, as the browser records it; '' when it does not say. */
export async function askTabAddress(): Promise<string> {
  const reply: unknown = await browser.runtime.sendMessage({
    type: 'tab-address',
  } satisfies Message);
  return tabAddressSchema.parse(reply).href;
}

/** Asks the service worker, which holds pdf.js, for a PDF's text. */
export async function extractPdfText(bytes: Uint8Array): Promise<string> {
  const message: Message = { type: 'extract-pdf-text', base64: toBase64(bytes) };
  const reply: unknown = await browser.runtime.sendMessage(message);
  return pdfTextSchema.parse(reply).text;
}

/** Routes valid messages from this extension's own contexts; drops everything else. */
export function listenForMessages(handlers: Handlers): void {
  // webextension-polyfill answers the sender with the value the returned promise resolves to.
  browser.runtime.onMessage.addListener(
    // eslint-disable-next-line @typescript-eslint/no-misused-promises -- see above
    (raw: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
      if (sender.id !== browser.runtime.id) return undefined;

      const parsed = messageSchema.safeParse(raw);
      if (!parsed.success) return undefined;

      const message = parsed.data;
      const handle = handlers[message.type] as (
        message: Message,
        sender: Runtime.MessageSender,
      ) => Promise<unknown>;
      return handle(message, sender);
    },
  );
}
