"""Mock interviews: their state and scorecards, round results, transcripts and the story bank.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    op.create_table(
        "interviews",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("preset", sa.String(80), nullable=False),
        sa.Column("company", sa.String(80), nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("state", sa.JSON, nullable=False),
        sa.Column("scorecard", sa.JSON, nullable=True),
        sa.Column("overall", sa.Float, nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.create_index("ix_interviews_user_id", "interviews", ["user_id"])
    op.create_index("ix_interviews_created_at", "interviews", ["created_at"])
    op.create_table(
        "interview_rounds",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "interview_id",
            sa.Integer,
            sa.ForeignKey("interviews.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(40), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("weight", sa.Float, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
    )
    op.create_index("ix_interview_rounds_interview_id", "interview_rounds", ["interview_id"])
    op.create_table(
        "interview_turns",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "interview_id",
            sa.Integer,
            sa.ForeignKey("interviews.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("round_position", sa.Integer, nullable=False),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("item_id", sa.String(80), nullable=True),
        sa.Column("prompt", sa.Text, nullable=False),
        sa.Column("answer", sa.Text, nullable=True),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("score", sa.Float, nullable=True),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
    )
    op.create_index("ix_interview_turns_interview_id", "interview_turns", ["interview_id"])
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "user_id", sa.Integer, sa.ForeignKey("users.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("competencies", sa.JSON, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("versions", sa.JSON, nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_stories_user_id", "stories", ["user_id"])


def downgrade() -> None:
    op.drop_table("stories")
    op.drop_table("interview_turns")
    op.drop_table("interview_rounds")
    op.drop_table("interviews")
