#!/usr/bin/env python3
"""Holds Grammar/convene.ebnf to the scripts the Swift parser is tested with.

Builds a reference parser from the grammar file with Lark and checks that it
accepts every Example and every test script the Swift parser must accept, and
rejects every script in Fixtures/parse-errors and every fixture whose golden
`.expected` output holds a lexical or syntax error. It also checks that the
editor grammar, Grammar/convene.tmLanguage.json, is well formed.

Run it from anywhere:  python3 Tests/Grammar/check_grammar.py
It prints one line per file, then `N passed, N failed`, and exits 1 on any
failure. It needs Lark:  pip install lark
"""

import json
import re
import sys
from pathlib import Path

try:
    import lark
    from lark import Token
    from lark.exceptions import UnexpectedInput
except ImportError:
    print("check_grammar.py needs the Lark parser library: pip install lark", file=sys.stderr)
    sys.exit(1)

ROOT = Path(__file__).resolve().parents[2]
GRAMMAR = ROOT / "Grammar" / "convene.ebnf"
EDITOR_GRAMMAR = ROOT / "Grammar" / "convene.tmLanguage.json"
FIXTURES = ROOT / "Tests" / "ConveneLanguageTests" / "Fixtures"

# Each glob is relative to ROOT; `**` reaches into sub-folders (Examples/library).
# A script here is syntactically valid unless its golden `NAME.expected`
# output holds a lexical or syntax diagnostic (CV00xx, CV01xx): a checker
# fixture may show such an error reported alongside the checker's own.
SCRIPTS = [
    "Examples/**/*.convene",
    "Tests/ConveneLanguageTests/Fixtures/syntax/valid/*.convene",
    "Tests/ConveneLanguageTests/Fixtures/check/**/*.convene",
    "Tests/ConveneLanguageTests/Fixtures/format/*.convene",
    "Tests/ConveneLanguageTests/Fixtures/plan/**/*.convene",
]
# Every script here is broken.
BROKEN_SCRIPTS = [
    "Tests/ConveneLanguageTests/Fixtures/parse-errors/*.convene",
]
SYNTAX_CODE = re.compile(r"\[CV0[01][0-9][0-9]\]")

class ReferenceParser:
    """An LALR parser built from the grammar file.

    Words the grammar quotes but does not reserve (`method`, `dots`, `role`,
    `x` …) are settings only where the grammar expects one: a word the parser
    cannot take as a setting is fed to it as a NAME instead. This is the rule
    the Swift parser follows; Lark's contextual lexer alone gets it wrong
    after an expression, where LALR merges what may follow.
    """

    def __init__(self, grammar_text):
        self.lark = lark.Lark(grammar_text, parser="lalr", lexer="basic", start=["start", "expr"])
        self.name = re.compile(self.lark.get_terminal("NAME").pattern.to_regexp())
        # How to show a terminal in an error: a word or symbol as written, else its name.
        self.shown = {
            terminal.name: (repr(terminal.pattern.value) if terminal.pattern.type == "str" else terminal.name)
            for terminal in self.lark.terminals
        }
        self.shown["$END"] = "end of text"

    def parse(self, text):
        """Parses a whole script; raises UnexpectedInput when it is not one."""
        tokens = list(self.lark.lex(text))
        self._feed(tokens, "start")
        for token in tokens:
            if token.type == "STRING":
                self._check_interpolations(token)

    def _feed(self, tokens, start):
        interactive = self.lark.parse_interactive(start=start)
        for token in tokens:
            interactive = self._feed_token(interactive, token)
        interactive.feed_eof(tokens[-1] if tokens else None)

    def _feed_token(self, interactive, token):
        if token.type == "NAME" or not self.name.fullmatch(token.value):
            interactive.feed_token(token)
            return interactive
        trial = interactive.copy()
        try:
            trial.feed_token(token)
            return trial
        except UnexpectedInput as setting_error:
            try:
                interactive.feed_token(Token.new_borrow_pos("NAME", token.value, token))
            except UnexpectedInput:
                raise setting_error from None
            return interactive

    def _check_interpolations(self, token):
        body = token.value[3:-3] if token.value.startswith('"""') else token.value[1:-1]
        index = 0
        while index < len(body):
            char = body[index]
            if char == "\\":
                index += 2
            elif char == "{":
                close = body.find("}", index + 1)
                if close < 0:
                    raise StringError(token, "a `{` without its `}` (write \\{ for a brace)")
                self._check_interpolation(token, body[index + 1:close])
                index = close + 1
            elif char == "}":
                raise StringError(token, "a `}` that closes no interpolation (write \\} for a brace)")
            else:
                index += 1

    def _check_interpolation(self, token, inner):
        for forbidden, what in (('"', "a string"), ("\\", "a backslash"), ("{", "a `{`")):
            if forbidden in inner:
                raise StringError(token, f"the interpolation {{{inner}}} contains {what}")
        try:
            self._feed(list(self.lark.lex(inner)), "expr")
        except UnexpectedInput as error:
            raise StringError(token, f"the interpolation {{{inner}}} is not an expression: {self.describe(error)}") from None

    def describe(self, error):
        """What a parse error found, and where, in one line."""
        if isinstance(error, lark.exceptions.UnexpectedToken):
            found = self.shown["$END"] if error.token.type == "$END" else repr(error.token.value)
            expected = sorted(self.shown.get(name, name) for name in error.expected)
            more = ", …" if len(expected) > 8 else ""
            return (f"line {error.line}, column {error.column}: unexpected {found}; "
                    f"expected {', '.join(expected[:8])}{more}")
        if isinstance(error, lark.exceptions.UnexpectedCharacters):
            return f"line {error.line}, column {error.column}: no token starts with {error.char!r}"
        return str(error).strip().splitlines()[0]


