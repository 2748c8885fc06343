import { useQuery } from '@apollo/client/react';
import { graphql } from '@oneday/shared-types';
import { formatInSiteZone } from '@oneday/domain';
import { clinicDayCalendar, downloadCalendar } from './calendar-file.js';

const MyItineraryDocument = graphql(`
  query MyItinerary {
    myItinerary {
      id
      date
      program
      arrivalAt
      departureAt
      whatToBring
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
  const { data, loading, error } = useQuery(MyItineraryDocument);
  if (loading) return <p className="muted">Loading your day…</p>;
  if (error) {
    return (
      <p role="alert" className="error">
        We could not load your day: {error.message}
      </p>
    );
  }
  const days = data?.myItinerary ?? [];
  if (days.length === 0) {
    return (
      <section aria-labelledby="my-day-title">
        <h1 id="my-day-title">My day</h1>
        <p>You have no clinic day booked yet. Your care team will call you to arrange it.</p>
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
                Your clinic day:{' '}
                {formatInSiteZone(`${day.date}T12:00:00Z`, 'UTC', {
                  weekday: 'long',
                  month: 'long',
                  day: 'numeric',
                  year: 'numeric',
                })}
              </h1>
              <div className="no-print actions">
                <button
                  type="button"
                  onClick={() => downloadCalendar(`oneday-${day.date}.ics`, clinicDayCalendar(day))}
                >
                  Add to my calendar
                </button>
                <button type="button" onClick={() => window.print()}>
                  Print
                </button>
              </div>
            </div>
            <p className="lead">
              {day.site.name}, {day.site.address}.
              {day.arrivalAt && day.departureAt && (
                <>
                  {' '}
                  Please arrive by{' '}
                  <strong>
                    {formatInSiteZone(day.arrivalAt, zone, { hour: 'numeric', minute: '2-digit' })}
                  </strong>
                  ; your day ends about{' '}
                  <strong>
                    {formatInSiteZone(day.departureAt, zone, {
                      hour: 'numeric',
                      minute: '2-digit',
                    })}
                  </strong>
                  .
                </>
              )}
            </p>
            <ol className="timeline">
              {day.visits.map((visit) => (
                <li key={visit.id} className="timeline-item">
                  <p className="time">
                    <time dateTime={visit.startsAt}>
                      {formatInSiteZone(visit.startsAt, zone, {
                        hour: 'numeric',
                        minute: '2-digit',
                      })}
                    </time>
                    {' – '}
                    <time dateTime={visit.endsAt}>
                      {formatInSiteZone(visit.endsAt, zone, { hour: 'numeric', minute: '2-digit' })}
                    </time>
                  </p>
                  <div>
                    <h2>{visit.specialtyTitle}</h2>
                    <p>
                      {visit.specialistName} · {visit.room}
                    </p>
                    <p className="muted">{visit.purpose}</p>
                  </div>
                </li>
              ))}
            </ol>
            <section className="card" aria-labelledby={`bring-${day.id}`}>
              <h2 id={`bring-${day.id}`}>What to bring</h2>
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
