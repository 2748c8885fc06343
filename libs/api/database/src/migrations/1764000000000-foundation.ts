import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The whole data model of DESIGN.md. Enumerations are text with named CHECK constraints so a
 * new value is a one-line migration; every constraint and index carries our own name.
 */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);

    await q.query(`
      CREATE TABLE site (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL,
        time_zone text NOT NULL,
        address text NOT NULL DEFAULT '',
        CONSTRAINT site_pkey PRIMARY KEY (id),
        CONSTRAINT site_name_key UNIQUE (name)
      )`);
    await q.query(`
      CREATE TABLE room (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        site_id uuid NOT NULL,
        name text NOT NULL,
        CONSTRAINT room_pkey PRIMARY KEY (id),
        CONSTRAINT room_site_id_name_key UNIQUE (site_id, name),
        CONSTRAINT room_site_id_fkey FOREIGN KEY (site_id) REFERENCES site (id)
      )`);
    await q.query(`
      CREATE TABLE specialist (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        site_id uuid NOT NULL,
        name text NOT NULL,
        specialty text NOT NULL,
        programs text[] NOT NULL DEFAULT '{}',
        default_room_id uuid,
        CONSTRAINT specialist_pkey PRIMARY KEY (id),
        CONSTRAINT specialist_specialty_check CHECK (specialty IN ('BREAST_SURGEON','UROLOGIC_ONCOLOGIST','HEAD_AND_NECK_SURGEON','MEDICAL_ONCOLOGIST','RADIATION_ONCOLOGIST','PLASTIC_SURGEON','GENETIC_COUNSELOR','RADIOLOGIST','PATHOLOGIST','NURSE_NAVIGATOR','RESEARCH_NURSE','DIETITIAN','SPEECH_LANGUAGE_PATHOLOGIST','DENTAL_ONCOLOGIST','SOCIAL_WORKER')),
        CONSTRAINT specialist_site_id_fkey FOREIGN KEY (site_id) REFERENCES site (id),
        CONSTRAINT specialist_default_room_id_fkey FOREIGN KEY (default_room_id) REFERENCES room (id)
      )`);
    await q.query(`CREATE INDEX specialist_site_id_idx ON specialist (site_id)`);
    await q.query(`
      CREATE TABLE patient (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        mrn text NOT NULL,
        given_name text NOT NULL,
        family_name text NOT NULL,
        birth_date date NOT NULL,
        sex text NOT NULL,
        language text NOT NULL DEFAULT 'en',
        needs_interpreter boolean NOT NULL DEFAULT false,
        needs_mobility_assistance boolean NOT NULL DEFAULT false,
        needs_transport boolean NOT NULL DEFAULT false,
        phone text,
        email text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT patient_pkey PRIMARY KEY (id),
        CONSTRAINT patient_mrn_key UNIQUE (mrn),
        CONSTRAINT patient_sex_check CHECK (sex IN ('FEMALE','MALE','OTHER','UNKNOWN'))
      )`);
    await q.query(`CREATE INDEX patient_family_name_idx ON patient (lower(family_name))`);
    await q.query(`
      CREATE TABLE app_user (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        role text NOT NULL,
        display_name text NOT NULL,
        specialist_id uuid,
        patient_id uuid,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_user_pkey PRIMARY KEY (id),
        CONSTRAINT app_user_email_key UNIQUE (email),
        CONSTRAINT app_user_email_lowercase_check CHECK (email = lower(email)),
        CONSTRAINT app_user_role_check CHECK (role IN ('COORDINATOR','PHYSICIAN','PATIENT','ADMIN')),
        CONSTRAINT app_user_patient_link_check CHECK ((role = 'PATIENT') = (patient_id IS NOT NULL)),
        CONSTRAINT app_user_specialist_id_fkey FOREIGN KEY (specialist_id) REFERENCES specialist (id),
        CONSTRAINT app_user_patient_id_fkey FOREIGN KEY (patient_id) REFERENCES patient (id)
      )`);
    await q.query(`
      CREATE TABLE login_attempt (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        email text NOT NULL,
        succeeded boolean NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT login_attempt_pkey PRIMARY KEY (id)
      )`);
    await q.query(
      `CREATE INDEX login_attempt_email_attempted_at_idx ON login_attempt (email, attempted_at)`,
    );
    await q.query(`
      CREATE TABLE availability_template (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        specialist_id uuid NOT NULL,
        site_id uuid NOT NULL,
        room_id uuid NOT NULL,
        iso_weekday smallint NOT NULL,
        start_minute integer NOT NULL,
        end_minute integer NOT NULL,
        slot_minutes integer NOT NULL,
        CONSTRAINT availability_template_pkey PRIMARY KEY (id),
        CONSTRAINT availability_template_weekday_check CHECK (iso_weekday BETWEEN 1 AND 7),
        CONSTRAINT availability_template_hours_check CHECK (start_minute >= 0 AND end_minute <= 1440 AND end_minute > start_minute AND slot_minutes > 0),
        CONSTRAINT availability_template_specialist_id_fkey FOREIGN KEY (specialist_id) REFERENCES specialist (id),
        CONSTRAINT availability_template_site_id_fkey FOREIGN KEY (site_id) REFERENCES site (id),
        CONSTRAINT availability_template_room_id_fkey FOREIGN KEY (room_id) REFERENCES room (id)
      )`);
    await q.query(`
      CREATE TABLE slot (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        specialist_id uuid NOT NULL,
        site_id uuid NOT NULL,
        room_id uuid NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'FREE',
        block_reason text,
        CONSTRAINT slot_pkey PRIMARY KEY (id),
        CONSTRAINT slot_status_check CHECK (status IN ('FREE','BOOKED','BLOCKED')),
        CONSTRAINT slot_time_check CHECK (ends_at > starts_at),
        CONSTRAINT slot_specialist_no_overlap EXCLUDE USING gist (specialist_id WITH =, tstzrange(starts_at, ends_at) WITH &&),
        CONSTRAINT slot_specialist_id_fkey FOREIGN KEY (specialist_id) REFERENCES specialist (id),
        CONSTRAINT slot_site_id_fkey FOREIGN KEY (site_id) REFERENCES site (id),
        CONSTRAINT slot_room_id_fkey FOREIGN KEY (room_id) REFERENCES room (id)
      )`);
    await q.query(`CREATE INDEX slot_site_id_starts_at_idx ON slot (site_id, starts_at)`);
    await q.query(`
      CREATE TABLE cancer_case (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        patient_id uuid NOT NULL,
        submitted_by_id uuid NOT NULL,
        program text NOT NULL,
        primary_site text NOT NULL,
        histology text NOT NULL,
        clinical_t text,
        clinical_n text,
        clinical_m text,
        stage_group text,
        biomarkers jsonb NOT NULL DEFAULT '{}',
        ecog smallint,
        prior_therapy text[] NOT NULL DEFAULT '{}',
        treatment_started boolean NOT NULL DEFAULT false,
        question text NOT NULL,
        findings jsonb NOT NULL DEFAULT '[]',
        urgency text NOT NULL DEFAULT 'ROUTINE',
        status text NOT NULL DEFAULT 'SUBMITTED',
        submitted_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT cancer_case_pkey PRIMARY KEY (id),
        CONSTRAINT cancer_case_program_check CHECK (program IN ('BREAST','PROSTATE','HEAD_AND_NECK','OTHER')),
        CONSTRAINT cancer_case_ecog_check CHECK (ecog BETWEEN 0 AND 5),
        CONSTRAINT cancer_case_urgency_check CHECK (urgency IN ('ROUTINE','SOON','URGENT')),
        CONSTRAINT cancer_case_status_check CHECK (status IN ('SUBMITTED','ON_AGENDA','DISCUSSED','WITHDRAWN')),
        CONSTRAINT cancer_case_patient_id_fkey FOREIGN KEY (patient_id) REFERENCES patient (id),
        CONSTRAINT cancer_case_submitted_by_id_fkey FOREIGN KEY (submitted_by_id) REFERENCES specialist (id)
      )`);
    await q.query(`CREATE INDEX cancer_case_patient_id_idx ON cancer_case (patient_id)`);
    await q.query(`CREATE INDEX cancer_case_submitted_by_id_idx ON cancer_case (submitted_by_id)`);
    await q.query(`
      CREATE TABLE clinic_day (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        patient_id uuid NOT NULL,
        case_id uuid,
        site_id uuid NOT NULL,
        program text NOT NULL,
        day date NOT NULL,
        status text NOT NULL DEFAULT 'BOOKED',
        idempotency_key text,
        cancel_reason text,
        booked_by_id uuid NOT NULL,
        booked_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT clinic_day_pkey PRIMARY KEY (id),
        CONSTRAINT clinic_day_idempotency_key_key UNIQUE (idempotency_key),
        CONSTRAINT clinic_day_program_check CHECK (program IN ('BREAST','PROSTATE','HEAD_AND_NECK')),
        CONSTRAINT clinic_day_status_check CHECK (status IN ('BOOKED','CANCELLED','COMPLETED')),
        CONSTRAINT clinic_day_patient_id_fkey FOREIGN KEY (patient_id) REFERENCES patient (id),
        CONSTRAINT clinic_day_case_id_fkey FOREIGN KEY (case_id) REFERENCES cancer_case (id),
        CONSTRAINT clinic_day_site_id_fkey FOREIGN KEY (site_id) REFERENCES site (id),
        CONSTRAINT clinic_day_booked_by_id_fkey FOREIGN KEY (booked_by_id) REFERENCES app_user (id)
      )`);
    await q.query(`CREATE INDEX clinic_day_patient_id_idx ON clinic_day (patient_id)`);
    await q.query(`
      CREATE TABLE visit (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        clinic_day_id uuid NOT NULL,
        patient_id uuid NOT NULL,
        step text NOT NULL,
        specialty text NOT NULL,
        specialist_id uuid NOT NULL,
        slot_id uuid,
        room_id uuid NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'BOOKED',
        CONSTRAINT visit_pkey PRIMARY KEY (id),
        CONSTRAINT visit_status_check CHECK (status IN ('BOOKED','CANCELLED')),
        CONSTRAINT visit_time_check CHECK (ends_at > starts_at),
        CONSTRAINT visit_specialist_no_overlap EXCLUDE USING gist (specialist_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status = 'BOOKED'),
        CONSTRAINT visit_patient_no_overlap EXCLUDE USING gist (patient_id WITH =, tstzrange(starts_at, ends_at) WITH &&) WHERE (status = 'BOOKED'),
        CONSTRAINT visit_clinic_day_id_fkey FOREIGN KEY (clinic_day_id) REFERENCES clinic_day (id),
        CONSTRAINT visit_patient_id_fkey FOREIGN KEY (patient_id) REFERENCES patient (id),
        CONSTRAINT visit_specialist_id_fkey FOREIGN KEY (specialist_id) REFERENCES specialist (id),
        CONSTRAINT visit_slot_id_fkey FOREIGN KEY (slot_id) REFERENCES slot (id),
        CONSTRAINT visit_room_id_fkey FOREIGN KEY (room_id) REFERENCES room (id)
      )`);
    await q.query(`CREATE INDEX visit_clinic_day_id_idx ON visit (clinic_day_id)`);
    await q.query(`
      CREATE TABLE conference (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        site_id uuid NOT NULL,
        title text NOT NULL,
        program text,
        starts_at timestamptz NOT NULL,
        capacity_minutes integer NOT NULL DEFAULT 60,
        status text NOT NULL DEFAULT 'SCHEDULED',
        CONSTRAINT conference_pkey PRIMARY KEY (id),
        CONSTRAINT conference_program_check CHECK (program IN ('BREAST','PROSTATE','HEAD_AND_NECK','OTHER')),
        CONSTRAINT conference_status_check CHECK (status IN ('SCHEDULED','IN_PROGRESS','CLOSED')),
        CONSTRAINT conference_capacity_check CHECK (capacity_minutes > 0),
        CONSTRAINT conference_site_id_fkey FOREIGN KEY (site_id) REFERENCES site (id)
      )`);
    await q.query(`CREATE INDEX conference_starts_at_idx ON conference (starts_at)`);
    await q.query(`
      CREATE TABLE agenda_item (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        conference_id uuid NOT NULL,
        case_id uuid NOT NULL,
        position integer NOT NULL,
        presenter_id uuid,
        minutes integer NOT NULL DEFAULT 10,
        prospective boolean NOT NULL DEFAULT true,
        status text NOT NULL DEFAULT 'PENDING',
        CONSTRAINT agenda_item_pkey PRIMARY KEY (id),
        CONSTRAINT agenda_item_conference_id_case_id_key UNIQUE (conference_id, case_id),
        CONSTRAINT agenda_item_conference_id_position_key UNIQUE (conference_id, position) DEFERRABLE INITIALLY DEFERRED,
        CONSTRAINT agenda_item_status_check CHECK (status IN ('PENDING','PRESENTED')),
        CONSTRAINT agenda_item_minutes_check CHECK (minutes > 0),
        CONSTRAINT agenda_item_conference_id_fkey FOREIGN KEY (conference_id) REFERENCES conference (id),
        CONSTRAINT agenda_item_case_id_fkey FOREIGN KEY (case_id) REFERENCES cancer_case (id),
        CONSTRAINT agenda_item_presenter_id_fkey FOREIGN KEY (presenter_id) REFERENCES specialist (id)
      )`);
    await q.query(`CREATE INDEX agenda_item_case_id_idx ON agenda_item (case_id)`);
    await q.query(`
      CREATE TABLE attendance (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        conference_id uuid NOT NULL,
        specialist_id uuid NOT NULL,
        specialty text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT attendance_pkey PRIMARY KEY (id),
        CONSTRAINT attendance_conference_id_specialist_id_key UNIQUE (conference_id, specialist_id),
        CONSTRAINT attendance_conference_id_fkey FOREIGN KEY (conference_id) REFERENCES conference (id),
        CONSTRAINT attendance_specialist_id_fkey FOREIGN KEY (specialist_id) REFERENCES specialist (id)
      )`);
    await q.query(`
      CREATE TABLE recommendation (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        agenda_item_id uuid NOT NULL,
        case_id uuid NOT NULL,
        consensus_plan text NOT NULL,
        modalities text[] NOT NULL DEFAULT '{}',
        stage_documented boolean NOT NULL DEFAULT false,
        stage_documented_by_id uuid,
        guideline text,
        guideline_version text,
        trial_discussed boolean NOT NULL DEFAULT false,
        trial_ids uuid[] NOT NULL DEFAULT '{}',
        dissent text,
        recorded_by_id uuid NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT recommendation_pkey PRIMARY KEY (id),
        CONSTRAINT recommendation_agenda_item_id_key UNIQUE (agenda_item_id),
        CONSTRAINT recommendation_agenda_item_id_fkey FOREIGN KEY (agenda_item_id) REFERENCES agenda_item (id),
        CONSTRAINT recommendation_case_id_fkey FOREIGN KEY (case_id) REFERENCES cancer_case (id),
        CONSTRAINT recommendation_stage_documented_by_id_fkey FOREIGN KEY (stage_documented_by_id) REFERENCES specialist (id),
        CONSTRAINT recommendation_recorded_by_id_fkey FOREIGN KEY (recorded_by_id) REFERENCES app_user (id)
      )`);
    await q.query(`CREATE INDEX recommendation_case_id_idx ON recommendation (case_id)`);
    await q.query(`
      CREATE TABLE follow_up (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        recommendation_id uuid NOT NULL,
        kind text NOT NULL,
        description text NOT NULL,
        owner_id uuid,
        due_date date NOT NULL,
        done_at timestamptz,
        CONSTRAINT follow_up_pkey PRIMARY KEY (id),
        CONSTRAINT follow_up_kind_check CHECK (kind IN ('FAMILY_GENETIC_TESTING','FURTHER_IMAGING','BIOPSY','REFERRAL_OUTSIDE_CARE','TRIAL_SCREENING','OTHER')),
        CONSTRAINT follow_up_recommendation_id_fkey FOREIGN KEY (recommendation_id) REFERENCES recommendation (id),
        CONSTRAINT follow_up_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES specialist (id)
      )`);
    await q.query(`
      CREATE TABLE trial (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        nct_id text NOT NULL,
        title text NOT NULL,
        phases text[] NOT NULL DEFAULT '{}',
        overall_status text NOT NULL,
        sponsor text NOT NULL,
        collaborators text[] NOT NULL DEFAULT '{}',
        cooperative_group text,
        internal boolean NOT NULL DEFAULT false,
        programs text[] NOT NULL DEFAULT '{}',
        site_ids uuid[] NOT NULL DEFAULT '{}',
        sex text NOT NULL DEFAULT 'ALL',
        minimum_age_years integer,
        maximum_age_years integer,
        criteria jsonb NOT NULL DEFAULT '{}',
        eligibility_text text NOT NULL DEFAULT '',
        inclusion_lines text[] NOT NULL DEFAULT '{}',
        exclusion_lines text[] NOT NULL DEFAULT '{}',
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT trial_pkey PRIMARY KEY (id),
        CONSTRAINT trial_nct_id_key UNIQUE (nct_id),
        CONSTRAINT trial_sex_check CHECK (sex IN ('ALL','FEMALE','MALE'))
      )`);
    await q.query(`
      CREATE TABLE trial_review (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        case_id uuid NOT NULL,
        trial_id uuid NOT NULL,
        visit_id uuid,
        results jsonb NOT NULL DEFAULT '[]',
        overall text NOT NULL,
        decision text NOT NULL,
        reason text NOT NULL DEFAULT '',
        reviewer_id uuid NOT NULL,
        reviewed_at timestamptz NOT NULL DEFAULT now(),
        patient_interest text,
        contact_consent boolean,
        consent_discussed_by_id uuid,
        consent_discussed_at timestamptz,
        consent_withdrawn_at timestamptz,
        CONSTRAINT trial_review_pkey PRIMARY KEY (id),
        CONSTRAINT trial_review_overall_check CHECK (overall IN ('ELIGIBLE','POSSIBLY_ELIGIBLE','NOT_ELIGIBLE')),
        CONSTRAINT trial_review_decision_check CHECK (decision IN ('CONSIDER','NOT_ELIGIBLE','DEFER')),
        CONSTRAINT trial_review_interest_check CHECK (patient_interest IN ('INTERESTED','NOT_INTERESTED','UNDECIDED')),
        CONSTRAINT trial_review_case_id_fkey FOREIGN KEY (case_id) REFERENCES cancer_case (id),
        CONSTRAINT trial_review_trial_id_fkey FOREIGN KEY (trial_id) REFERENCES trial (id),
        CONSTRAINT trial_review_visit_id_fkey FOREIGN KEY (visit_id) REFERENCES visit (id),
        CONSTRAINT trial_review_reviewer_id_fkey FOREIGN KEY (reviewer_id) REFERENCES app_user (id),
        CONSTRAINT trial_review_consent_discussed_by_id_fkey FOREIGN KEY (consent_discussed_by_id) REFERENCES app_user (id)
      )`);
    await q.query(`CREATE INDEX trial_review_case_id_idx ON trial_review (case_id)`);
    await q.query(`
      CREATE TABLE audit_event (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        actor_id uuid,
        actor_role text,
        action text NOT NULL,
        entity text NOT NULL,
        entity_id text,
        outcome text NOT NULL,
        detail text,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT audit_event_pkey PRIMARY KEY (id),
        CONSTRAINT audit_event_outcome_check CHECK (outcome IN ('ALLOWED','DENIED','FAILED'))
      )`);
    await q.query(`CREATE INDEX audit_event_occurred_at_idx ON audit_event (occurred_at)`);
    await q.query(`CREATE INDEX audit_event_entity_idx ON audit_event (entity, entity_id)`);
    // Append-only for every role, the owner included: a trigger, not only a missing GRANT.
    await q.query(`
      CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change()`);
    await q.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change()`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_event',
      'trial_review',
      'trial',
      'follow_up',
      'recommendation',
      'attendance',
      'agenda_item',
      'conference',
      'visit',
      'clinic_day',
      'cancer_case',
      'slot',
      'availability_template',
      'login_attempt',
      'app_user',
      'patient',
      'specialist',
      'room',
      'site',
    ]) {
      await q.query(`DROP TABLE ${table}`);
    }
    await q.query(`DROP FUNCTION audit_event_refuse_change()`);
  }
}
