import { docxFile, pdfFile, textFile, type FilePayload } from './support/documents';
import { expect, test } from './support/extension';
import { FAKE_GITHUB_TOKEN, GITHUB_TOKEN_PLACEHOLDER } from './support/samples';
import { attachFiles, expectNothingUploaded, filesInInput } from './support/uploads';
import { warningDialog } from './support/warning-dialog';

const SECRET_LINE = `GITHUB_TOKEN=${FAKE_GITHUB_TOKEN}`;
const MARKING = 'CONFIDENTIAL – Customer data';

// Every plain-text kind an AI chat accepts, each holding the same fake token.
const TEXT_FILES: readonly FilePayload[] = [
  textFile('notes.txt', `Deploy notes\n${SECRET_LINE}\n`),
  textFile('README.md', `# Setup\n\n\`\`\`\n${SECRET_LINE}\n\`\`\`\n`, 'text/markdown'),
  textFile('keys.csv', `service,token\ngithub,${FAKE_GITHUB_TOKEN}\n`, 'text/csv'),
  textFile('config.json', `{ "token": "${FAKE_GITHUB_TOKEN}" }\n`, 'application/json'),
  textFile('.env', `${SECRET_LINE}\nLOG_LEVEL=debug\n`, ''),
];

test.describe('files uploaded through the hidden input behind "Attach"', () => {
  for (const file of TEXT_FILES) {
    test(`holds ${file.name} with a token until the person decides; Cancel uploads nothing`, async ({
      page,
      openEditor,
    }) => {
      await openEditor(page, 'chatgpt.com');
      await attachFiles(page, [file]);

      await expect(warningDialog(page)).toContainText('GitHub token');
      expect(await filesInInput(page), 'the site must not see the file while we ask').toBe(1);
      await warningDialog(page).getByRole('button', { name: 'Cancel' }).click();

      await expect(warningDialog(page)).toBeHidden();
      await expectNothingUploaded(page);
    });
  }

  test('Upload anyway hands the file to the site exactly once', async ({ page, openEditor }) => {
    const editor = await openEditor(page, 'claude.ai');
    await attachFiles(page, [TEXT_FILES[0] as FilePayload]);

    await warningDialog(page).getByRole('button', { name: 'Upload anyway' }).click();

    await expect.poll(() => editor.uploads()).toHaveLength(1);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    const uploads = await editor.uploads();
    expect(uploads).toHaveLength(1);
    expect(uploads[0]?.files.map((file) => file.name)).toEqual(['notes.txt']);
    expect(uploads[0]?.files[0]?.text).toContain(FAKE_GITHUB_TOKEN);
  });

  test('Redact and upload hands the site the file with a placeholder instead of the token', async ({
    page,
    openEditor,
  }) => {
    const editor = await openEditor(page, 'gemini.google.com');
    await attachFiles(page, [textFile('.env', `${SECRET_LINE}\nLOG_LEVEL=debug\n`, '')]);

    await warningDialog(page).getByRole('button', { name: 'Redact and upload' }).click();

    await expect
      .poll(async () => (await editor.uploads())[0]?.files[0]?.text)
      .toBe(`GITHUB_TOKEN=${GITHUB_TOKEN_PLACEHOLDER}\nLOG_LEVEL=debug\n`);
    expect(await editor.uploads()).toHaveLength(1);
  });

  test('lets a clean file through to the site once, without a warning', async ({
    page,
    openEditor,
  }) => {
    const editor = await openEditor(page, 'www.perplexity.ai');
    await attachFiles(page, [textFile('todo.md', '# Todo\n- ship the beta\n', 'text/markdown')]);

    await expect.poll(() => editor.uploads()).toHaveLength(1);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(await editor.uploads()).toHaveLength(1);
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
  });

  const documents = [
    docxFile('customers.docx', [MARKING, `Access: ${FAKE_GITHUB_TOKEN}`]),
    pdfFile('customers.pdf', [MARKING, `Access: ${FAKE_GITHUB_TOKEN}`]),
  ];
  for (const document of documents) {
    test(`reads the text of ${document.name} and warns about the token and the marking in it`, async ({
      page,
      openEditor,
    }) => {
      await openEditor(page, 'chatgpt.com');
      await attachFiles(page, [document]);

      const dialog = warningDialog(page);
      await expect(dialog).toContainText('GitHub token');
      await expect(dialog).toContainText(/confidential/i);
      // A document cannot be rewritten with placeholders: it goes as it is, or not at all.
      await expect(dialog.getByRole('button', { name: 'Redact and upload' })).toHaveCount(0);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await expectNothingUploaded(page);
    });

    test(`warns about ${document.name} whose first line is "${MARKING}"`, async ({
      page,
      openEditor,
    }) => {
      const marked = document.name.endsWith('.pdf')
        ? pdfFile('brief.pdf', [MARKING, 'Quarterly numbers'])
        : docxFile('brief.docx', [MARKING, 'Quarterly numbers']);
      await openEditor(page, 'claude.ai');
      await attachFiles(page, [marked]);

      await expect(warningDialog(page)).toContainText(/confidential/i);
      await warningDialog(page).getByRole('button', { name: 'Cancel' }).click();
      await expectNothingUploaded(page);
    });
  }
});

test.describe('a 12 MB .txt with a key at its very end (over the 10 MB default limit)', () => {
  const bigFile = () =>
    textFile(
      'server.log',
      `${'INFO all good here\n'.repeat(12 * 55_189)}token ${FAKE_GITHUB_TOKEN}\n`,
    );

  test('is held instead of passing unscanned; Cancel uploads nothing', async ({
    page,
    openEditor,
  }) => {
    await openEditor(page, 'chatgpt.com');
    const file = bigFile();
    expect(file.buffer.length).toBeGreaterThan(12 * 1024 * 1024);

    await attachFiles(page, [file]);

    await expect(warningDialog(page)).toBeVisible();
    await expect(warningDialog(page).getByRole('button', { name: 'Upload anyway' })).toBeVisible();
    await warningDialog(page).getByRole('button', { name: 'Cancel' }).click();
    await expectNothingUploaded(page);
  });

  test('the warning names the file it could not check', async ({ page, openEditor }) => {
    await openEditor(page, 'chatgpt.com');

    await attachFiles(page, [bigFile()]);

    await expect(warningDialog(page)).toContainText('server.log', { timeout: 3_000 });
    await expect(warningDialog(page)).toContainText('too large to check');
  });
});
