import { useQuery } from '@apollo/client/react';
import {
  formatInSiteZone,
  PATIENT_LOCALES,
  patientLanguageOf,
  type PatientLanguage,
} from '@oneday/domain';
import { graphql } from '@oneday/shared-types';
import { chosenLanguage, LanguageSwitch, switchLanguage } from '@oneday/web-i18n';
import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { clinicDayCalendar, downloadCalendar } from './calendar-file.js';

const MyItineraryDocument = graphql(`
  query MyItinerary($language: PatientLanguage) {
    myItinerary(language: $language) {
      id
      date
      program
      arrivalAt
      departureAt
      lunch {
        startsAt
        endsAt
      }
      whatToBring
      patientLanguage
      site {
        id
        name
        address
        timeZone
      }
      visits {
        id
        specialtyTitle
        purpose
        specialistName
        room
        startsAt
        endsAt
      }
    }
  }
`);

export function MyDayPage() {
  const { t } = useTranslation();
  // Null until the patient picks one here: then the language on their record applies.
  const [picked, setPicked] = useState<PatientLanguage | null>(chosenLanguage);
  const { data, loading, error } = useQuery(MyItineraryDocument, {
    variables: { language: picked },
  });
  const days = data?.myItinerary ?? [];
  const language = picked ?? patientLanguageOf(days[0]?.patientLanguage);
  useEffect(() => {
    void switchLanguage(language, false);
  }, [language]);
  const pick = (next: PatientLanguage) => {
    setPicked(next);
    void switchLanguage(next, true);
  };
  const locale = PATIENT_LOCALES[language];
  const time = (at: string, zone: string) =>
    formatInSiteZone(at, zone, { hour: 'numeric', minute: '2-digit' }, locale);

  if (loading && !data) return <p className="muted">{t('loading')}</p>;
  if (error) {
    return (
      <p role="alert" className="error">
        {t('loadFailed', { message: error.message })}
      </p>
    );
  }
  if (days.length === 0) {
    return (
      <section aria-labelledby="my-day-title">
        <h1 id="my-day-title">{t('myDay')}</h1>
        <LanguageSwitch onChange={pick} />
        <p>{t('noDay')}</p>
      </section>
    );
  }
  return (
    <>
      {days.map((day) => {
        const zone = day.site.timeZone;
        return (
          <article key={day.id} className="itinerary" aria-labelledby={`day-${day.id}`}>
            <div className="page-title">
              <h1 id={`day-${day.id}`}>
                {t('dayTitle', {
                  date: formatInSiteZone(
                    `${day.date}T12:00:00Z`,
                    'UTC',
                    { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' },
                    locale,
                  ),
                })}
              </h1>
              <div className="no-print actions">
                <LanguageSwitch onChange={pick} />
                <button
                  type="button"
                  onClick={() => downloadCalendar(`oneday-${day.date}.ics`, clinicDayCalendar(day))}
                >
                  {t('addToCalendar')}
                </button>
                <button type="button" onClick={() => window.print()}>
                  {t('print')}
                </button>
              </div>
            </div>
            <p className="lead">
              {day.site.name}, {day.site.address}.
              {day.arrivalAt && day.departureAt && (
                <>
                  {' '}
                  <Trans
                    i18nKey="arriveBy"
                    values={{
                      arrival: time(day.arrivalAt, zone),
                      departure: time(day.departureAt, zone),
                    }}
                    components={{ strong: <strong /> }}
                  />
                </>
              )}
            </p>
            <ol className="timeline">
              {[
                ...day.visits.map((visit) => ({
                  key: visit.id,
                  startsAt: visit.startsAt,
                  endsAt: visit.endsAt,
                  lunch: false,
                  title: visit.specialtyTitle,
                  lines: [
                    t('visitWith', { specialist: visit.specialistName, room: visit.room }),
                    visit.purpose,
                  ],
                })),
                ...(day.lunch
                  ? [
                      {
                        key: 'lunch',
                        startsAt: day.lunch.startsAt,
                        endsAt: day.lunch.endsAt,
                        lunch: true,
                        title: t('lunch'),
                        lines: [t('lunchText')],
                      },
                    ]
                  : []),
              ]
                .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
                .map((item) => (
                  <li
                    key={item.key}
                    className={item.lunch ? 'timeline-item lunch' : 'timeline-item visit'}
                  >
                    <p className="time">
                      <time dateTime={item.startsAt}>{time(item.startsAt, zone)}</time>
                      {' – '}
                      <time dateTime={item.endsAt}>{time(item.endsAt, zone)}</time>
                    </p>
                    <div>
                      <h2>{item.title}</h2>
                      {item.lines.map((line, i) => (
                        <p key={line} className={i === item.lines.length - 1 ? 'muted' : undefined}>
                          {line}
                        </p>
                      ))}
                    </div>
                  </li>
                ))}
            </ol>
            <section className="card" aria-labelledby={`bring-${day.id}`}>
              <h2 id={`bring-${day.id}`}>{t('whatToBring')}</h2>
              <ul>
                {day.whatToBring.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </section>
          </article>
        );
      })}
    </>
  );
}
