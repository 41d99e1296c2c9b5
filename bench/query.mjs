// The county dashboard query (SPEC §5) the benchmark sends to every gateway, and the equivalent direct subgraph calls.
// The same text goes to our gateway, Hive Gateway and Apollo Gateway; "direct" asks personnel for the towns, then
// fiscal and license for their parts of the same towns (one _entities call each, in parallel) and merges the answers
// into the shape a gateway returns, so every target's answer can be compared with the others.

export const YEAR = 2026;

// SPEC §5's dashboard: staffing vacancy, appointments in progress and notices, rotation due (personnel); revenue,
// growth vs target, returns, disbursed, outstanding, overdue (fiscal); applications by state and light, overdue cases,
// unfiled decisions, average rating (licensing).
const PERSONNEL_FIELDS = `personnel {
          asOf
          staffing {
            administrative { quota occupied vacant vacancyRate }
            institution { quota occupied vacant vacancyRate }
            total { quota occupied vacant vacancyRate }
            contract
          }
          units
          openAppointments
          noticesInProgress
          rotationDue
        }`;

const FISCAL_FIELDS = `fiscal(year: ${YEAR}) {
          year
          throughMonth
          revenue
          previousYearRevenue
          growth
          growthTarget
          meetsGrowthTarget
          returns
          disbursed
          outstanding
          overdue
        }`;

const LICENSING_FIELDS = `licensing {
          itemsDelegated
          applicationsByState { state count }
          applicationsByLight { light count }
          overdueCases
          unfiledDecisions
          averageRating
        }`;

/** The dashboard query for the first `n` towns, as one document every gateway receives. */
export function dashboardQuery(n) {
  return `query CountyDashboard {
  towns(first: ${n}) {
    edges {
      node {
        code
        name
        ${PERSONNEL_FIELDS}
        ${FISCAL_FIELDS}
        ${LICENSING_FIELDS}
      }
    }
  }
}`;
}

/** The three direct subgraph documents: the root query on personnel, then one _entities call each to fiscal and license. */
export function directQueries(n) {
  return {
    personnel: `query CountyDashboardPersonnel {
  towns(first: ${n}) { edges { node { code name ${PERSONNEL_FIELDS} } } }
}`,
    fiscal: `query CountyDashboardFiscal($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Town { ${FISCAL_FIELDS} } }
}`,
    license: `query CountyDashboardLicensing($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Town { ${LICENSING_FIELDS} } }
}`,
  };
}
