import pino, { type DestinationStream, type Logger } from 'pino';

export type { Logger };

/**
 * JSON logs with no personal or patient data: requests are logged by method,
 * route pattern and status only (never the raw URL with its query string, never
 * bodies), and any header or field that may carry a secret or a person's data is
 * censored wherever it shows up.
 */
const personalFields = ['password', 'newPassword', 'email', 'identifiant', 'phone', 'mobilePhone', 'firstName', 'lastName', 'name', 'address', 'token'];

export const redactedPaths = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  ...personalFields,
  ...personalFields.map((field) => `*.${field}`),
];

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { app: 'declic' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: redactedPaths, censor: '[masqué]' },
      serializers: {
        req: (req: { method?: string; routeOptions?: { url?: string }; id?: string }) => ({
          id: req.id,
          method: req.method,
          route: req.routeOptions?.url ?? 'unmatched',
        }),
        res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
        // Only the shape of an error: database errors carry the offending values in `detail`.
        err: (err: Error & { code?: unknown }) => ({ type: err.name, code: err.code, message: err.message, stack: err.stack }),
      },
    },
    destination,
  );
}
