-- Each app instance caches resolved sessions for a few seconds (src/app/auth/session-cache.ts). These triggers name,
-- on the channel 'declic_sessions' (SESSIONS_CHANNEL in stores/sessions.ts), the user whose cached session may now be
-- wrong, or '*' (every user) when an organisation changed: every instance hears it at commit, whatever code (or hand)
-- wrote the change. PostgreSQL folds identical notices of one transaction into one.
CREATE FUNCTION "sessions_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'organisations' THEN
    PERFORM pg_notify('declic_sessions', '*');
  ELSIF TG_TABLE_NAME = 'users' THEN
    PERFORM pg_notify('declic_sessions', OLD.id::text);
  ELSE
    IF TG_OP <> 'INSERT' THEN
      PERFORM pg_notify('declic_sessions', OLD.user_id::text);
    END IF;
    IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND NEW.user_id IS DISTINCT FROM OLD.user_id) THEN
      PERFORM pg_notify('declic_sessions', NEW.user_id::text);
    END IF;
  END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER "sessions_notify_delete" AFTER DELETE ON "sessions"
  FOR EACH ROW EXECUTE FUNCTION "sessions_notify"();--> statement-breakpoint
-- Not on a touch, which only slides the expiry forward (src/app/auth/sessions.ts): the other instances' entries keep
-- the earlier expiry, which is safe.
CREATE TRIGGER "sessions_notify_update" AFTER UPDATE ON "sessions"
  FOR EACH ROW WHEN (NEW.expires_at < OLD.expires_at
    OR (to_jsonb(NEW) - 'last_seen_at' - 'expires_at') IS DISTINCT FROM (to_jsonb(OLD) - 'last_seen_at' - 'expires_at'))
  EXECUTE FUNCTION "sessions_notify"();--> statement-breakpoint
CREATE TRIGGER "users_notify_sessions" AFTER UPDATE ON "users"
  FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION "sessions_notify"();--> statement-breakpoint
CREATE TRIGGER "supervisions_notify_sessions" AFTER INSERT OR UPDATE OR DELETE ON "supervisions"
  FOR EACH ROW EXECUTE FUNCTION "sessions_notify"();--> statement-breakpoint
CREATE TRIGGER "organisations_notify_sessions" AFTER UPDATE OR DELETE ON "organisations"
  FOR EACH ROW EXECUTE FUNCTION "sessions_notify"();
