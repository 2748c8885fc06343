import { AuditModule } from '@oneday/api-audit';
import { featureTestingModule, type FeatureTestingModule } from '@oneday/api-testing';
import { SpecialistsModule } from './specialists.module.js';
import { StaffDirectory } from './staff-directory.service.js';

describe('StaffDirectory', () => {
  let t: FeatureTestingModule;
  let directory: StaffDirectory;

  beforeAll(async () => {
    t = await featureTestingModule({ imports: [AuditModule, SpecialistsModule] });
    directory = t.get(StaffDirectory);
  });
  afterAll(() => t?.close());

  it('finds the staff of a site, and of them those serving a program, by name', async () => {
    const site = await t.aSite({ timeZone: 'America/New_York' });
    const elsewhere = await t.aSite();
    const surgeon = await t.aSpecialist({ siteId: site.id, name: 'Dr. Bea Surgeon' });
    const urologist = await t.aSpecialist({
      siteId: site.id,
      name: 'Dr. Ann Urologist',
      specialty: 'UROLOGIC_ONCOLOGIST',
      programs: ['PROSTATE'],
    });
    const oncologist = await t.aSpecialist({
      siteId: site.id,
      name: 'Dr. Cy Oncologist',
      specialty: 'MEDICAL_ONCOLOGIST',
      programs: ['BREAST', 'PROSTATE'],
    });
    await t.aSpecialist({ siteId: elsewhere.id });

    expect((await directory.staffAt(site.id)).map((s) => s.id)).toEqual([
      urologist,
      surgeon,
      oncologist,
    ]);
    expect((await directory.staffAt(site.id, 'PROSTATE')).map((s) => s.name)).toEqual([
      'Dr. Ann Urologist',
      'Dr. Cy Oncologist',
    ]);
    expect(await directory.specialist(oncologist)).toEqual({
      id: oncologist,
      siteId: site.id,
      name: 'Dr. Cy Oncologist',
      specialty: 'MEDICAL_ONCOLOGIST',
      programs: ['BREAST', 'PROSTATE'],
      defaultRoomId: null,
    });
    expect(await directory.site(site.id)).toMatchObject({ timeZone: 'America/New_York' });
  });

  it('looks up many at once, ignoring nulls and unknown ids', async () => {
    const site = await t.aSite();
    const roomA = await t.aRoom({ siteId: site.id, name: 'Exam A' });
    const roomB = await t.aRoom({ siteId: site.id, name: 'Exam B' });
    const specialist = await t.aSpecialist({ siteId: site.id, roomId: roomA });
    const unknown = '00000000-0000-4000-8000-000000000000';

    const staff = await directory.specialists([specialist, null, unknown, specialist]);
    expect([...staff.keys()]).toEqual([specialist]);
    expect(staff.get(specialist)?.defaultRoomId).toBe(roomA);
    expect([...(await directory.rooms([roomB, null])).keys()]).toEqual([roomB]);
    expect((await directory.roomsAt(site.id)).map((r) => r.name)).toEqual(['Exam A', 'Exam B']);
    expect(await directory.specialists([])).toEqual(new Map());
    expect(await directory.site(unknown)).toBeNull();
  });
});
