#!/usr/bin/env bash
# Fails when src/adapters/db/schema.ts has changes that no migration holds
# (someone forgot `npm run db:generate`): generates into a scratch copy and compares.
set -euo pipefail
cd "$(dirname "$0")/../.."
scratch=".migrations-check"
rm -rf "$scratch"
trap 'rm -rf "$scratch"' EXIT
cp -r src/adapters/db/migrations "$scratch"
npx drizzle-kit check --dialect postgresql --out "$scratch" >/dev/null
npx drizzle-kit generate --dialect postgresql --schema src/adapters/db/schema.ts --out "$scratch" --name drift >/dev/null
if ! diff -rq src/adapters/db/migrations "$scratch" >/dev/null; then
  echo "The schema has changes without a migration: run 'npm run db:generate' and commit the new migration." >&2
  exit 1
fi
echo "Migrations match the schema."
