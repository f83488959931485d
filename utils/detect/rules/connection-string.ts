import { fakeToken } from '../fake-token';
import type { MatchContext, Rule, RuleExamples } from '../types';
import { textBefore } from '../validators/context';
import { hasDocumentationHost, isRealCredential } from '../validators/credentials';

// The user name sits just before `:password@` in every URL form; the match starts at the scheme.
function hasRealPassword(value: string, { text, start, end }: MatchContext): boolean {
  if (hasDocumentationHost(text, end + 1)) return false;

  const before = text.slice(Math.max(0, start - 130), start - 1);
  const user = before.slice(Math.max(before.lastIndexOf('/'), before.lastIndexOf(':')) + 1);
  return isRealCredential(decodeURIComponentSafe(user), decodeURIComponentSafe(value));
}

// The same line up to the match, at most 400 characters back (bounded, so a long line of
// `pwd=pwd=…` stays linear).
function readLineBefore(context: MatchContext): string {
  return textBefore(context, 400);
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

interface UrlRuleSpec {
  readonly id: string;
  readonly title: string;
  readonly keywords: readonly string[];
  readonly pattern: RegExp;
}

function urlRule({ id, title, keywords, pattern }: UrlRuleSpec): Rule {
  return {
    id: `connection-string-${id}`,
    category: 'secret',
    severity: 'high',
    title,
    description: 'A connection URL with the password written in it; it opens the service.',
    keywords,
    pattern,
    window: { before: 16, after: 500 },
    validate: hasRealPassword,
  };
}

// Each pattern: scheme, optional driver (`postgresql+psycopg2`), user, `:`, the password (the
// reported value), `@`. User names hold no `:`, so each start position is tried once.
export const rules: readonly Rule[] = [
  urlRule({
    id: 'postgres',
    title: 'PostgreSQL connection URL with password',
    keywords: ['postgres'],
    pattern: /postgres(?:ql)?(?:\+\w+)?:\/\/[^\s:/@]{0,128}:(?<value>[^\s@/]{1,256})@[\w.[-]/dgi,
  }),
  urlRule({
    id: 'mysql',
    title: 'MySQL connection URL with password',
    keywords: ['mysql', 'mariadb'],
    pattern: /(?:mysql|mariadb)(?:\+\w+)?:\/\/[^\s:/@]{0,128}:(?<value>[^\s@/]{1,256})@[\w.[-]/dgi,
  }),
  urlRule({
    id: 'mongodb',
    title: 'MongoDB connection URL with password',
    keywords: ['mongodb'],
    pattern: /mongodb(?:\+srv)?:\/\/[^\s:/@]{0,128}:(?<value>[^\s@/]{1,256})@[\w.[-]/dgi,
  }),
  urlRule({
    id: 'redis',
    title: 'Redis connection URL with password',
    keywords: ['redis'],
    pattern: /rediss?:\/\/[^\s:/@]{0,128}:(?<value>[^\s@/]{1,256})@[\w.[-]/dgi,
  }),
  urlRule({
    id: 'amqp',
    title: 'AMQP (RabbitMQ) connection URL with password',
    keywords: ['amqp'],
    pattern: /amqps?:\/\/[^\s:/@]{0,128}:(?<value>[^\s@/]{1,256})@[\w.[-]/dgi,
  }),
  urlRule({
    id: 'mail',
    title: 'Mail server URL with password',
    keywords: ['smtp', 'imap', 'pop3'],
    pattern: /(?:smtps?|imaps?|pop3s?):\/\/[^\s:/@]{0,128}:(?<value>[^\s@/]{1,256})@[\w.[-]/dgi,
  }),
  urlRule({
    id: 'ftp',
    title: 'FTP or SFTP URL with password',
    keywords: ['ftp'],
    pattern: /s?ftps?:\/\/[^\s:/@]{0,128}:(?<value>[^\s@/]{1,256})@[\w.[-]/dgi,
  }),
  urlRule({
    id: 'ldap',
    title: 'LDAP URL with password',
    keywords: ['ldap'],
    pattern: /ldaps?:\/\/[^\s:/@]{0,128}:(?<value>[^\s@/]{1,256})@[\w.[-]/dgi,
  }),
  urlRule({
    id: 'cloudinary',
    title: 'Cloudinary URL with API secret',
    keywords: ['cloudinary://'],
    pattern: /cloudinary:\/\/\d{6,20}:(?<value>[\w-]{20,40})@[\w-]/dg,
  }),
  {
    id: 'connection-string-jdbc',
    category: 'secret',
    severity: 'high',
    title: 'JDBC URL with password',
    description: 'A JDBC connection URL with the password as a parameter; it opens the database.',
    keywords: ['password='],
    // Anchored at the parameter; the `jdbc:` before it on the same line is checked afterwards,
    // which keeps a line full of `jdbc:` linear.
    pattern: /[?;&]password=(?<value>[^\s&;"'<>]{1,128})/dgi,
    window: { before: 1, after: 160 },
    validate: (value, context) =>
      /jdbc:/i.test(readLineBefore(context)) && isRealCredential('', value),
  },
  {
    id: 'connection-string-ado',
    category: 'secret',
    severity: 'high',
    title: 'Database connection string with password',
    description: 'A `Server=…;Password=…` connection string (SQL Server, ADO.NET, ODBC).',
    keywords: ['password=', 'pwd='],
    pattern: /(?<![\w-])(?:password|pwd)=(?<value>[^;"'\r\n]{1,128})/dgi,
    anchored: true,
    validate: (value, context) =>
      /(?:server|data source|host)=[^;]{1,200};/i.test(readLineBefore(context)) &&
      isRealCredential('', value.trim()),
  },
];

const PASSWORD = fakeToken('conn', 16);

export const examples: RuleExamples = {
  'connection-string-postgres': {
    positive: [
      `DATABASE_URL=postgres://app:${PASSWORD}@db.internal:5432/app`,
      `postgresql+psycopg2://etl:${PASSWORD}@10.0.0.5/warehouse`,
    ],
    negative: [
      'postgres://user:password@localhost:5432/db',
      'postgres://postgres:postgres@localhost/test',
      'postgres://app:${DB_PASSWORD}@db/app',
    ],
  },
  'connection-string-mysql': {
    positive: [`mysql://root:${PASSWORD}@127.0.0.1:3306/shop`],
    negative: ['mysql://root:<password>@localhost/shop', 'mysql://localhost/shop'],
  },
  'connection-string-mongodb': {
    positive: [`MONGO_URI=mongodb+srv://svc:${PASSWORD}@cluster0.ab1cd.mongodb.net/prod`],
    negative: ['mongodb+srv://<username>:<password>@cluster0.mongodb.net/', 'mongodb://db:27017'],
  },
  'connection-string-redis': {
    positive: [`REDIS_URL=redis://:${PASSWORD}@cache.internal:6379/0`],
    negative: ['redis://localhost:6379/0', 'redis://:changeme@localhost:6379'],
  },
  'connection-string-amqp': {
    positive: [`amqps://orders:${PASSWORD}@mq.internal:5671/%2f`],
    negative: ['amqp://guest:guest@localhost:5672/', 'amqp://localhost'],
  },
  'connection-string-mail': {
    positive: [`EMAIL_URL=smtps://noreply:${PASSWORD}@smtp.mail.internal:465`],
    negative: ['smtp://user:pass@localhost:25', 'smtp://localhost:25'],
  },
  'connection-string-ftp': {
    positive: [`sftp://deploy:${PASSWORD}@files.internal/uploads`],
    negative: ['ftp://anonymous:anonymous@ftp.debian.org', 'ftp://ftp.debian.org/debian'],
  },
  'connection-string-ldap': {
    positive: [`ldaps://cn=admin:${PASSWORD}@ldap.internal`],
    negative: ['ldap://ldap.internal/dc=example,dc=com', 'ldap://admin:admin@localhost'],
  },
  'connection-string-cloudinary': {
    positive: [`CLOUDINARY_URL=cloudinary://123456789012345:${fakeToken('cld', 27)}@demo`],
    negative: ['cloudinary://<api_key>:<api_secret>@<cloud_name>', 'cloudinary://123:abc@x'],
  },
  'connection-string-jdbc': {
    positive: [`jdbc:sqlserver://db:1433;databaseName=sales;user=sa;password=${PASSWORD}`],
    negative: ['jdbc:mysql://db:3306/sales?user=app&password=${DB_PASS}', 'jdbc:h2:mem:test'],
  },
  'connection-string-ado': {
    positive: [`Server=tcp:sql.internal,1433;Database=crm;User ID=crm;Password=${PASSWORD};`],
    negative: ['Server=localhost;Database=crm;Trusted_Connection=True;', 'Server=x;Password=;'],
  },
};
