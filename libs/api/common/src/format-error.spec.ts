import { GraphQLError } from 'graphql';
import { formatClientError } from './format-error.js';

describe('formatClientError', () => {
  it('turns a database exclusion or unique violation into CONFLICT without SQL', () => {
    const driverError = Object.assign(
      new Error(
        'conflicting key value violates exclusion constraint "visit_specialist_no_overlap"',
      ),
      {
        driverError: { code: '23P01' },
      },
    );
    const wrapped = new GraphQLError('conflicting key value violates exclusion constraint', {
      originalError: driverError,
    });
    expect(
      formatClientError({ message: wrapped.message, path: ['bookClinicDay'] }, wrapped),
    ).toEqual({
      message: 'That conflicts with something already recorded.',
      path: ['bookClinicDay'],
      extensions: { code: 'CONFLICT' },
    });
  });

  it('keeps coded errors and hides everything else', () => {
    expect(
      formatClientError({
        message: 'Sign in to continue.',
        extensions: { code: 'UNAUTHENTICATED', stacktrace: ['x'] },
      }),
    ).toEqual({
      message: 'Sign in to continue.',
      path: undefined,
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(
      formatClientError({
        message: 'relation "patient" does not exist',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      }).message,
    ).toBe('Something went wrong on our side. Please try again.');
  });
});
