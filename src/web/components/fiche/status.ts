import type { CareRequestStatus } from '../../api/care-request-types.js';

/** The colour of a fiche's status, on the fiche and on the dashboard's rows. */
export const careRequestStatusColor: Readonly<Record<CareRequestStatus, string>> = {
  dispatching: 'blue',
  accepted: 'green',
  in_progress: 'teal',
  completed: 'gray',
  unanswered: 'red',
  cancelled: 'gray',
};
