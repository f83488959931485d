import { cardNumbers, ibans, seededRandom, socialSecurityNumbers } from './generate';

/** A text and the category it must (or, for `none`, must not) be reported as. */
export interface LabelledCase {
  readonly text: string;
  readonly expect: 'pii' | 'marking' | 'none';
}

const random = seededRandom(4);
const cards = cardNumbers(random);
const accounts = ibans(random);
const ssns = socialSecurityNumbers(random);

const pii = (text: string): LabelledCase => ({ text, expect: 'pii' });
const marking = (text: string): LabelledCase => ({ text, expect: 'marking' });
const none = (text: string): LabelledCase => ({ text, expect: 'none' });

export const PERSONAL_DATA: readonly LabelledCase[] = [
  ...cards.valid.map((card) => pii(`Please charge ${card} for the renewal.`)),
  ...accounts.valid.map((iban) => pii(`Refund to ${iban}, thanks`)),
  ...ssns.valid.map((ssn) => pii(`Applicant SSN ${ssn}`)),
  pii('Email the contract to paula.gomez@northwind-mail.com before noon'),
  pii('Kontakt: Jürgen Weiß, juergen.weiss@beispielfirma.de'),
  pii('call me on +44 7700 900123 after six'),
  pii('Tel.: 030 98765432'),
  pii('Mobile: 06 12 34 56 78'),
  pii('(212) 555-0147'),
  pii('DOB: 02/11/1984'),
  pii('Date of birth 1979-07-23'),
  pii('Geburtsdatum: 14.03.1962'),
  pii('née le 05/09/1971'),
  pii('National Insurance number: JG 10 37 59 A'),
  pii('Steuer-ID: 86095742719'),
  pii('BSN 111222333'),
  pii('Passport number: 533380006'),
  pii('Reisepass C01X00T47'),
  pii('login from IP 81.2.69.160 at 03:12'),
  pii('Employee: Jane Roe, SSN 536228126'),
];

export const MARKINGS: readonly LabelledCase[] = [
  marking('CONFIDENTIAL\n\nMinutes of the board meeting'),
  marking('STRICTLY CONFIDENTIAL – Q3 forecast'),
  marking('Highly Confidential\nRestructuring plan'),
  marking('INTERNAL USE ONLY\nSales playbook 2025'),
  marking('For internal use only'),
  marking('PROPRIETARY AND CONFIDENTIAL'),
  marking('DO NOT DISTRIBUTE'),
  marking('PRIVILEGED & CONFIDENTIAL\nATTORNEY-CLIENT COMMUNICATION'),
  marking('Attorney-Client Privileged'),
  marking('TRADE SECRET — formula 7B'),
  marking('This memo is CONFIDENTIAL and must not be forwarded.'),
  marking('Acme Corp | Confidential | Page 3 of 12'),
  marking('Page 2 – Internal Use Only – Draft'),
  marking('TLP:RED\nIncident 2024-117'),
  marking('TLP:AMBER+STRICT'),
  marking('Shared as TLP:AMBER with the sector ISAC.'),
  marking('CUI\nProgram schedule'),
  marking('CUI//SP-PRVCY'),
  marking('CONTROLLED UNCLASSIFIED INFORMATION'),
  marking('TOP SECRET//SI//NOFORN'),
  marking('SECRET//REL TO USA, GBR'),
  marking('(S//NF) The convoy left at dawn.'),
  marking('UNCLASSIFIED//FOR OFFICIAL USE ONLY'),
  marking('Sensitivity: Highly Confidential'),
  marking('Sensitivity: Confidential\\All Employees'),
  marking('Classification: Internal'),
  marking('VERTRAULICH\nProtokoll der Vorstandssitzung'),
  marking('Streng vertraulich'),
  marking('Nur für den internen Gebrauch'),
  marking('Klassifizierung: Vertraulich'),
  marking('CONFIDENTIEL\nCompte rendu'),
  marking('Diffusion restreinte'),
  marking('Strictement confidentiel – ne pas diffuser'),
  marking('CONFIDENCIAL\nActa del consejo'),
  marking('Solo para uso interno'),
  marking('RISERVATO\nVerbale'),
  marking('Strettamente riservato'),
  marking('VERTROUWELIJK\nNotulen'),
  marking('Alleen voor intern gebruik'),
  marking('Estritamente confidencial'),
];

// Sentences that mention confidentiality in passing, and numbers that only look personal.
export const LOOK_ALIKES: readonly LabelledCase[] = [
  ...cards.broken.map((card) => none(`Please charge ${card} for the renewal.`)),
  ...accounts.broken.map((iban) => none(`Refund to ${iban}, thanks`)),
  ...ssns.broken.map((ssn) => none(`Applicant SSN ${ssn}`)),
  none("Sure, I'll keep our chat confidential, see you Monday."),
  none('Is this information confidential or can I share it with the team?'),
  none('Treat the survey answers as confidential, as promised.'),
  none('We ship a proprietary driver for the scanner.'),
  none('The internal use of the API is rate limited.'),
  none('Do not distribute binaries built from a dirty tree, please.'),
  none('Confidential computing keeps data encrypted in use.'),
  none('Our privacy notice explains what stays confidential.'),
  none('Die Daten werden vertraulich behandelt.'),
  none('Les réponses restent confidentielles.'),
  none('La información es confidencial según el contrato, dijo ella.'),
  none('Trade secrets law differs from patent law.'),
  none('the tlp:red label means named recipients only'),
  none('The CUI program started in 2010.'),
  none('SKU 4006381333931 back in stock'),
  none('EAN 5012345678900, GTIN 00012345600012'),
  none('Order 1234567890123456 shipped'),
  none('Build 20240115123045 passed'),
  none('Part no. 7362-8823-1187-2290'),
  none('version 10.2.3.4 released on 2024-01-15'),
  none('Invoice total 1,234,567.89 EUR, due 2025-03-31'),
  none('ISBN 978-3-16-148410-0'),
  none('Tracking 1Z 999 AA1 01 2345 6784'),
  none('Latitude 52.520008, longitude 13.404954'),
  none('date,temperature,humidity\n2024-01-01,4.2,81\n2024-01-02,3.9,77\n2024-01-03,5.1,80'),
  none('id,sku,qty\n1001,4006381333931,12\n1002,5012345678900,4\n1003,7622210449283,9'),
  none('uptime 123456789 seconds'),
];
