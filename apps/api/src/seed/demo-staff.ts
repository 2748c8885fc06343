import type { ClinicProgram, Specialty } from '@oneday/domain';

export interface DemoSpecialist {
  name: string;
  specialty: Specialty;
  programs: ClinicProgram[];
  room: string;
  slotMinutes: number;
}

const ALL: ClinicProgram[] = ['BREAST', 'PROSTATE', 'HEAD_AND_NECK'];

export const DEMO_ROOMS = [
  'Exam 1',
  'Exam 2',
  'Exam 3',
  'Exam 4',
  'Exam 5',
  'Exam 6',
  'Exam 7',
  'Exam 8',
  'Imaging Reading Room',
  'Navigator Office',
  'Research Office',
  'Consult Room',
  'Conference Room',
];

/** The center's staff for the three same-day programs. */
export const DEMO_STAFF: DemoSpecialist[] = [
  {
    name: 'Dr. Priya Raman',
    specialty: 'BREAST_SURGEON',
    programs: ['BREAST'],
    room: 'Exam 1',
    slotMinutes: 45,
  },
  {
    name: 'Dr. Helen Okafor',
    specialty: 'BREAST_SURGEON',
    programs: ['BREAST'],
    room: 'Exam 2',
    slotMinutes: 45,
  },
  {
    name: 'Dr. Marcus Lee',
    specialty: 'UROLOGIC_ONCOLOGIST',
    programs: ['PROSTATE'],
    room: 'Exam 3',
    slotMinutes: 45,
  },
  {
    name: 'Dr. Sofia Marin',
    specialty: 'HEAD_AND_NECK_SURGEON',
    programs: ['HEAD_AND_NECK'],
    room: 'Exam 4',
    slotMinutes: 45,
  },
  {
    name: 'Dr. Daniel Cho',
    specialty: 'MEDICAL_ONCOLOGIST',
    programs: ALL,
    room: 'Exam 5',
    slotMinutes: 45,
  },
  {
    name: 'Dr. Amara Nwosu',
    specialty: 'MEDICAL_ONCOLOGIST',
    programs: ALL,
    room: 'Exam 6',
    slotMinutes: 45,
  },
  {
    name: 'Dr. Ethan Brooks',
    specialty: 'RADIATION_ONCOLOGIST',
    programs: ALL,
    room: 'Exam 7',
    slotMinutes: 45,
  },
  {
    name: 'Dr. Lena Fischer',
    specialty: 'PLASTIC_SURGEON',
    programs: ['BREAST'],
    room: 'Exam 8',
    slotMinutes: 30,
  },
  {
    name: 'Grace Kim, MS, CGC',
    specialty: 'GENETIC_COUNSELOR',
    programs: ['BREAST', 'PROSTATE'],
    room: 'Consult Room',
    slotMinutes: 45,
  },
  {
    name: 'Dr. Omar Haddad',
    specialty: 'RADIOLOGIST',
    programs: ALL,
    room: 'Imaging Reading Room',
    slotMinutes: 30,
  },
  {
    name: 'Dr. Ruth Adeyemi',
    specialty: 'PATHOLOGIST',
    programs: ALL,
    room: 'Imaging Reading Room',
    slotMinutes: 30,
  },
  {
    name: 'Jordan Price, RN',
    specialty: 'NURSE_NAVIGATOR',
    programs: ALL,
    room: 'Navigator Office',
    slotMinutes: 30,
  },
  {
    name: 'Tess Morales, RN',
    specialty: 'NURSE_NAVIGATOR',
    programs: ALL,
    room: 'Navigator Office',
    slotMinutes: 30,
  },
  {
    name: 'Nina Patel, RN, CCRP',
    specialty: 'RESEARCH_NURSE',
    programs: ALL,
    room: 'Research Office',
    slotMinutes: 30,
  },
  {
    name: 'Ben Alvarado, RD',
    specialty: 'DIETITIAN',
    programs: ['HEAD_AND_NECK'],
    room: 'Consult Room',
    slotMinutes: 30,
  },
  {
    name: 'Chloe Dubois, CCC-SLP',
    specialty: 'SPEECH_LANGUAGE_PATHOLOGIST',
    programs: ['HEAD_AND_NECK'],
    room: 'Consult Room',
    slotMinutes: 45,
  },
  {
    name: 'Dr. Kenji Sato, DDS',
    specialty: 'DENTAL_ONCOLOGIST',
    programs: ['HEAD_AND_NECK'],
    room: 'Exam 8',
    slotMinutes: 30,
  },
  {
    name: 'Rosa Jimenez, LCSW',
    specialty: 'SOCIAL_WORKER',
    programs: ALL,
    room: 'Consult Room',
    slotMinutes: 30,
  },
];

export interface DemoPatient {
  mrn: string;
  givenName: string;
  familyName: string;
  birthDate: string;
  sex: 'FEMALE' | 'MALE';
  language: string;
  needsInterpreter?: boolean;
  needsMobilityAssistance?: boolean;
}

export const DEMO_PATIENTS: DemoPatient[] = [
  {
    mrn: 'MRN-100001',
    givenName: 'Maria',
    familyName: 'Alvarez',
    birthDate: '1972-04-18',
    sex: 'FEMALE',
    language: 'es',
    needsInterpreter: true,
  },
  {
    mrn: 'MRN-100002',
    givenName: 'Linda',
    familyName: 'Chen',
    birthDate: '1965-09-02',
    sex: 'FEMALE',
    language: 'en',
  },
  {
    mrn: 'MRN-100003',
    givenName: 'Aisha',
    familyName: 'Bello',
    birthDate: '1980-01-27',
    sex: 'FEMALE',
    language: 'en',
  },
  {
    mrn: 'MRN-100004',
    givenName: 'Robert',
    familyName: 'Johnson',
    birthDate: '1955-06-11',
    sex: 'MALE',
    language: 'en',
  },
  {
    mrn: 'MRN-100005',
    givenName: 'Hiroshi',
    familyName: 'Tanaka',
    birthDate: '1951-12-05',
    sex: 'MALE',
    language: 'ja',
    needsInterpreter: true,
  },
  {
    mrn: 'MRN-100006',
    givenName: 'James',
    familyName: "O'Neill",
    birthDate: '1960-03-30',
    sex: 'MALE',
    language: 'en',
    needsMobilityAssistance: true,
  },
  {
    mrn: 'MRN-100007',
    givenName: 'Carlos',
    familyName: 'Reyes',
    birthDate: '1968-08-14',
    sex: 'MALE',
    language: 'es',
  },
  {
    mrn: 'MRN-100008',
    givenName: 'Fatima',
    familyName: 'Rahman',
    birthDate: '1975-11-21',
    sex: 'FEMALE',
    language: 'en',
  },
  {
    mrn: 'MRN-100009',
    givenName: 'Ellen',
    familyName: 'Novak',
    birthDate: '1958-02-09',
    sex: 'FEMALE',
    language: 'en',
  },
  {
    mrn: 'MRN-100010',
    givenName: 'Samuel',
    familyName: 'Okoro',
    birthDate: '1962-07-04',
    sex: 'MALE',
    language: 'en',
  },
  {
    mrn: 'MRN-100011',
    givenName: 'Nguyen',
    familyName: 'Thi Lan',
    birthDate: '1970-05-16',
    sex: 'FEMALE',
    language: 'vi',
    needsInterpreter: true,
  },
  {
    mrn: 'MRN-100012',
    givenName: 'David',
    familyName: 'Goldberg',
    birthDate: '1949-10-23',
    sex: 'MALE',
    language: 'en',
    needsMobilityAssistance: true,
  },
];
