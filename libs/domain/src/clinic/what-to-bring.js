/** The patient's checklist for their clinic day, in the order they will need it. */
export function whatToBring(program, needs) {
    const list = [
        'Photo ID and insurance card',
        'A list of all medicines you take, with doses',
        'Any imaging discs or reports from outside hospitals',
        'Your questions, written down',
        'A family member or friend, if you wish',
    ];
    if (program === 'HEAD_AND_NECK')
        list.push('Your dentures or dental appliances, if you have any');
    if (program === 'BREAST')
        list.push('Results of any earlier mammograms done elsewhere');
    if (needs.interpreter)
        list.push('Nothing extra: a medical interpreter will be with you all day, free of charge');
    if (needs.mobilityAssistance)
        list.push('Your walker or wheelchair; staff can meet you at the entrance');
    if (needs.transport)
        list.push('Your ride confirmation from the social work team');
    list.push('Snacks and a water bottle: it is a long day, with a lunch break');
    return list;
}
//# sourceMappingURL=what-to-bring.js.map