class StringError(Exception):
    """A string literal whose interpolations are malformed."""

    def __init__(self, token, message):
        super().__init__(f"line {token.line}, column {token.column}: {message}")


def files(patterns):
    found = set()
    for pattern in patterns:
        found.update(path for path in ROOT.glob(pattern) if path.is_file())
    return sorted(found)


def expects_syntax_error(script):
    """Whether the script's golden diagnostics include a lexical or syntax error."""
    expected = script.with_suffix(".expected")
    return expected.is_file() and SYNTAX_CODE.search(expected.read_text(encoding="utf-8")) is not None


def parse_file(parser, path):
    """None when the file parses, else why not."""
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as error:
        return f"not UTF-8: {error}"
    try:
        parser.parse(text)
    except UnexpectedInput as error:
        return parser.describe(error)
    except StringError as error:
        return str(error)
    return None


def check_editor_grammar():
    """None when the TextMate grammar is well formed, else what is wrong."""
    try:
        grammar = json.loads(EDITOR_GRAMMAR.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return f"not readable JSON: {error}"
    if grammar.get("scopeName") != "source.convene":
        return "scopeName is not source.convene"
    if "convene" not in grammar.get("fileTypes", []):
        return "fileTypes does not list convene"
    repository = grammar.get("repository", {})
    problems = []

    def walk(rule, where):
        for key in ("match", "begin", "end", "while"):
            if key in rule:
                try:
                    re.compile(rule[key])
                except re.error as error:
                    problems.append(f"{where}.{key}: {error}")
        include = rule.get("include", "")
        if include.startswith("#") and include[1:] not in repository:
            problems.append(f"{where}: includes unknown #{include[1:]}")
        for index, child in enumerate(rule.get("patterns", [])):
            walk(child, f"{where}.patterns[{index}]")

    walk(grammar, "grammar")
    for name, rule in repository.items():
        walk(rule, f"repository.{name}")
    return "; ".join(problems) or None


def main():
    try:
        parser = ReferenceParser(GRAMMAR.read_text(encoding="utf-8"))
    except (OSError, lark.exceptions.GrammarError) as error:
        print(f"FAIL  {GRAMMAR.relative_to(ROOT)}: cannot build a parser: {error}")
        print("0 passed, 1 failed")
        return 1

    passed = failed = 0

    def report(ok, line):
        nonlocal passed, failed
        print(("ok    " if ok else "FAIL  ") + line)
        passed, failed = passed + ok, failed + (not ok)

    broken = set(files(BROKEN_SCRIPTS))
    broken.update(path for path in files(SCRIPTS) if expects_syntax_error(path))
    for path in sorted(set(files(SCRIPTS)) | broken):
        error = parse_file(parser, path)
        name = path.relative_to(ROOT)
        if path in broken:
            report(error is not None, f"rejects {name}: {error}" if error else f"should reject {name}, but accepts it")
        else:
            report(error is None, f"accepts {name}" if error is None else f"should accept {name}: {error}")
    problem = check_editor_grammar()
    name = EDITOR_GRAMMAR.relative_to(ROOT)
    report(problem is None, f"well formed {name}" if problem is None else f"{name}: {problem}")

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
