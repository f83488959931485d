// Values the providers print in their own documentation; people paste them from tutorials.
const DOCUMENTED_VALUES = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
  'sk_test_BQokikJOvBiI2HlWgH4olfQ2',
  'rk_test_4eC39HqLyjWDarjtT1zdp7dc',
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
  'AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe',
  'xoxb-not-a-real-token-this-will-not-work',
]);

// Fillers that pass an entropy check but are obviously typed by hand.
const SEQUENCES = ['0123456789', 'abcdefghij', '1234567890', 'qwertyuiop'];

/** Whether `value` is printed as an example in a provider's own documentation. */
export function isDocumentedExample(value: string): boolean {
  return DOCUMENTED_VALUES.has(value);
}

/** Whether `value` is a published documentation example or a typed-out sequence. */
export function isKnownExample(value: string): boolean {
  if (isDocumentedExample(value)) return true;

  const lower = value.toLowerCase();
  return SEQUENCES.filter((sequence) => lower.includes(sequence)).length >= 2;
}
