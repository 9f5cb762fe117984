"""The layout rules: rule words live in lexicon tables, and the layers import downwards only."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "newsgraph"
MAX_WORDS = 10
_COLLECTIONS = frozenset({"set", "frozenset", "list", "tuple"})


def _constant_strings(nodes: list[ast.expr | None]) -> list[str] | None:
    """The strings of a literal's elements when every element is a string constant."""
    if not nodes or not all(
        isinstance(n, ast.Constant) and isinstance(n.value, str) for n in nodes
    ):
        return None
    return [n.value for n in nodes]  # type: ignore[union-attr]


def _collection_words(node: ast.AST) -> int:
    """How many words a string collection written in code holds (0 for anything else):
    set/list/tuple/dict literals of string constants, ``"a b c".split()`` and
    ``words("a b c")``, also inside ``frozenset(…)`` and the like."""
    strings: list[str] | None = None
    if isinstance(node, ast.Set | ast.List | ast.Tuple):
        strings = _constant_strings(list(node.elts))
    elif isinstance(node, ast.Dict):
        strings = _constant_strings([*node.keys, *node.values])
    elif isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr == "split":
            strings = _constant_strings([func.value])
        elif isinstance(func, ast.Name) and func.id == "words" and node.args:
            strings = _constant_strings([node.args[0]])
    return sum(max(1, len(s.split())) for s in strings or ())


def _word_lists(path: Path) -> list[tuple[int, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [(n.lineno, w) for n in ast.walk(tree) if (w := _collection_words(n)) > MAX_WORDS]


def test_layout_no_word_lists_in_extraction_code() -> None:
    """Rule words belong in newsgraph/lexicon tables, where they are checked on load and
    a reader finds them; code keeps only short lists (at most ten words)."""
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{line}: {words} words"
        for path in sorted((PACKAGE / "extract").rglob("*.py"))
        for line, words in _word_lists(path)
    ]
    assert not found, "move these word lists into a lexicon table:\n" + "\n".join(found)


@pytest.mark.parametrize(
    "source",
    [
        'NAMES = frozenset({"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"})',
        'NAMES = words("a b c d e f g h i j k")',
        'NAMES = "a b c d e f g h i j k".split()',
        'NAMES = {"a b c d e f": "x y z", "k": "l"}',
    ],
)
def test_layout_word_list_check_sees_each_way_of_writing_one(source: str) -> None:
    assert [w for n in ast.walk(ast.parse(source)) if (w := _collection_words(n))] == [11]


def test_layout_word_list_check_ignores_short_lists_and_non_strings() -> None:
    source = 'A = {"a", "b"}\nB = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)\nC = {"x": f}'
    assert [w for n in ast.walk(ast.parse(source)) if (w := _collection_words(n))] == [2]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [
        ("lexicon", "newsgraph.extract"),  # the tables serve every layer, and need none
        ("store", "newsgraph.extract"),  # the store keeps records; it never analyses
        ("export", "newsgraph.extract"),
        ("scale", "newsgraph.store"),  # scale writes Parquet; `newsgraph load` stores it
        ("sources", "newsgraph.extract"),  # readers only make articles
    ],
)
def test_layout_layers_import_downwards(layer: str, forbidden: str) -> None:
    bad = [
        f"{path.relative_to(PACKAGE.parent)} imports {module}"
        for path in sorted((PACKAGE / layer).rglob("*.py"))
        for module in sorted(_imports(path))
        if module == forbidden or module.startswith(forbidden + ".")
    ]
    assert not bad, "\n".join(bad)
