/** The ranking of DESIGN.md: shortest span, least waiting, fewest room changes, earlier arrival. */
export function compareItineraries(a, b) {
    return (a.spanMs - b.spanMs ||
        a.waitingMs - b.waitingMs ||
        a.roomChanges - b.roomChanges ||
        a.arrival - b.arrival);
}
//# sourceMappingURL=itinerary.js.map