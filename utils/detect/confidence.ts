import type { Finding, Severity } from './types';

const RADIUS = 60;

// Words that say whose data this is: a customer's phone number matters more than a phone number.
const RAISING =
  /\b(?:customers?|clients?|employees?|staff|applicants?|personal|home address|salary|medical|kunden?|mitarbeiter\w*|patient\w*|clientes?|pacientes?|empleados?|dipendent\w*|klant\w*|medewerker\w*|funcion[áa]rios?)\b/i;

// Words that say the value is made up: documentation, tests, samples.
// Not inside an address or domain: "jane@example.com" is not a remark about the IBAN next to it.
const LOWERING =
  /(?<![@./\w-])(?:example|sample|dummy|fake|placeholder|lorem|mock|fictitious|test(?:ing)? data|beispiel\w*|muster\w*|exemple|fictif|ejemplo|ficticio|esempio|fittizio|voorbeeld\w*|exemplo)(?![\w@-]|\.\w)/i;

const ORDER: readonly Severity[] = ['low', 'medium', 'high'];

function shift(severity: Severity, step: number): Severity {
  const index = Math.min(ORDER.length - 1, Math.max(0, ORDER.indexOf(severity) + step));
  return ORDER[index] ?? severity;
}

/**
 * Adjusts each personal-data finding by the words around it: one level up next to words that
 * name whose data it is, one level down next to words that say it is an example. Counter-context
 * wins when both are there, since samples are usually about customers.
 */
export function weighContext(text: string, findings: readonly Finding[]): Finding[] {
  return findings.map((finding) => {
    if (finding.category !== 'pii') return finding;

    const around = text.slice(Math.max(0, finding.start - RADIUS), finding.end + RADIUS);
    if (LOWERING.test(around)) return { ...finding, severity: shift(finding.severity, -1) };
    if (RAISING.test(around)) return { ...finding, severity: shift(finding.severity, 1) };
    return finding;
  });
}
