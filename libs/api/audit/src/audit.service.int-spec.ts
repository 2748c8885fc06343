import type { AuditEntry } from '@oneday/api-common';
import { featureTestingModule, type FeatureTestingModule } from '@oneday/api-testing';
import { AuditModule } from './audit.module.js';
import { AuditService } from './audit.service.js';

describe('AuditService', () => {
  let t: FeatureTestingModule;
  let audit: AuditService;

  beforeAll(async () => {
    t = await featureTestingModule({ imports: [AuditModule] });
    audit = t.get(AuditService);
  });
  afterAll(() => t?.close());

  const entry = (overrides: Partial<AuditEntry>): AuditEntry => ({
    actor: null,
    action: 'READ',
    entity: 'Patient',
    entityId: 'p-1',
    outcome: 'ALLOWED',
    ...overrides,
  });

  describe('find', () => {
    it('filters by actor, entity, action and outcome, newest first', async () => {
      const coordinator = await t.anActor('COORDINATOR');
      const physician = await t.anActor('PHYSICIAN');
      const patientId = await t.aPatient();
      await audit.record(entry({ actor: coordinator, entityId: patientId }));
      await audit.record(entry({ actor: physician, entityId: patientId, outcome: 'DENIED' }));
      await audit.record(entry({ actor: coordinator, action: 'CREATE', entityId: patientId }));
      await audit.record(entry({ actor: coordinator, entity: 'Case', entityId: 'c-1' }));

      const byCoordinator = await audit.find({ actorId: coordinator.userId });
      expect(byCoordinator.map((e) => `${e.action} ${e.entity}`)).toEqual([
        'READ Case',
        'CREATE Patient',
        'READ Patient',
      ]);
      expect(
        (await audit.find({ entity: 'Patient', entityId: patientId, outcome: 'DENIED' })).map(
          (e) => e.actorId,
        ),
      ).toEqual([physician.userId]);
      expect(await audit.find({ entityId: patientId, action: 'CREATE' })).toHaveLength(1);
      expect(await audit.find({ actorId: coordinator.userId, limit: 2 })).toHaveLength(2);
    });

    it('filters by time: from inclusive, to exclusive', async () => {
      const actor = await t.anActor('ADMIN');
      await audit.record(entry({ actor }));
      const [{ occurred_at }] = await t.sql<{ occurred_at: Date }>(
        `SELECT occurred_at FROM audit_event WHERE actor_id = $1`,
        [actor.userId],
      );
      expect(await audit.find({ actorId: actor.userId, from: occurred_at })).toHaveLength(1);
      expect(await audit.find({ actorId: actor.userId, to: occurred_at })).toHaveLength(0);
    });
  });

  describe('the audit_event table', () => {
    it('refuses UPDATE, DELETE and TRUNCATE, for its owner too', async () => {
      const actor = await t.anActor('COORDINATOR');
      await audit.record(entry({ actor }));
      for (const statement of [
        `UPDATE audit_event SET outcome = 'DENIED' WHERE actor_id = '${actor.userId}'`,
        `DELETE FROM audit_event WHERE actor_id = '${actor.userId}'`,
        'TRUNCATE audit_event',
      ]) {
        await expect(t.sql(statement)).rejects.toThrow('audit_event is append-only');
      }
      expect(
        await t.count('audit_event', 'actor_id = $1 AND outcome = $2', [actor.userId, 'ALLOWED']),
      ).toBe(1);
    });

    it('appends inside the transaction it is given, and rolls back with it', async () => {
      const actor = await t.anActor('COORDINATOR');
      await t.dataSource
        .transaction(async (manager) => {
          await audit.append(manager, [entry({ actor, action: 'CREATE' })]);
          throw new Error('the change failed');
        })
        .catch(() => undefined);
      expect(await t.count('audit_event', 'actor_id = $1', [actor.userId])).toBe(0);
    });
  });
});
