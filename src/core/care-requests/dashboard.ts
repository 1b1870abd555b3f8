/** Periods of the dashboard, in days of creation ("14 DERNIERS JOURS" by default). */
export const careRequestPeriods = [1, 7, 14, 30, 90, 365] as const;
export type CareRequestPeriod = (typeof careRequestPeriods)[number];
export const DEFAULT_PERIOD: CareRequestPeriod = 14;

/** The dashboard's sections: "Mes fiches" and "Fiches supervisées". */
export const careRequestScopes = ['mine', 'supervised'] as const;
export type CareRequestScope = (typeof careRequestScopes)[number];

/** `created`: newest fiches first; `activity`: latest change first (a status or a new horodatage line). */
export const careRequestSorts = ['created', 'activity'] as const;
export type CareRequestSort = (typeof careRequestSorts)[number];
