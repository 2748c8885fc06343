/** What a service call was refused with: the error's `extensions.code` and, for input, the field. */
export async function refusal(
  promise: Promise<unknown>,
): Promise<{ code: unknown; field?: unknown; message: string }> {
  try {
    await promise;
  } catch (error) {
    const extensions = (error as { extensions?: Record<string, unknown> }).extensions ?? {};
    return {
      code: extensions['code'],
      field: extensions['field'],
      message: String((error as Error).message),
    };
  }
  throw new Error('expected the call to be refused, and it succeeded');
}
