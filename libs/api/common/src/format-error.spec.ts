import { GraphQLError } from 'graphql';
import { formatClientError, isDatabaseUnavailable } from './format-error.js';

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

  it('tells the client the database is away, without the driver’s words', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
      code: 'ECONNREFUSED',
    });
    const shutdown = Object.assign(
      new Error('terminating connection due to administrator command'),
      {
        driverError: { code: '57P01' },
        code: '57P01',
      },
    );
    const lost = new Error('Connection terminated unexpectedly');
    const socketGone = Object.assign(new Error('connect ENOENT /tmp/.s.PGSQL.54329'), {
      code: 'ENOENT',
      syscall: 'connect',
    });
    for (const cause of [refused, shutdown, lost, socketGone]) {
      const wrapped = new GraphQLError(cause.message, { originalError: cause });
      expect(formatClientError({ message: wrapped.message, path: ['patients'] }, wrapped)).toEqual({
        message: 'The database is unavailable; please try again in a moment.',
        path: ['patients'],
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
    }
  });

  it('does not take a query error for an outage', () => {
    const syntax = Object.assign(new Error('syntax error at or near "SELEC"'), {
      driverError: { code: '42601' },
    });
    expect(isDatabaseUnavailable(new GraphQLError('x', { originalError: syntax }))).toBe(false);
  });
});
