"""Practice state: FSRS cards, topic mastery and its history, the user's profile.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.create_table(
        "cards",
        sa.Column(
            "user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("item_id", sa.String(80), primary_key=True),
        sa.Column("card", sa.JSON, nullable=False),
        sa.Column("due", sa.DateTime(timezone=True), nullable=False),
        sa.Column("state", sa.Integer, nullable=False),
    )
    op.create_index("ix_cards_due", "cards", ["due"])
    op.create_table(
        "mastery",
        sa.Column(
            "user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("topic", sa.String(80), primary_key=True),
        sa.Column("theta", sa.Float, nullable=False),
        sa.Column("n", sa.Integer, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "profiles",
        sa.Column(
            "user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("companies", sa.JSON, nullable=False),
        sa.Column("role", sa.String(40), nullable=False),
        sa.Column("interview_date", sa.Date, nullable=True),
        sa.Column("hours_per_week", sa.Float, nullable=False),
    )
    op.create_table(
        "mastery_history",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("topic", sa.String(80), nullable=False),
        sa.Column("theta", sa.Float, nullable=False),
        sa.Column("n", sa.Integer, nullable=False),
        sa.Column(
            "attempt_id",
            sa.Integer,
            sa.ForeignKey("attempts.id", ondelete="CASCADE"),
            nullable=True,
        ),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_mastery_history_user_id", "mastery_history", ["user_id"])
    op.create_index("ix_mastery_history_recorded_at", "mastery_history", ["recorded_at"])


def downgrade() -> None:
    op.drop_table("mastery_history")
    op.drop_table("profiles")
    op.drop_table("mastery")
    op.drop_table("cards")
