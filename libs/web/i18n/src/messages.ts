/** Everything the patient's pages say, in each language they are written in. */
export const MESSAGES = {
  en: {
    skipToContent: 'Skip to content',
    signOut: 'Sign out',
    patientRole: 'Patient',
    navMyDay: 'My day',
    language: 'Language',
    loading: 'Loading your day…',
    loadFailed: 'We could not load your day: {{message}}',
    myDay: 'My day',
    noDay: 'You have no clinic day booked yet. Your care team will call you to arrange it.',
    dayTitle: 'Your clinic day: {{date}}',
    addToCalendar: 'Add to my calendar',
    print: 'Print',
    arriveBy:
      'Please arrive by <strong>{{arrival}}</strong>; your day ends about <strong>{{departure}}</strong>.',
    visitWith: '{{specialist}} · {{room}}',
    whatToBring: 'What to bring',
    lunch: 'Lunch break',
    lunchText: 'Time to eat and rest before your next visit.',
  },
  es: {
    skipToContent: 'Saltar al contenido',
    signOut: 'Cerrar sesión',
    patientRole: 'Paciente',
    navMyDay: 'Mi día',
    language: 'Idioma',
    loading: 'Cargando su día…',
    loadFailed: 'No pudimos cargar su día: {{message}}',
    myDay: 'Mi día',
    noDay:
      'Todavía no tiene un día de clínica reservado. Su equipo de atención le llamará para organizarlo.',
    dayTitle: 'Su día de clínica: {{date}}',
    addToCalendar: 'Añadir a mi calendario',
    print: 'Imprimir',
    arriveBy:
      'Llegue antes de las <strong>{{arrival}}</strong>; su día termina hacia las <strong>{{departure}}</strong>.',
    visitWith: '{{specialist}} · {{room}}',
    whatToBring: 'Qué traer',
    lunch: 'Descanso para almorzar',
    lunchText: 'Tiempo para comer y descansar antes de su próxima visita.',
  },
} as const;
