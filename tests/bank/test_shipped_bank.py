from mldojo.bank.models import Kind
from mldojo.bank.validator import validate_bank
from mldojo.config import SHIPPED_BANK


def test_shipped_bank_has_no_errors() -> None:
    report = validate_bank([SHIPPED_BANK])
    assert [str(f) for f in report.findings] == []
    assert len(report.questions) >= 2


def test_shipped_bank_has_concepts_and_quizzes() -> None:
    kinds = {q.kind for q in validate_bank([SHIPPED_BANK]).questions}
    assert {Kind.concept, Kind.quiz} <= kinds
