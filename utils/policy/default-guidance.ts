import type { GuidanceSection } from './schema';

/** The guidance an organization gets before it writes its own. Plain, short, practical. */
export const DEFAULT_GUIDANCE: readonly GuidanceSection[] = [
  {
    id: 'api-keys',
    title: 'API keys, passwords and access tokens',
    tags: ['api key', 'token', 'password', 'credential', 'secret', 'access control', 'rotate'],
    body: [
      'Never paste an API key, password, access token, private key or connection string into an AI tool, not even to ask why it does not work. Replace it with a placeholder such as `YOUR_API_KEY` first.',
      '',
      '- Keep secrets in the approved secrets manager, never in chats, tickets or documents.',
      '- Give each key the least access it needs and an owner who can revoke it.',
      '- **If a key has been pasted anywhere it should not be, treat it as leaked:** revoke or rotate it at the provider straight away, then tell the security team. Deleting the chat does not undo the leak.',
    ].join('\n'),
  },
  {
    id: 'never-paste',
    title: 'What must never go into AI tools',
    tags: ['data protection', 'customer data', 'personal data', 'confidential', 'source code'],
    body: [
      'Unless a tool is approved for that kind of data, do not paste or upload:',
      '',
      '- customer or employee personal data (names with contact details, ID numbers, health or payment data);',
      '- documents marked **Confidential**, **Internal** or **Restricted**, contracts, board papers and incident reports;',
      '- unreleased financial figures, pricing, or plans;',
      '- source code or configuration that is not already public;',
      '- anything a customer or partner gave us under a confidentiality agreement.',
      '',
      'When in doubt, describe the problem in general terms or use made-up sample data.',
    ].join('\n'),
  },
  {
    id: 'encryption',
    title: 'Encryption in transit and at rest',
    tags: ['encryption', 'tls', 'https', 'at rest', 'storage'],
    body: [
      'Use AI tools only over HTTPS, and only accounts managed by the organization, whose data is encrypted at rest and not used for training.',
      '',
      'Files you export from an AI tool follow the same rules as any other company file: keep them on encrypted, company-managed storage.',
    ].join('\n'),
  },
  {
    id: 'compliance',
    title: 'Compliance duties: GDPR, HIPAA and contracts',
    tags: ['gdpr', 'hipaa', 'privacy', 'compliance', 'health data', 'legal'],
    body: [
      'Sending personal data to an AI provider is a transfer to a processor. Under **GDPR** it needs a legal basis and a data-processing agreement; under **HIPAA**, protected health information may only go to a service covered by a business associate agreement.',
      '',
      'If you are unsure whether a tool is covered, assume it is not and ask first.',
    ].join('\n'),
  },
  {
    id: 'audit',
    title: 'Audit and monitoring',
    tags: ['audit', 'monitoring', 'logging', 'privacy', 'warnings'],
    body: [
      'AI Paste Guard checks what you paste into AI tools on this device. The text itself never leaves your browser.',
      '',
      'When it warns you, it records the time, the site and the kind of finding, never the value. If your organization has set up reporting, that record (and your reason, if you chose to go on) is sent to its security team.',
    ].join('\n'),
  },
  {
    id: 'contact',
    title: 'Who to ask',
    tags: ['help', 'contact', 'security team', 'question', 'exception'],
    body: [
      'Questions about this guidance, requests to approve a tool, or a key you think has leaked: contact the security team. Report a leak right away; nobody is blamed for reporting.',
    ].join('\n'),
  },
];
