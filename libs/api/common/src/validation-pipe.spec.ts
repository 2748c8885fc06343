import { inputValidationPipe } from './validation-pipe.js';

describe('inputValidationPipe', () => {
  const pipe = inputValidationPipe();

  it('refuses text with a NUL character, naming the field, before anything reaches the database', async () => {
    await expect(
      pipe.transform(
        { title: 'ok', findings: [{ text: 'a\u0000b' }] },
        { type: 'body', data: 'input' },
      ),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'findings.0.text' } });
    await expect(
      pipe.transform('MRN\u0000', { type: 'body', data: 'search' }),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'search' } });
  });

  it('looks into inputs written inline, which graphql-js builds without a prototype', async () => {
    const inline = Object.assign(Object.create(null), { reason: 'x\u0000' });
    await expect(pipe.transform(inline, { type: 'body', data: 'input' })).rejects.toMatchObject({
      extensions: { field: 'reason' },
    });
  });

  it('lets other text through', async () => {
    await expect(pipe.transform('María', { type: 'body', data: 'search' })).resolves.toBe('María');
  });
});
