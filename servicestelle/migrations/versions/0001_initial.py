"""Erstes Schema: das ganze Datenmodell und der Suchindex.

Revision ID: 0001
Revises: 
Create Date: 2026-11-22
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None

# Partial indexes cover the records lists show by default: those not archived.
CURRENT = sa.text("archived_at IS NULL")


def upgrade() -> None:
    op.create_table('activity_field',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_activity_field')),
    sa.UniqueConstraint('name', name=op.f('uq_activity_field_name'))
    )
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('user', sa.String(length=80), nullable=False),
    sa.Column('action', sa.Enum('angelegt', 'geaendert', 'geloescht', name='auditaction', native_enum=False, length=30), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('field', sa.String(length=80), nullable=True),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_entry_user'), ['user'], unique=False)

    op.create_table('district',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('ortsteil', sa.Integer(), nullable=True),
    sa.Column('area', sa.String(length=80), nullable=True),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_district')),
    sa.UniqueConstraint('name', name=op.f('uq_district_name'))
    )
    op.create_table('event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('ehrenamtsforum', 'schulung', 'treffen', 'sonstiges', name='eventkind', native_enum=False, length=30), nullable=False),
    sa.Column('status', sa.Enum('geplant', 'durchgefuehrt', 'abgesagt', name='eventstatus', native_enum=False, length=30), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=True),
    sa.Column('location', sa.String(length=200), nullable=True),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event'))
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_starts_at'), ['starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_event_status'), ['status'], unique=False)

    op.create_table('import_batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('file_name', sa.String(length=260), nullable=False),
    sa.Column('sheet', sa.String(length=120), nullable=True),
    sa.Column('status', sa.Enum('laeuft', 'abgeschlossen', 'fehlgeschlagen', 'rueckgaengig', name='importstatus', native_enum=False, length=30), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=False),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('rows_total', sa.Integer(), nullable=False),
    sa.Column('rows_imported', sa.Integer(), nullable=False),
    sa.Column('rows_rejected', sa.Integer(), nullable=False),
    sa.Column('mapping', sa.JSON(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_import_batch'))
    )
    op.create_table('language',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('common', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_language')),
    sa.UniqueConstraint('code', name=op.f('uq_language_code'))
    )
    op.create_table('search_entry',
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=False),
    sa.Column('folded', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('entity', 'entity_id', name=op.f('pk_search_entry'))
    )
    op.create_table('setting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=80), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_setting')),
    sa.UniqueConstraint('key', name=op.f('uq_setting_key'))
    )
    op.create_table('staff_user',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=80), nullable=False),
    sa.Column('display_name', sa.String(length=120), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_user')),
    sa.UniqueConstraint('username', name=op.f('uq_staff_user_username'))
    )
    op.create_table('organisation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('short_name', sa.String(length=60), nullable=True),
    sa.Column('kind', sa.Enum('mso', 'traeger', 'behoerde', 'schule_kita', 'verein', name='organisationkind', native_enum=False, length=30), nullable=False),
    sa.Column('street', sa.String(length=120), nullable=True),
    sa.Column('postcode', sa.String(length=10), nullable=True),
    sa.Column('city', sa.String(length=80), nullable=True),
    sa.Column('district_id', sa.Integer(), nullable=True),
    sa.Column('phone', sa.String(length=32), nullable=True),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('website', sa.String(length=200), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('founding_stage', sa.Enum('idee', 'in_gruendung', 'eingetragen', 'etabliert', name='foundingstage', native_enum=False, length=30), nullable=True),
    sa.Column('statutes_on', sa.Date(), nullable=True),
    sa.Column('register_number', sa.String(length=40), nullable=True),
    sa.Column('registered_on', sa.Date(), nullable=True),
    sa.Column('charity_notice_on', sa.Date(), nullable=True),
    sa.Column('charity_notice_until', sa.Date(), nullable=True),
    sa.Column('members_count', sa.Integer(), nullable=True),
    sa.Column('countries', sa.String(length=300), nullable=True),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['district_id'], ['district.id'], name=op.f('fk_organisation_district_id_district')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation'))
    )
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisation_district_id'), ['district_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_organisation_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_organisation_name'), ['name'], unique=False)

    op.create_table('contact_person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.String(length=120), nullable=True),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('sort_key', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=32), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_contact_person_organisation_id_organisation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_person'))
    )
    with op.batch_alter_table('contact_person', schema=None) as batch_op:
        batch_op.create_index('ix_contact_person_name', ['sort_key', 'id'], unique=False, sqlite_where=CURRENT, postgresql_where=CURRENT)
        batch_op.create_index(batch_op.f('ix_contact_person_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('funding_application',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('programme', sa.String(length=120), nullable=False),
    sa.Column('applied_on', sa.Date(), nullable=True),
    sa.Column('amount', sa.Numeric(precision=10, scale=2), nullable=True),
    sa.Column('status', sa.Enum('geplant', 'beantragt', 'bewilligt', 'abgelehnt', name='fundingstatus', native_enum=False, length=30), nullable=False),
    sa.Column('decided_on', sa.Date(), nullable=True),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_funding_application_organisation_id_organisation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_funding_application'))
    )
    with op.batch_alter_table('funding_application', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_funding_application_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('newcomer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('person', 'haushalt', name='newcomerkind', native_enum=False, length=30), nullable=False),
    sa.Column('status', sa.Enum('offen', 'begleitet', 'abgeschlossen', name='newcomerstatus', native_enum=False, length=30), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('household_size', sa.Integer(), nullable=False),
    sa.Column('children_count', sa.Integer(), nullable=False),
    sa.Column('contact_name', sa.String(length=200), nullable=True),
    sa.Column('country_of_origin', sa.String(length=80), nullable=True),
    sa.Column('arrived_on', sa.Date(), nullable=True),
    sa.Column('street', sa.String(length=120), nullable=True),
    sa.Column('postcode', sa.String(length=10), nullable=True),
    sa.Column('city', sa.String(length=80), nullable=True),
    sa.Column('district_id', sa.Integer(), nullable=True),
    sa.Column('referred_by_id', sa.Integer(), nullable=True),
    sa.Column('import_batch_id', sa.Integer(), nullable=True),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('sort_key', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=32), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['district_id'], ['district.id'], name=op.f('fk_newcomer_district_id_district')),
    sa.ForeignKeyConstraint(['import_batch_id'], ['import_batch.id'], name=op.f('fk_newcomer_import_batch_id_import_batch'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['referred_by_id'], ['organisation.id'], name=op.f('fk_newcomer_referred_by_id_organisation'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_newcomer'))
    )
    with op.batch_alter_table('newcomer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_newcomer_district_id'), ['district_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_newcomer_import_batch_id'), ['import_batch_id'], unique=False)
        batch_op.create_index('ix_newcomer_name', ['sort_key', 'id'], unique=False, sqlite_where=CURRENT, postgresql_where=CURRENT)
        batch_op.create_index(batch_op.f('ix_newcomer_referred_by_id'), ['referred_by_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_newcomer_status'), ['status'], unique=False)

    op.create_table('organisation_language',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('language_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['language_id'], ['language.id'], name=op.f('fk_organisation_language_language_id_language')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_organisation_language_organisation_id_organisation'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation_language'))
    )
    with op.batch_alter_table('organisation_language', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisation_language_language_id'), ['language_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_organisation_language_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('volunteer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('street', sa.String(length=120), nullable=True),
    sa.Column('postcode', sa.String(length=10), nullable=True),
    sa.Column('city', sa.String(length=80), nullable=True),
    sa.Column('district_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('interessiert', 'aktiv', 'pausiert', 'ausgeschieden', name='volunteerstatus', native_enum=False, length=30), nullable=False),
    sa.Column('since', sa.Date(), nullable=True),
    sa.Column('left_on', sa.Date(), nullable=True),
    sa.Column('max_pairings', sa.Integer(), nullable=False),
    sa.Column('availability', sa.Integer(), nullable=False),
    sa.Column('availability_note', sa.String(length=200), nullable=True),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('import_batch_id', sa.Integer(), nullable=True),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('sort_key', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('phone', sa.String(length=32), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['district_id'], ['district.id'], name=op.f('fk_volunteer_district_id_district')),
    sa.ForeignKeyConstraint(['import_batch_id'], ['import_batch.id'], name=op.f('fk_volunteer_import_batch_id_import_batch'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_volunteer_organisation_id_organisation'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer'))
    )
    with op.batch_alter_table('volunteer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteer_district_id'), ['district_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_import_batch_id'), ['import_batch_id'], unique=False)
        batch_op.create_index('ix_volunteer_name', ['sort_key', 'id'], unique=False, sqlite_where=CURRENT, postgresql_where=CURRENT)
        batch_op.create_index('ix_volunteer_since', ['since', 'id'], unique=False, sqlite_where=CURRENT, postgresql_where=CURRENT)
        batch_op.create_index(batch_op.f('ix_volunteer_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_status'), ['status'], unique=False)

    op.create_table('attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('volunteer_id', sa.Integer(), nullable=False),
    sa.Column('invited_on', sa.Date(), nullable=True),
    sa.Column('registered', sa.Boolean(), nullable=False),
    sa.Column('attended', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_attendance_event_id_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], name=op.f('fk_attendance_volunteer_id_volunteer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('event_id', 'volunteer_id', name=op.f('uq_attendance_event_id'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('consent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('volunteer_id', sa.Integer(), nullable=True),
    sa.Column('newcomer_id', sa.Integer(), nullable=True),
    sa.Column('contact_person_id', sa.Integer(), nullable=True),
    sa.Column('given_on', sa.Date(), nullable=False),
    sa.Column('storage', sa.Boolean(), nullable=False),
    sa.Column('contact_email', sa.Boolean(), nullable=False),
    sa.Column('contact_phone', sa.Boolean(), nullable=False),
    sa.Column('share_with_partners', sa.Boolean(), nullable=False),
    sa.Column('photos', sa.Boolean(), nullable=False),
    sa.Column('withdrawn_on', sa.Date(), nullable=True),
    sa.Column('note', sa.String(length=300), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('(CASE WHEN volunteer_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN newcomer_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN contact_person_id IS NULL THEN 0 ELSE 1 END) = 1', name=op.f('ck_consent_one_person')),
    sa.ForeignKeyConstraint(['contact_person_id'], ['contact_person.id'], name=op.f('fk_consent_contact_person_id_contact_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['newcomer_id'], ['newcomer.id'], name=op.f('fk_consent_newcomer_id_newcomer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], name=op.f('fk_consent_volunteer_id_volunteer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consent'))
    )
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consent_contact_person_id'), ['contact_person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consent_newcomer_id'), ['newcomer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consent_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('consultation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('volunteer_id', sa.Integer(), nullable=True),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('topic', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('minutes', sa.Integer(), nullable=True),
    sa.Column('staff', sa.String(length=80), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('(CASE WHEN organisation_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN volunteer_id IS NULL THEN 0 ELSE 1 END) = 1', name=op.f('ck_consultation_one_subject')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_consultation_organisation_id_organisation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], name=op.f('fk_consultation_volunteer_id_volunteer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_consultation'))
    )
    with op.batch_alter_table('consultation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_consultation_held_on'), ['held_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_consultation_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_consultation_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('help_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=True),
    sa.Column('status', sa.Enum('offen', 'in_vermittlung', 'vermittelt', 'erledigt', 'nicht_vermittelbar', name='requeststatus', native_enum=False, length=30), nullable=False),
    sa.Column('activity_field_id', sa.Integer(), nullable=True),
    sa.Column('newcomer_id', sa.Integer(), nullable=True),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('requester', sa.String(length=200), nullable=True),
    sa.Column('district_id', sa.Integer(), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('needed_on', sa.Date(), nullable=True),
    sa.Column('needed_slots', sa.Integer(), nullable=False),
    sa.Column('languages_required', sa.Boolean(), nullable=False),
    sa.Column('children_involved', sa.Boolean(), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=True),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['activity_field_id'], ['activity_field.id'], name=op.f('fk_help_request_activity_field_id_activity_field')),
    sa.ForeignKeyConstraint(['district_id'], ['district.id'], name=op.f('fk_help_request_district_id_district')),
    sa.ForeignKeyConstraint(['newcomer_id'], ['newcomer.id'], name=op.f('fk_help_request_newcomer_id_newcomer'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_help_request_organisation_id_organisation'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_help_request'))
    )
    with op.batch_alter_table('help_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_help_request_activity_field_id'), ['activity_field_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_help_request_district_id'), ['district_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_help_request_newcomer_id'), ['newcomer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_help_request_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_help_request_received_on'), ['received_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_help_request_status'), ['status'], unique=False)

    op.create_table('newcomer_language',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('newcomer_id', sa.Integer(), nullable=False),
    sa.Column('language_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.Enum('muttersprache', 'fliessend', 'gut', 'grundkenntnisse', name='languagelevel', native_enum=False, length=30), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['language_id'], ['language.id'], name=op.f('fk_newcomer_language_language_id_language')),
    sa.ForeignKeyConstraint(['newcomer_id'], ['newcomer.id'], name=op.f('fk_newcomer_language_newcomer_id_newcomer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_newcomer_language')),
    sa.UniqueConstraint('newcomer_id', 'language_id', name=op.f('uq_newcomer_language_newcomer_id'))
    )
    with op.batch_alter_table('newcomer_language', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_newcomer_language_language_id'), ['language_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_newcomer_language_newcomer_id'), ['newcomer_id'], unique=False)

    op.create_table('pairing',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('volunteer_id', sa.Integer(), nullable=False),
    sa.Column('newcomer_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('vorgeschlagen', 'aktiv', 'pausiert', 'beendet', name='pairingstatus', native_enum=False, length=30), nullable=False),
    sa.Column('activity_field_id', sa.Integer(), nullable=True),
    sa.Column('focus', sa.String(length=200), nullable=True),
    sa.Column('proposed_on', sa.Date(), nullable=True),
    sa.Column('started_on', sa.Date(), nullable=True),
    sa.Column('paused_on', sa.Date(), nullable=True),
    sa.Column('ended_on', sa.Date(), nullable=True),
    sa.Column('end_reason', sa.Enum('ziel_erreicht', 'umzug', 'keine_zeit', 'kontakt_abgebrochen', 'passte_nicht', 'sonstiges', name='pairingendreason', native_enum=False, length=30), nullable=True),
    sa.Column('end_note', sa.String(length=300), nullable=True),
    sa.Column('next_checkin_on', sa.Date(), nullable=True),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('archived_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['activity_field_id'], ['activity_field.id'], name=op.f('fk_pairing_activity_field_id_activity_field')),
    sa.ForeignKeyConstraint(['newcomer_id'], ['newcomer.id'], name=op.f('fk_pairing_newcomer_id_newcomer')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_pairing_organisation_id_organisation'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], name=op.f('fk_pairing_volunteer_id_volunteer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pairing'))
    )
    with op.batch_alter_table('pairing', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pairing_ended_on'), ['ended_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_pairing_newcomer_id'), ['newcomer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_pairing_next_checkin_on'), ['next_checkin_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_pairing_started_on'), ['started_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_pairing_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_pairing_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('police_clearance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('volunteer_id', sa.Integer(), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('seen_on', sa.Date(), nullable=False),
    sa.Column('seen_by', sa.String(length=80), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], name=op.f('fk_police_clearance_volunteer_id_volunteer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_police_clearance'))
    )
    with op.batch_alter_table('police_clearance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_police_clearance_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('volunteer_activity',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('volunteer_id', sa.Integer(), nullable=False),
    sa.Column('activity_field_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['activity_field_id'], ['activity_field.id'], name=op.f('fk_volunteer_activity_activity_field_id_activity_field')),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], name=op.f('fk_volunteer_activity_volunteer_id_volunteer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_activity')),
    sa.UniqueConstraint('volunteer_id', 'activity_field_id', name=op.f('uq_volunteer_activity_volunteer_id'))
    )
    with op.batch_alter_table('volunteer_activity', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteer_activity_activity_field_id'), ['activity_field_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_activity_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('volunteer_language',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('volunteer_id', sa.Integer(), nullable=False),
    sa.Column('language_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.Enum('muttersprache', 'fliessend', 'gut', 'grundkenntnisse', name='languagelevel', native_enum=False, length=30), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['language_id'], ['language.id'], name=op.f('fk_volunteer_language_language_id_language')),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], name=op.f('fk_volunteer_language_volunteer_id_volunteer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_language')),
    sa.UniqueConstraint('volunteer_id', 'language_id', name=op.f('uq_volunteer_language_volunteer_id'))
    )
    with op.batch_alter_table('volunteer_language', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteer_language_language_id'), ['language_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_language_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('contact_note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('volunteer_id', sa.Integer(), nullable=True),
    sa.Column('newcomer_id', sa.Integer(), nullable=True),
    sa.Column('pairing_id', sa.Integer(), nullable=True),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.Column('organisation_id', sa.Integer(), nullable=True),
    sa.Column('contact_person_id', sa.Integer(), nullable=True),
    sa.Column('event_id', sa.Integer(), nullable=True),
    sa.Column('noted_on', sa.Date(), nullable=False),
    sa.Column('channel', sa.Enum('telefon', 'email', 'persoenlich', 'brief', 'messenger', 'sonstiges', name='contactchannel', native_enum=False, length=30), nullable=False),
    sa.Column('subject', sa.String(length=200), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('follow_up_on', sa.Date(), nullable=True),
    sa.Column('follow_up_done_on', sa.Date(), nullable=True),
    sa.Column('staff', sa.String(length=80), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.CheckConstraint('(CASE WHEN volunteer_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN newcomer_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN pairing_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN request_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN organisation_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN contact_person_id IS NULL THEN 0 ELSE 1 END) + (CASE WHEN event_id IS NULL THEN 0 ELSE 1 END) = 1', name=op.f('ck_contact_note_one_owner')),
    sa.ForeignKeyConstraint(['contact_person_id'], ['contact_person.id'], name=op.f('fk_contact_note_contact_person_id_contact_person'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_contact_note_event_id_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['newcomer_id'], ['newcomer.id'], name=op.f('fk_contact_note_newcomer_id_newcomer'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisation.id'], name=op.f('fk_contact_note_organisation_id_organisation'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['pairing_id'], ['pairing.id'], name=op.f('fk_contact_note_pairing_id_pairing'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['request_id'], ['help_request.id'], name=op.f('fk_contact_note_request_id_help_request'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], name=op.f('fk_contact_note_volunteer_id_volunteer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contact_note'))
    )
    with op.batch_alter_table('contact_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_note_contact_person_id'), ['contact_person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_note_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_note_follow_up_on'), ['follow_up_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_note_newcomer_id'), ['newcomer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_note_noted_on'), ['noted_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_note_organisation_id'), ['organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_note_pairing_id'), ['pairing_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_note_request_id'), ['request_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contact_note_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('hours_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('volunteer_id', sa.Integer(), nullable=False),
    sa.Column('worked_on', sa.Date(), nullable=False),
    sa.Column('hours', sa.Numeric(precision=6, scale=2), nullable=False),
    sa.Column('pairing_id', sa.Integer(), nullable=True),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.Column('event_id', sa.Integer(), nullable=True),
    sa.Column('activity_field_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.String(length=300), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['activity_field_id'], ['activity_field.id'], name=op.f('fk_hours_entry_activity_field_id_activity_field')),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_hours_entry_event_id_event'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['pairing_id'], ['pairing.id'], name=op.f('fk_hours_entry_pairing_id_pairing'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['request_id'], ['help_request.id'], name=op.f('fk_hours_entry_request_id_help_request'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], name=op.f('fk_hours_entry_volunteer_id_volunteer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hours_entry'))
    )
    with op.batch_alter_table('hours_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hours_entry_event_id'), ['event_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_hours_entry_pairing_id'), ['pairing_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_hours_entry_request_id'), ['request_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_hours_entry_volunteer_id'), ['volunteer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_hours_entry_worked_on'), ['worked_on'], unique=False)

    op.create_table('request_candidate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('volunteer_id', sa.Integer(), nullable=False),
    sa.Column('asked_on', sa.Date(), nullable=False),
    sa.Column('channel', sa.Enum('telefon', 'email', 'persoenlich', 'brief', 'messenger', 'sonstiges', name='contactchannel', native_enum=False, length=30), nullable=False),
    sa.Column('answer', sa.Enum('offen', 'zugesagt', 'abgesagt', name='candidateanswer', native_enum=False, length=30), nullable=False),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.Column('assigned', sa.Boolean(), nullable=False),
    sa.Column('assigned_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['help_request.id'], name=op.f('fk_request_candidate_request_id_help_request'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], name=op.f('fk_request_candidate_volunteer_id_volunteer'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_request_candidate')),
    sa.UniqueConstraint('request_id', 'volunteer_id', name=op.f('uq_request_candidate_request_id'))
    )
    with op.batch_alter_table('request_candidate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_request_candidate_asked_on'), ['asked_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_request_candidate_assigned'), ['assigned'], unique=False)
        batch_op.create_index(batch_op.f('ix_request_candidate_request_id'), ['request_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_request_candidate_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('request_language',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('language_id', sa.Integer(), nullable=False),
    sa.Column('min_level', sa.Enum('muttersprache', 'fliessend', 'gut', 'grundkenntnisse', name='languagelevel', native_enum=False, length=30), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=80), nullable=True),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=80), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['language_id'], ['language.id'], name=op.f('fk_request_language_language_id_language')),
    sa.ForeignKeyConstraint(['request_id'], ['help_request.id'], name=op.f('fk_request_language_request_id_help_request'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_request_language')),
    sa.UniqueConstraint('request_id', 'language_id', name=op.f('uq_request_language_request_id'))
    )
    with op.batch_alter_table('request_language', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_request_language_language_id'), ['language_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_request_language_request_id'), ['request_id'], unique=False)



    if op.get_bind().dialect.name == "sqlite":
        # Folded search text; rowid = entity code * 10**12 + record id (see search.py).
        op.execute(
            "CREATE VIRTUAL TABLE search_fts USING fts5("
            "folded, tokenize = 'unicode61 remove_diacritics 2')"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_fts")
    with op.batch_alter_table('request_language', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_request_language_request_id'))
        batch_op.drop_index(batch_op.f('ix_request_language_language_id'))

    op.drop_table('request_language')
    with op.batch_alter_table('request_candidate', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_request_candidate_volunteer_id'))
        batch_op.drop_index(batch_op.f('ix_request_candidate_request_id'))
        batch_op.drop_index(batch_op.f('ix_request_candidate_assigned'))
        batch_op.drop_index(batch_op.f('ix_request_candidate_asked_on'))

    op.drop_table('request_candidate')
    with op.batch_alter_table('hours_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hours_entry_worked_on'))
        batch_op.drop_index(batch_op.f('ix_hours_entry_volunteer_id'))
        batch_op.drop_index(batch_op.f('ix_hours_entry_request_id'))
        batch_op.drop_index(batch_op.f('ix_hours_entry_pairing_id'))
        batch_op.drop_index(batch_op.f('ix_hours_entry_event_id'))

    op.drop_table('hours_entry')
    with op.batch_alter_table('contact_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_note_volunteer_id'))
        batch_op.drop_index(batch_op.f('ix_contact_note_request_id'))
        batch_op.drop_index(batch_op.f('ix_contact_note_pairing_id'))
        batch_op.drop_index(batch_op.f('ix_contact_note_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_contact_note_noted_on'))
        batch_op.drop_index(batch_op.f('ix_contact_note_newcomer_id'))
        batch_op.drop_index(batch_op.f('ix_contact_note_follow_up_on'))
        batch_op.drop_index(batch_op.f('ix_contact_note_event_id'))
        batch_op.drop_index(batch_op.f('ix_contact_note_contact_person_id'))

    op.drop_table('contact_note')
    with op.batch_alter_table('volunteer_language', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteer_language_volunteer_id'))
        batch_op.drop_index(batch_op.f('ix_volunteer_language_language_id'))

    op.drop_table('volunteer_language')
    with op.batch_alter_table('volunteer_activity', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteer_activity_volunteer_id'))
        batch_op.drop_index(batch_op.f('ix_volunteer_activity_activity_field_id'))

    op.drop_table('volunteer_activity')
    with op.batch_alter_table('police_clearance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_police_clearance_volunteer_id'))

    op.drop_table('police_clearance')
    with op.batch_alter_table('pairing', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pairing_volunteer_id'))
        batch_op.drop_index(batch_op.f('ix_pairing_status'))
        batch_op.drop_index(batch_op.f('ix_pairing_started_on'))
        batch_op.drop_index(batch_op.f('ix_pairing_next_checkin_on'))
        batch_op.drop_index(batch_op.f('ix_pairing_newcomer_id'))
        batch_op.drop_index(batch_op.f('ix_pairing_ended_on'))

    op.drop_table('pairing')
    with op.batch_alter_table('newcomer_language', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_newcomer_language_newcomer_id'))
        batch_op.drop_index(batch_op.f('ix_newcomer_language_language_id'))

    op.drop_table('newcomer_language')
    with op.batch_alter_table('help_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_help_request_status'))
        batch_op.drop_index(batch_op.f('ix_help_request_received_on'))
        batch_op.drop_index(batch_op.f('ix_help_request_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_help_request_newcomer_id'))
        batch_op.drop_index(batch_op.f('ix_help_request_district_id'))
        batch_op.drop_index(batch_op.f('ix_help_request_activity_field_id'))

    op.drop_table('help_request')
    with op.batch_alter_table('consultation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consultation_volunteer_id'))
        batch_op.drop_index(batch_op.f('ix_consultation_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_consultation_held_on'))

    op.drop_table('consultation')
    with op.batch_alter_table('consent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_consent_volunteer_id'))
        batch_op.drop_index(batch_op.f('ix_consent_newcomer_id'))
        batch_op.drop_index(batch_op.f('ix_consent_contact_person_id'))

    op.drop_table('consent')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_volunteer_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_event_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('volunteer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteer_status'))
        batch_op.drop_index(batch_op.f('ix_volunteer_organisation_id'))
        batch_op.drop_index('ix_volunteer_name')
        batch_op.drop_index('ix_volunteer_since')
        batch_op.drop_index(batch_op.f('ix_volunteer_import_batch_id'))
        batch_op.drop_index(batch_op.f('ix_volunteer_district_id'))

    op.drop_table('volunteer')
    with op.batch_alter_table('organisation_language', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organisation_language_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_organisation_language_language_id'))

    op.drop_table('organisation_language')
    with op.batch_alter_table('newcomer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_newcomer_status'))
        batch_op.drop_index(batch_op.f('ix_newcomer_referred_by_id'))
        batch_op.drop_index('ix_newcomer_name')
        batch_op.drop_index(batch_op.f('ix_newcomer_import_batch_id'))
        batch_op.drop_index(batch_op.f('ix_newcomer_district_id'))

    op.drop_table('newcomer')
    with op.batch_alter_table('funding_application', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_funding_application_organisation_id'))

    op.drop_table('funding_application')
    with op.batch_alter_table('contact_person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_person_organisation_id'))
        batch_op.drop_index('ix_contact_person_name')

    op.drop_table('contact_person')
    with op.batch_alter_table('organisation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organisation_name'))
        batch_op.drop_index(batch_op.f('ix_organisation_kind'))
        batch_op.drop_index(batch_op.f('ix_organisation_district_id'))

    op.drop_table('organisation')
    op.drop_table('staff_user')
    op.drop_table('setting')
    op.drop_table('search_entry')
    op.drop_table('language')
    op.drop_table('import_batch')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_status'))
        batch_op.drop_index(batch_op.f('ix_event_starts_at'))

    op.drop_table('event')
    op.drop_table('district')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entry_user'))
        batch_op.drop_index(batch_op.f('ix_audit_entry_at'))

    op.drop_table('audit_entry')
    op.drop_table('activity_field')
