"""Recompute a shown step formula from its shown figures (SPEC §3.7), as a reader with a calculator.

A formula is clauses separated by `;`, each `lhs = rhs`; `lhs` may use + − × ÷, parentheses,
`min(…)`, `max(…)`, amounts with thousands separators and percentages. A clause re-adds when the
left side, computed exactly and rounded half up to the fen, is the shown right side (a percentage
or a whole number on the right must match exactly). Formulas without `=`, or comparing with `≠`,
state figures and are not checked.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

FEN = Decimal("0.01")
TOKEN = re.compile(r"\s*(min|max|[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?%?|[0-9]+(?:\.[0-9]+)?%?|[()+\-−×÷*/,])")


class FormulaError(ValueError):
    """A clause a calculator could not read."""


class _Parser:
    def __init__(self, text: str):
        self.toks: list[str] = []
        pos = 0
        text = text.strip()
        while pos < len(text):
            m = TOKEN.match(text, pos)
            if not m:
                raise FormulaError(f"cannot parse at {text[pos:]!r}")
            self.toks.append(m.group(1))
            pos = m.end()
        self.i = 0

    def value(self) -> Decimal:
        v = self.expr()
        if self.peek() is not None:
            raise FormulaError(f"unexpected {self.peek()!r}")
        return v

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self, want=None):
        t = self.peek()
        if t is None or (want and t != want):
            raise FormulaError(f"expected {want or 'more'} got {t}")
        self.i += 1
        return t

    def expr(self) -> Decimal:
        v = self.term()
        while self.peek() in ("+", "-", "−"):
            op = self.take()
            w = self.term()
            v = v + w if op == "+" else v - w
        return v

    def term(self) -> Decimal:
        v = self.atom()
        while self.peek() in ("×", "*", "÷", "/"):
            op = self.take()
            w = self.atom()
            v = v * w if op in ("×", "*") else v / w
        return v

    def atom(self) -> Decimal:
        t = self.take()
        if t in ("min", "max"):
            self.take("(")
            args = [self.expr()]
            while self.peek() == ",":
                self.take(",")
                args.append(self.expr())
            self.take(")")
            return min(args) if t == "min" else max(args)
        if t == "(":
            v = self.expr()
            self.take(")")
            return v
        if t in ("-", "−"):
            return -self.atom()
        if t.endswith("%"):
            return Decimal(t[:-1].replace(",", "")) / 100
        if t[0].isdigit():
            return Decimal(t.replace(",", ""))
        raise FormulaError(f"unexpected {t!r}")


def evaluate(text: str) -> Decimal:
    return _Parser(text).value()


def mismatches(formula: str) -> list[str]:
    """Each `lhs = rhs` clause of a formula that does not re-add, with what it recomputes to."""
    bad = []
    if "≠" in formula or "=" not in formula:
        return bad
    for clause in formula.split(";"):
        if "=" not in clause:
            continue
        lhs, rhs = clause.rsplit("=", 1)
        try:
            got = evaluate(lhs)
            shown = evaluate(rhs)
        except (FormulaError, ArithmeticError) as exc:
            bad.append(f"unparsable clause {clause.strip()!r}: {exc}")
            continue
        exact = rhs.strip().endswith("%") or (re.fullmatch(r"\s*[0-9]+\s*", rhs) is not None and "." not in lhs)
        recomputed = got if exact else got.quantize(FEN, rounding=ROUND_HALF_UP)
        if recomputed != shown:
            bad.append(f"{clause.strip()}  [recomputed {recomputed}]")
    return bad
