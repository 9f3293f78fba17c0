/** The province-study report (notebooks/province-study.ts) in English. */
export const province = {
  title: 'Province study: {{name}}',
  intro:
    "{{description}} Seasons: {{runs}} (seed {{seed}}); each season's weather is drawn once for the province ({{weather}}, from {{reference}}'s series) and shifted to each city's design temperature, so a cold wave reaches every city on the same days; each shared supply point and coal route draws its disruptions once a season and cuts every city on it.",
  provinceHeading: 'The province',
  anyHomesGasCut: "some city cuts homes' gas in {{share}} of seasons (95 % interval {{low}}–{{high}})",
  anyHomesCut: 'some city cuts homes (gas or heat) in {{share}} of seasons',
  anyReserveBreach: 'some yard falls below its reserve floor in {{share}} of seasons',
  anyFailure: 'some city fails in {{share}} of seasons',
  unserved: 'unserved heat in the province per season: P50 {{p50}} MWh, P90 {{p90}} MWh, P99 {{p99}} MWh',
  gasCut: 'gas cut in the province per season: P50 {{p50}}, P90 {{p90}}, P99 {{p99}} ({{unit}})',
  unservedCaption:
    'Unserved heat in the whole province in each season (the sum over the cities), with its P50, P90 and P99.',
  citiesHeading: 'The cities, and which fails first',
  failureCaption:
    "Each city's share of seasons in which it fails (homes cut or a yard below its floor), and in which it is the first city to fail.",
  failsFirstHow:
    "A city fails on the first day it cuts homes' gas, leaves homes without heat or has a yard below its reserve floor. In each season where some city fails, the city with the earliest such day fails first (a tie of k cities counts 1/k each), so the shares add up to the province's chance that some city fails. A yard that starts its season below the floor fails on the first day of its horizon: then 'first' says which plan is short from the outset, not which city a cold wave breaks first.",
  colCity: 'city',
  colShift: 'weather shift °C',
  colHomesGas: "homes' gas cut",
  colFloor: 'floor breached',
  colFails: 'fails',
  colFirst: 'fails first',
  colUnserved: 'unserved heat P90 MWh',
  sharedHeading: 'What the cities share',
  shared: '{{id}} → {{members}}: {{events}} events a season on average; disrupted in {{share}} of seasons',
  timing: '{{runs}} seasons on {{workers}} worker threads in {{seconds}} s.',
} as const;
