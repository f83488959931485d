import type { MatchContext, Rule, RuleExamples } from '../types';
import { hasContextWord } from '../validators/context';

// Where an address belongs to a person: who logged in, from where, on which device.
const IP_WORDS =
  /(?:\bip\b|ip address|ip-adresse|adresse ip|direcci[óo]n ip|indirizzo ip|ip-adres|endere[çc]o ip|client|remote_?addr|x-forwarded-for|src|source|login|from)/i;

function isPersonalIpv4(value: string, context: MatchContext): boolean {
  const octets = value.split('.').map(Number);
  if (octets.some((octet) => octet > 255)) return false;

  const [first = 0, second = 0] = octets;
  // Addresses that never point at a person: this host, loopback, multicast and broadcast,
  // and the three documentation ranges.
  if (first === 0 || first === 127 || first >= 224) return false;
  if (value.startsWith('192.0.2.') || value.startsWith('198.51.100.')) return false;
  if (value.startsWith('203.0.113.') || (first === 169 && second === 254)) return false;

  return hasContextWord(context, IP_WORDS, 30);
}

export const rules: readonly Rule[] = [
  {
    id: 'pii-ip',
    category: 'pii',
    severity: 'low',
    title: 'IP address',
    description: 'An IP address next to a word that ties it to a user or a login.',
    keywords: [],
    pattern: /\d(?<![\d.]\d)\d{0,2}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?!\d|\.\d)/dg,
    validate: isPersonalIpv4,
  },
];

export const examples: RuleExamples = {
  'pii-ip': {
    positive: ['login from IP 81.2.69.160 at 03:12', 'client: 10.20.30.40'],
    negative: ['version 1.2.3.4 released', 'IP 127.0.0.1', 'IP 192.0.2.15', 'IP 300.1.1.1'],
  },
};
