def rand7(rand5) -> int:
    """Uniform integer on 1..7 from calls to rand5() (uniform on 1..5) only."""
    raise NotImplementedError
