import { browser } from 'wxt/browser';
import type { Runtime } from 'webextension-polyfill';
import { z } from 'zod';

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
]);
export type Message = z.infer<typeof messageSchema>;

export async function sendMessage(message: Message): Promise<void> {
  await browser.runtime.sendMessage(message);
}

type Handlers = {
  [Type in Message['type']]: (
    message: Extract<Message, { type: Type }>,
    sender: Runtime.MessageSender,
  ) => Promise<void>;
};

/** Routes valid messages from this extension's own contexts; drops everything else. */
export function listenForMessages(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;

    const parsed = messageSchema.safeParse(raw);
    if (!parsed.success) return undefined;

    const message = parsed.data;
    void handlers[message.type](message, sender);
    return undefined;
  });
}
