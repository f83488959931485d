import { fakeToken } from '../fake-token';
import { defineSecretRule, hasContextBefore } from '../secret-rule';
import type { Rule, RuleExamples } from '../types';

export const rules: readonly Rule[] = [
  defineSecretRule({
    id: 'azure-storage-key',
    title: 'Azure storage account key',
    description: 'An Azure Storage or Cosmos DB account key; it grants full access to the account.',
    rotationUrl: 'https://learn.microsoft.com/azure/storage/common/storage-account-keys-manage',
    keywords: ['accountkey'],
    pattern: /AccountKey=(?<value>[A-Za-z0-9+/]{86}==)/dg,
  }),
  defineSecretRule({
    id: 'azure-sas-token',
    title: 'Azure shared access signature',
    description: 'A SAS token; until it expires it grants what its permissions say.',
    rotationUrl: 'https://learn.microsoft.com/azure/storage/common/storage-sas-overview',
    keywords: ['sig='],
    pattern: /[?&;]sig=(?<value>[\w%+/]{40,100}(?:%3D|=){0,2})/dg,
    window: { before: 1, after: 200 },
    validate: (_value, match) => hasContextBefore(match, ['sv=', 'se='], 400),
  }),
  defineSecretRule({
    id: 'azure-service-bus-key',
    title: 'Azure shared access key',
    description: 'A Service Bus, Event Hubs or IoT Hub shared access key.',
    rotationUrl: 'https://learn.microsoft.com/azure/service-bus-messaging/service-bus-sas',
    keywords: ['sharedaccesskey'],
    pattern: /SharedAccessKey=(?<value>[A-Za-z0-9+/]{42,43}=)/dg,
  }),
  defineSecretRule({
    id: 'azure-ad-client-secret',
    title: 'Microsoft Entra client secret',
    description: 'An app registration client secret; it signs in as the application.',
    rotationUrl:
      'https://learn.microsoft.com/entra/identity-platform/howto-create-service-principal-portal',
    keywords: ['q~'],
    pattern: /(?<![\w~.-])[\w~.-]{3}\dQ~[\w~.-]{31,34}(?![\w~.-])/dg,
    window: { before: 8, after: 48 },
  }),
  defineSecretRule({
    id: 'azure-devops-pat',
    title: 'Azure DevOps personal access token',
    description: 'An Azure DevOps token; it reads and pushes code and runs pipelines.',
    rotationUrl:
      'https://learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate',
    keywords: ['azdo'],
    // The AZDO marker sits near the end, so the match starts well before the keyword.
    pattern: /(?<![A-Za-z0-9])[A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4}(?![A-Za-z0-9])/dg,
    window: { before: 96, after: 16 },
  }),
  defineSecretRule({
    id: 'azure-devops-pat-legacy',
    title: 'Azure DevOps personal access token',
    description: 'An older Azure DevOps token (52 characters), next to its name.',
    rotationUrl:
      'https://learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate',
    keywords: ['devops', 'ado_', 'azdo', 'dev.azure.com', 'visualstudio.com'],
    context: ['devops', 'ado_', 'azdo', 'dev.azure.com', 'visualstudio.com'],
    pattern: /(?<![A-Za-z0-9])[a-z2-7]{52}(?![A-Za-z0-9])/dg,
    validate: (value) => /\d/.test(value),
  }),
  defineSecretRule({
    id: 'azure-openai-key',
    title: 'Azure OpenAI key',
    description:
      'A key for an Azure OpenAI or Azure AI services resource: 32 hex characters next to its name, or the 84-character form that names itself.',
    rotationUrl: 'https://learn.microsoft.com/azure/ai-services/rotate-keys',
    keywords: ['azure', 'jqqj9'],
    // Two forms. 32 hex digits, as in Microsoft Purview's "Azure Cognitive Service key"
    // (https://learn.microsoft.com/purview/sit-defn-azure-cognitive-service-key), say nothing
    // by themselves, so they need "azure" shortly before. The 84-character keys carry
    // `JQQJ9` at offset 52 and the Cognitive Services signature `ACOG` at 76 (layout in
    // https://github.com/microsoft/security-utilities, LegacyCommonAnnotatedSecurityKey.cs).
    pattern:
      /(?<![\w-])(?:[a-f0-9]{32}|[A-Za-z0-9]{52}JQQJ9[9DH][A-Za-z0-9][A-L][A-Za-z0-9]{16}ACOG[A-Za-z0-9]{4})(?![\w-])/dg,
    // 52 characters come before the signature keyword; "azure" may sit 100 before a hex key.
    window: { before: 60, after: 300 },
    validate: (value, match) => value.length === 84 || hasContextBefore(match, ['azure']),
  }),
  defineSecretRule({
    id: 'azure-app-configuration-key',
    title: 'Azure App Configuration connection string',
    description: 'An App Configuration access key; it reads and changes settings.',
    rotationUrl:
      'https://learn.microsoft.com/azure/azure-app-configuration/howto-disable-access-key-authentication',
    keywords: ['azconfig.io'],
    pattern:
      /Endpoint=https:\/\/[\w-]{1,64}\.azconfig\.io;Id=[\w+/=:-]{1,64};Secret=(?<value>[A-Za-z0-9+/]{40,60}=)/dg,
    window: { before: 80, after: 200 },
  }),
  defineSecretRule({
    id: 'azure-function-key',
    title: 'Azure Functions key',
    description: 'A function or host key in a Functions URL; it calls the function.',
    rotationUrl: 'https://learn.microsoft.com/azure/azure-functions/function-keys-how-to',
    keywords: ['azurewebsites.net'],
    pattern:
      /azurewebsites\.net\/api\/[\w/-]{1,100}\?(?:[\w=&-]{0,100}&)?code=(?<value>[\w-]{40,100}={0,2})/dg,
  }),
  defineSecretRule({
    id: 'azure-container-registry-password',
    title: 'Azure Container Registry password',
    description: 'An access key of an Azure container registry; it pushes and pulls images.',
    rotationUrl:
      'https://learn.microsoft.com/azure/container-registry/container-registry-authentication',
    keywords: ['+acr'],
    pattern: /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{42}\+ACR[A-Za-z0-9]{6}(?![A-Za-z0-9+/])/dg,
    window: { before: 48, after: 16 },
  }),
];

