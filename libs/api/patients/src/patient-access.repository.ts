import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PatientRelations } from '@oneday/domain';
import { DataSource } from 'typeorm';

/**
 * Reads the facts that decide who may see a patient. Plain SQL over the case tables so this
 * feature does not depend on the conference feature (which depends on it).
 */
@Injectable()
export class PatientAccessRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async relationsOf(patientIds: readonly string[]): Promise<Map<string, PatientRelations>> {
    const rows: { patient_id: string; submitters: string[]; on_agenda: boolean }[] =
      await this.dataSource.query(
        `SELECT p.id AS patient_id,
                coalesce(array_agg(DISTINCT c.submitted_by_id) FILTER (WHERE c.id IS NOT NULL), '{}') AS submitters,
                bool_or(a.id IS NOT NULL) AS on_agenda
           FROM patient p
           LEFT JOIN cancer_case c ON c.patient_id = p.id
           LEFT JOIN agenda_item a ON a.case_id = c.id
          WHERE p.id = ANY($1::uuid[])
          GROUP BY p.id`,
        [patientIds],
      );
    return new Map(
      rows.map((row) => [
        row.patient_id,
        {
          patientId: row.patient_id,
          submittingSpecialistIds: row.submitters,
          onConferenceAgenda: Boolean(row.on_agenda),
        },
      ]),
    );
  }
}
