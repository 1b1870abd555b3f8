/** TanStack Query keys, one family per resource. */
export const sessionKey = ['session'] as const;
export const outboxKey = ['dev', 'outbox'] as const;
export const usersKey = ['admin', 'users'] as const;
export const organisationsKey = ['admin', 'organisations'] as const;
export const networksKey = ['admin', 'networks'] as const;
export const communesKey = ['admin', 'communes'] as const;
export const adminCareActsKey = ['admin', 'care-acts'] as const;
export const patientAccessKey = ['admin', 'patient-access'] as const;
export const patientsKey = ['patients'] as const;
export const caseloadKey = ['caseload'] as const;
export const addressesKey = ['addresses'] as const;
export const publicCommunesKey = ['communes'] as const;
export const directoryKey = ['directory'] as const;
export const careActsKey = ['care-acts'] as const;
export const careRequestsKey = ['care-requests'] as const;
export const offersKey = ['offers'] as const;
/** This browser's Web Push state, per signed-in user. */
export const pushDeviceKey = ['push-device'] as const;
export const preferencesKey = ['me', 'notifications'] as const;