// An 84-character Azure AI services key: random part, `JQQJ99`, date (2025, June), reserved
// characters, the `ACOG` signature and a checksum.
const AZURE_AI_KEY = [
  fakeToken('aoai2', 52),
  'JQQJ99BF',
  fakeToken('aoai5', 16),
  'ACOG',
  fakeToken('aoai6', 4),
].join('');

export const examples: RuleExamples = {
  'azure-storage-key': {
    positive: [
      `DefaultEndpointsProtocol=https;AccountName=demo;AccountKey=${fakeToken('azsa', 86, 'base64')}==;EndpointSuffix=core.windows.net`,
    ],
    negative: [
      'AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
      'AccountKey=<key>',
    ],
  },
  'azure-sas-token': {
    positive: [
      `https://demo.blob.core.windows.net/c?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&spr=https&sig=${fakeToken('sas', 43)}%3D`,
    ],
    negative: ['?sig=abc', `https://example.com/?page=2&sig=${fakeToken('sas2', 43)}`],
  },
  'azure-service-bus-key': {
    positive: [
      `Endpoint=sb://demo.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=${fakeToken('sb', 43, 'base64')}=`,
    ],
    negative: ['SharedAccessKey=<key>', 'SharedAccessKeyName=RootManageSharedAccessKey'],
  },
  'azure-ad-client-secret': {
    positive: [
      `AZURE_CLIENT_SECRET=${fakeToken('ent', 3)}8Q~${fakeToken('ent2', 34, 'base64url')}`,
    ],
    negative: ['abc8Q~short', 'AZURE_CLIENT_SECRET=<secret>'],
  },
  'azure-openai-key': {
    positive: [
      `AZURE_OPENAI_API_KEY=${fakeToken('aoai', 32, 'hex')}`,
      `AZURE_OPENAI_KEY=${AZURE_AI_KEY}`,
      `OPENAI_API_KEY=${AZURE_AI_KEY}`,
    ],
    negative: [
      fakeToken('aoai3', 32, 'hex'),
      'AZURE_OPENAI_API_KEY=<your-key>',
      `AZURE_OPENAI_KEY=${fakeToken('aoai4', 84)}`,
      `OPENAI_API_KEY=${AZURE_AI_KEY.replace('ACOG', 'AZEG')}`,
    ],
  },
  'azure-devops-pat': {
    positive: [`AZURE_DEVOPS_EXT_PAT=${fakeToken('azdo', 76)}AZDO${fakeToken('azdo2', 4)}`],
    negative: [
      'AZDO',
      'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxAZDOxxxx',
    ],
  },
  'azure-devops-pat-legacy': {
    positive: [
      `AZURE_DEVOPS_PAT=${fakeToken('azdol', 52, 'base32')}`,
      `dev.azure.com token: ${fakeToken('azdol2', 52, 'base32')}`,
    ],
    negative: [fakeToken('azdol3', 52, 'base32'), 'AZURE_DEVOPS_PAT=changeme'],
  },
  'azure-app-configuration-key': {
    positive: [
      `Endpoint=https://demo.azconfig.io;Id=abc1-l0-s0:${fakeToken('acid', 20)};Secret=${fakeToken('acs', 43, 'base64')}=`,
    ],
    negative: ['Endpoint=https://demo.azconfig.io;Id=x;Secret=<secret>', 'demo.azconfig.io'],
  },
  'azure-function-key': {
    positive: [
      `https://demo.azurewebsites.net/api/orders?code=${fakeToken('azfn', 54, 'base64url')}==`,
    ],
    negative: [
      'https://demo.azurewebsites.net/api/orders?code=abc',
      'https://demo.azurewebsites.net/api/orders',
    ],
  },
  'azure-container-registry-password': {
    positive: [
      `docker login demo.azurecr.io -u demo -p ${fakeToken('acr', 42, 'base64')}+ACR${fakeToken('acr2', 6)}`,
    ],
    negative: ['+ACR', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx+ACRxxxxxx'],
  },
};
