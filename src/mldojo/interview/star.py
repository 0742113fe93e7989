"""STAR checks for behavioural answers: situation, task, action, result, measurable outcome."""

from __future__ import annotations

from mldojo.interview.cues import Element, ElementCheck, check_elements, share_found, word_count

MEASURABLE = (
    r"\d+(?:\.\d+)?\s*(?:%|percent|x\b|×|times\b)",
    r"\b\d+(?:\.\d+)?\s*(?:ms|milliseconds?|seconds?|minutes?|hours?|days?|weeks?|months?"
    r"|k\b|m\b|million|billion|thousand|users|customers|dollars|engineers|people)",
    r"[$€£]\s?\d",
    r"\b(?:from|by)\s+\d+(?:\.\d+)?\b",
    r"\b(?:doubled|halved|tripled)\b",
)

STAR_ELEMENTS: tuple[Element, ...] = (
    Element(
        "situation",
        "Situation: the context",
        (
            r"\b(?:when i was|at my (?:last|previous|current)|our team|my team|we were|"
            r"the company|the project|in (?:my|our) (?:last|previous)|at the time|"
            r"last year|back in|while working)\b",
        ),
        "Set the scene first: where were you, what was going on, and why did it matter?",
    ),
    Element(
        "task",
        "Task: your responsibility or goal",
        (
            r"\b(?:my (?:role|job|task|goal|responsibility)|i was (?:responsible|asked|"
            r"tasked|in charge)|i owned|i had to|i needed to|we needed to|the goal was|"
            r"the task was|our goal|i was supposed to|my aim)\b",
        ),
        "What exactly were you responsible for? What was the goal you had to reach?",
    ),
    Element(
        "action",
        "Action: what you did, in the first person",
        (
            r"\bI (?:then |first |also )?(?:built|wrote|led|proposed|decided|implemented|"
            r"designed|analy[sz]ed|set up|created|organi[sz]ed|talked|met|reached out|"
            r"convinced|ran|added|changed|automated|refactored|introduced|investigated|"
            r"debugged|measured|prototyped|negotiated|scheduled|split|asked|shipped|"
            r"launched|trained|migrated|documented|presented|rewrote|reduced|fixed)\b",
        ),
        "Walk me through what you personally did, step by step.",
    ),
    Element(
        "result",
        "Result: how it ended",
        (
            r"\b(?:as a result|result(?:ed)? in|the result|in the end|eventually|"
            r"outcome|led to|which meant|ended up|afterwards|since then|we shipped|"
            r"we launched|improved|reduced|increased|cut|saved|grew)\b",
        ),
        "How did it end? What changed because of what you did?",
    ),
    Element(
        "measurable",
        "A measurable outcome: a number, a percentage, time saved",
        MEASURABLE,
        "Can you put a number on the outcome: a percentage, time saved, users affected?",
    ),
)

MIN_WORDS = 40


def check_star(answer: str) -> tuple[float, list[ElementCheck]]:
    """Share of STAR elements present, scaled down for answers too short to tell a story."""
    checks = check_elements(answer, STAR_ELEMENTS)
    score = share_found(checks)
    words = word_count(answer)
    if words < MIN_WORDS:
        score *= words / MIN_WORDS
    return round(score, 4), checks


BUILTIN_PROMPTS: tuple[tuple[str, str], ...] = (
    (
        "conflict",
        "Tell me about a time you disagreed with a colleague about a technical decision. "
        "How did you handle it?",
    ),
    (
        "failure",
        "Describe a project or model that did not work out as planned. What happened and "
        "what did you learn?",
    ),
    (
        "ambiguity",
        "Tell me about a time you had to make progress on a problem with unclear requirements.",
    ),
    (
        "impact",
        "Describe the piece of work you are proudest of. What was your part and what "
        "difference did it make?",
    ),
    (
        "influence",
        "Tell me about a time you convinced others to change direction without having "
        "authority over them.",
    ),
)
"""Used when the bank holds no behavioural items: generic competencies every loop probes."""
