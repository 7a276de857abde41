"""Staff logins and roles on a shared server: the audit log kept by the database, and
notifications of every change to the records.

PostgreSQL only (a SQLite file stays one person's database; nothing happens there):

- every new audit entry gets its user (``current_user``, the database login) and its
  time from the database, whatever the program sent — except for an administrator
  (superuser), whose scripts name the staff member they act for;
- audit entries are never changed: who, when, what and which record stay as written;
  an erasure (Art. 17) may only blank their values or cut names out of them (each cut
  marked »[entfernt]«), rename the field or remove entries of erased records, and
  only a login of the roles Leitung or Datenschutz (or the owner) may do even that; TRUNCATE is refused too. The grants (``server setup``)
  leave UPDATE and DELETE to those roles alone;
- each statement that writes a record table sends ``pg_notify('servicestelle',
  'kind:id,id,…')`` (``kind:*`` for more than 500 rows), so that colleagues' programs
  refresh what changed; link rows are reported under their parent record, as the
  program's own change reports do.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

# table → (kind reported, column with the record's id)
NOTIFIED = {
    'volunteer': ('volunteer', 'id'),
    'volunteer_language': ('volunteer', 'volunteer_id'),
    'volunteer_activity': ('volunteer', 'volunteer_id'),
    'police_clearance': ('volunteer', 'volunteer_id'),
    'newcomer': ('newcomer', 'id'),
    'newcomer_language': ('newcomer', 'newcomer_id'),
    'contact_person': ('contact_person', 'id'),
    'consent': ('consent', 'id'),
    'organisation': ('organisation', 'id'),
    'organisation_language': ('organisation', 'organisation_id'),
    'funding_application': ('funding_application', 'id'),
    'consultation': ('consultation', 'id'),
    'pairing': ('pairing', 'id'),
    'help_request': ('help_request', 'id'),
    'request_language': ('help_request', 'request_id'),
    'request_candidate': ('help_request', 'request_id'),
    'hours_entry': ('hours_entry', 'id'),
    'contact_note': ('contact_note', 'id'),
    'event': ('event', 'id'),
    'attendance': ('event', 'event_id'),
    'district': ('district', 'id'),
    'language': ('language', 'id'),
    'activity_field': ('activity_field', 'id'),
    'setting': ('setting', 'id'),
    'staff_user': ('staff_user', 'id'),
    'import_batch': ('import_batch', 'id'),
    'follow_up_snooze': ('follow_up_snooze', '*'),
    'reminder': ('reminder', 'id'),
}

AUDIT_FUNCTIONS = r"""
CREATE OR REPLACE FUNCTION servicestelle_audit_stamp() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false)
    THEN
        NEW."user" := left(current_user::text, 80);
        NEW.at := (now() AT TIME ZONE 'utc')::timestamp(6);
    END IF;
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION servicestelle_may_erase() RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT rolsuper FROM pg_roles WHERE rolname = current_user), false)
        OR pg_has_role(current_user,
                       (SELECT relowner FROM pg_class WHERE oid = 'audit_entry'::regclass),
                       'MEMBER')
        OR EXISTS (SELECT 1 FROM pg_roles r
                   WHERE r.rolname IN ('servicestelle_leitung', 'servicestelle_datenschutz')
                     AND pg_has_role(current_user, r.oid, 'MEMBER'))
$$;

CREATE OR REPLACE FUNCTION servicestelle_is_redaction(before text, after text)
RETURNS boolean LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
    piece text;
    rest text := before;
    found integer;
BEGIN
    IF after IS NULL OR after IS NOT DISTINCT FROM before THEN
        RETURN true;
    END IF;
    IF before IS NULL THEN
        RETURN false;
    END IF;
    -- only deletions, each marked "[entfernt]": what is left stands in the old value
    FOREACH piece IN ARRAY string_to_array(after, '[entfernt]') LOOP
        found := position(piece IN rest);
        IF found = 0 THEN
            RETURN false;
        END IF;
        rest := substr(rest, found + length(piece));
    END LOOP;
    RETURN true;
