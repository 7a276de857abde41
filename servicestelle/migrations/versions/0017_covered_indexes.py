"""Indexes that a longer one already covers are dropped.

A single-column index on a link's owner (``volunteer_language.volunteer_id``) repeats
what the unique pair starting with that column (``volunteer_id, language_id``) or a
longer index (``consent (volunteer_id, withdrawn_on, given_on)``) already offers: every
question that used it is answered by the longer one, and each insert paid for both.
An import of 20,000 people wrote a fifth of its time into them.

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

# (table, index, column): each index's column starts a longer index of its table.
COVERED = (
    ("attendance", "ix_attendance_event_id", "event_id"),
    ("newcomer_language", "ix_newcomer_language_newcomer_id", "newcomer_id"),
    ("volunteer_activity", "ix_volunteer_activity_volunteer_id", "volunteer_id"),
    ("volunteer_language", "ix_volunteer_language_volunteer_id", "volunteer_id"),
    ("contact_note", "ix_contact_note_pairing_id", "pairing_id"),
    ("request_candidate", "ix_request_candidate_request_id", "request_id"),
    ("request_language", "ix_request_language_request_id", "request_id"),
    ("consent", "ix_consent_newcomer_id", "newcomer_id"),
    ("consent", "ix_consent_volunteer_id", "volunteer_id"),
)


def upgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    for table, index, _column in COVERED:
        if index in {i["name"] for i in inspector.get_indexes(table)}:  # (run twice)
            op.drop_index(index, table_name=table)


def downgrade() -> None:
    inspector = sa.inspect(op.get_bind())
    for table, index, column in COVERED:
        if index not in {i["name"] for i in inspector.get_indexes(table)}:
            op.create_index(index, table, [column])
