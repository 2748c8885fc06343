import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PatientRelationsSource } from '@oneday/api-patients';
import type { PatientRelations } from '@oneday/domain';
import { DataSource } from 'typeorm';

/** Who a patient's cases relate them to: the submitting physicians, and any conference agenda. */
@Injectable()
export class CaseRelationsSource extends PatientRelationsSource {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async relationsOf(patientIds: readonly string[]): Promise<Map<string, PatientRelations>> {
    const rows: { patient_id: string; submitters: string[]; on_agenda: boolean }[] =
      await this.dataSource.query(
        `SELECT patient_id, array_agg(DISTINCT submitted_by_id) AS submitters,
                bool_or(first_on_agenda_at IS NOT NULL) AS on_agenda
           FROM cancer_case WHERE patient_id = ANY($1::uuid[]) GROUP BY patient_id`,
        [patientIds],
      );
    const found = new Map(rows.map((r) => [r.patient_id, r]));
    return new Map(
      patientIds.map((patientId) => [
        patientId,
        {
          patientId,
          submittingSpecialistIds: found.get(patientId)?.submitters ?? [],
          onConferenceAgenda: Boolean(found.get(patientId)?.on_agenda),
        },
      ]),
    );
  }
}