END $$;

CREATE OR REPLACE FUNCTION servicestelle_audit_guard() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' OR NOT servicestelle_may_erase() THEN
        RAISE EXCEPTION 'Einträge des Änderungsprotokolls werden nie geändert'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    IF NEW.id IS DISTINCT FROM OLD.id OR NEW.at IS DISTINCT FROM OLD.at
       OR NEW."user" IS DISTINCT FROM OLD."user" OR NEW.action IS DISTINCT FROM OLD.action
       OR NEW.entity IS DISTINCT FROM OLD.entity
       OR NEW.entity_id IS DISTINCT FROM OLD.entity_id
       OR NOT servicestelle_is_redaction(OLD.old_value, NEW.old_value)
       OR NOT servicestelle_is_redaction(OLD.new_value, NEW.new_value)
    THEN
        RAISE EXCEPTION 'Einträge des Änderungsprotokolls werden nie geändert'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END $$;

DROP TRIGGER IF EXISTS audit_entry_stamp ON audit_entry;
DROP TRIGGER IF EXISTS audit_entry_guard ON audit_entry;
DROP TRIGGER IF EXISTS audit_entry_no_truncate ON audit_entry;
CREATE TRIGGER audit_entry_stamp BEFORE INSERT ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION servicestelle_audit_stamp();
CREATE TRIGGER audit_entry_guard BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION servicestelle_audit_guard();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION servicestelle_audit_guard();
"""

NOTIFY_FUNCTION = r"""
CREATE OR REPLACE FUNCTION servicestelle_notify() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    ids text;
    n integer;
BEGIN
    IF TG_ARGV[1] = '*' THEN
        PERFORM pg_notify('servicestelle', TG_ARGV[0] || ':*');
        RETURN NULL;
    END IF;
    EXECUTE 'SELECT count(*), string_agg(DISTINCT ' || quote_ident(TG_ARGV[1])
        || '::text, '','') FROM (SELECT ' || quote_ident(TG_ARGV[1])
        || ' FROM changed_rows LIMIT 501) s'
        INTO n, ids;
    IF n = 0 THEN
        RETURN NULL;
    END IF;
    IF n > 500 OR ids IS NULL THEN
        ids := '*';
    END IF;
    PERFORM pg_notify('servicestelle', TG_ARGV[0] || ':' || ids);
    RETURN NULL;
END $$;
"""

_EVENTS = (('insert', 'INSERT', 'NEW'), ('update', 'UPDATE', 'NEW'), ('delete', 'DELETE', 'OLD'))


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != 'postgresql':
        return
    conn.exec_driver_sql(AUDIT_FUNCTIONS)
    conn.exec_driver_sql(NOTIFY_FUNCTION)
    present = set(sa.inspect(conn).get_table_names())
    for table, (kind, column) in NOTIFIED.items():
        if table not in present:
            continue
        for name, event, rows in _EVENTS:
            conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS {table}_notify_{name} ON "{table}"')
            conn.exec_driver_sql(
                f'CREATE TRIGGER {table}_notify_{name} AFTER {event} ON "{table}" '
                f'REFERENCING {rows} TABLE AS changed_rows FOR EACH STATEMENT '
                f"EXECUTE FUNCTION servicestelle_notify('{kind}', '{column}')"
            )


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != 'postgresql':
        return
    for table in NOTIFIED:
        for name, _event, _rows in _EVENTS:
            conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS {table}_notify_{name} ON "{table}"')
    for trigger in ('audit_entry_stamp', 'audit_entry_guard', 'audit_entry_no_truncate'):
        conn.exec_driver_sql(f'DROP TRIGGER IF EXISTS {trigger} ON audit_entry')
    for function in ('servicestelle_notify()', 'servicestelle_audit_guard()',
                     'servicestelle_is_redaction(text, text)',
                     'servicestelle_may_erase()', 'servicestelle_audit_stamp()'):
        conn.exec_driver_sql(f'DROP FUNCTION IF EXISTS {function}')
