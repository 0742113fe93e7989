# BadOutput, unpack and to_array are globals injected by the judge harness.
# ruff: noqa: F821


def _vocabulary(value):
    if isinstance(value, str) or not hasattr(value, "__iter__"):
        raise BadOutput(f"the vocabulary must be a list of strings, got {type(value).__name__}")
    terms = list(value)
    for term in terms:
        if not isinstance(term, str):
            raise BadOutput(f"vocabulary entries must be strings, got {type(term).__name__}")
    return [str(term) for term in terms]


def run(entry, case):
    docs = [list(doc) for doc in case["docs"]]
    vocabulary, matrix = unpack(entry(docs), 2)
    return {"vocabulary": _vocabulary(vocabulary), "matrix": to_array(matrix)}
