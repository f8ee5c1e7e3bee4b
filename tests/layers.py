"""The import walker behind tests/test_layers.py: which modules each room of the house imports,
read from the source with `ast` (nothing is imported), so that STYLE.md's picture of who may
import what is checked against the code.

Two readings of "imports":
- direct: every import statement of a module, module level or inside a function (a lazy import
  is still a dependency), except those under `if TYPE_CHECKING:` (they never run);
- at import time: the modules loading a module loads, followed transitively, with the parent
  packages Python runs first (`import qdiff.align.model` runs `qdiff/align/__init__.py`).
A name a package hands out lazily through a module `__getattr__` (`from qdiff.align import
compare` loads the engine on first use) counts as importing what that `__getattr__` imports, and
`importlib.import_module("literal")` counts as an import statement.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Imports:
    direct: frozenset[str]  # every import that can run
    at_load: frozenset[str]  # those that run when the module is loaded
    defined: frozenset[str]  # names bound at module level (what `from module import name` finds)
    lazy: frozenset[str]  # imports of a module-level `__getattr__`: what its lazy names load


def module_files(packages: Mapping[str, Path]) -> dict[str, Path]:
    """Each module's dotted name and file, for packages given as {dotted name: directory}."""
    found: dict[str, Path] = {}
    for package, directory in packages.items():
        for path in sorted(directory.rglob("*.py")):
            parts = list(path.relative_to(directory).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            if "__pycache__" in parts:
                continue
            found[".".join([package, *parts])] = path
    return found


def read_imports(path: Path, module: str, is_package: bool) -> Imports:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    direct: set[str] = set()
    at_load: set[str] = set()
    defined: set[str] = set()
    lazy: set[str] = set()
    base = module if is_package else module.rpartition(".")[0]

    def names(node: ast.Import | ast.ImportFrom) -> list[str]:
        if isinstance(node, ast.Import):
            return [alias.name for alias in node.names]
        if node.level:
            anchor = base.split(".")
            anchor = anchor[: len(anchor) - (node.level - 1)]
            source = ".".join([*anchor, *([node.module] if node.module else [])])
        else:
            source = node.module or ""
        # `from a import b` may import the module a.b; kept as a candidate, resolved later.
        return [source, *(f"{source}.{alias.name}" for alias in node.names)]

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child.test):
                for other in child.orelse:
                    visit_statement(other, in_function)
                continue
            visit_statement(child, in_function)

    def visit_statement(node: ast.AST, in_function: bool) -> None:
        found: list[str] = []
        if isinstance(node, ast.Import | ast.ImportFrom):
            found = names(node)
        elif isinstance(node, ast.Call) and _is_import_call(node):
            found = [node.args[0].value]  # type: ignore[attr-defined]
        if found:
            direct.update(found)
            if not in_function:
                at_load.update(found)
            return
        inside = in_function or isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        visit(node, inside)

    visit(tree, False)
    for statement in tree.body:
        defined.update(_bound_names(statement))
        if isinstance(statement, ast.FunctionDef) and statement.name == "__getattr__":
            for node in ast.walk(statement):
                if isinstance(node, ast.Import | ast.ImportFrom):
                    lazy.update(names(node))
    return Imports(frozenset(direct), frozenset(at_load), frozenset(defined), frozenset(lazy))


def _is_import_call(node: ast.Call) -> bool:
    """`importlib.import_module("a.b")`, `import_module("a.b")` or `__import__("a.b")`."""
    function = node.func
    name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
    return (
        name in ("import_module", "__import__")
        and bool(node.args)
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    )


def _bound_names(statement: ast.stmt) -> set[str]:
    if isinstance(statement, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
        return {statement.name}
    if isinstance(statement, ast.Import | ast.ImportFrom):
        return {(alias.asname or alias.name).split(".")[0] for alias in statement.names}
    targets: list[ast.expr] = []
    if isinstance(statement, ast.Assign):
        targets = statement.targets
    elif isinstance(statement, ast.AnnAssign | ast.AugAssign):
        targets = [statement.target]
    return {
        node.id for target in targets for node in ast.walk(target) if isinstance(node, ast.Name)
    }


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


class ImportGraph:
    def __init__(self, packages: Mapping[str, Path]) -> None:
        self.files = module_files(packages)
        self.imports = {
            name: read_imports(path, name, path.name == "__init__.py")
            for name, path in self.files.items()
        }

    def _resolve(self, candidates: Iterable[str]) -> set[str]:
        """Candidates as modules: a project name that is no module (`from a import b` where b is
        a function) is dropped; a third-party name is kept as written."""
        resolved = set()
        for name in candidates:
            if name in self.files or not name.startswith(self._roots()):
                resolved.add(name)
                continue
            package, _, attribute = name.rpartition(".")
            found = self.imports.get(package)
            if found is not None and found.lazy and attribute not in found.defined:
                # A name the package hands out through __getattr__: what that loads, loads.
                resolved.update(self._resolve(found.lazy))
        return resolved

    def _roots(self) -> tuple[str, ...]:
        return tuple({name.split(".")[0] for name in self.files})

    def direct(self, module: str) -> set[str]:
        return self._resolve(self.imports[module].direct)

    def loaded_by(self, module: str) -> set[str]:
        """Every module loading `module` loads (its own imports, theirs, and their parents)."""
        seen: set[str] = set()
        stack = [module]
        while stack:
            current = stack.pop()
            if current in seen:
                continue
            seen.add(current)
            parts = current.split(".")
            parents = [".".join(parts[:i]) for i in range(1, len(parts))]
            stack.extend(p for p in parents if p in self.files)
            if current in self.imports:
                stack.extend(self._resolve(self.imports[current].at_load))
        seen.discard(module)
        return seen


def is_within(module: str, prefixes: Iterable[str]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


@dataclass(frozen=True)
class Contract:
    name: str
    layer: tuple[str, ...]  # the room's modules: these prefixes...
    outside: tuple[str, ...]  # ...minus these
    forbidden: tuple[str, ...]
    transitive: bool = False  # also what loading a module loads, not only its own imports

    def modules(self, graph: ImportGraph) -> list[str]:
        return sorted(
            m for m in graph.files if is_within(m, self.layer) and not is_within(m, self.outside)
        )

    def violations(self, graph: ImportGraph) -> list[str]:
        found = []
        for module in self.modules(graph):
            for imported in sorted(graph.direct(module)):
                if is_within(imported, self.forbidden):
                    found.append(f"{module} imports {imported}")
            if self.transitive:
                for imported in sorted(graph.loaded_by(module)):
                    if is_within(imported, self.forbidden):
                        found.append(f"loading {module} loads {imported}")
        return found


OUTER_ROOMS = (
    "qdiff.app", "qdiff.output", "qdiff.commands", "qdiff.cli", "qdiff.__main__",
    "qdiff.store", "qdiff.reports", "qdiff.migrations",
)  # fmt: skip
CONTRACTS = (
    Contract(
        "the core works with no database, no templates and no command line",
        layer=("qdiff",),
        outside=OUTER_ROOMS,
        forbidden=(*OUTER_ROOMS, "click", "rich", "sqlalchemy", "jinja2", "alembic", "psycopg"),
        transitive=True,
    ),
    Contract(
        "the store is SQL only: it never computes nor renders",
        layer=("qdiff.store",),
        outside=(),
        forbidden=(
            "qdiff.app",
            "qdiff.output",
            "qdiff.reports",
            "qdiff.commands",
            "qdiff.cli",
            "qdiff.align.engine",
            "click",
            "rich",
            "jinja2",
        ),
        transitive=True,
    ),
    Contract(
        "the reports render core and output objects and never query the database",
        layer=("qdiff.reports",),
        outside=(),
        forbidden=(
            "qdiff.store",
            "qdiff.app",
            "qdiff.commands",
            "qdiff.cli",
            "sqlalchemy",
            "click",
        ),
        transitive=True,
    ),
    Contract(
        "output formats depend on the core only",
        layer=("qdiff.output",),
        outside=(),
        forbidden=(
            "qdiff.store",
            "qdiff.app",
            "qdiff.reports",
            "qdiff.commands",
            "qdiff.cli",
            "sqlalchemy",
            "jinja2",
            "click",
        ),
        transitive=True,
    ),
    Contract(
        "use cases are callable from Python: no command line, no formats",
        layer=("qdiff.app",),
        outside=(),
        forbidden=(
            "qdiff.commands",
            "qdiff.cli",
            "qdiff.output",
            "qdiff.reports",
            "click",
        ),
        transitive=True,
    ),
    Contract(
        "use cases reach the database through the store's API only, never SQL of their own",
        layer=("qdiff.app",),
        outside=(),
        forbidden=("sqlalchemy", "psycopg"),
    ),
    Contract(
        "migrations know the store's metadata, nothing that computes or renders",
        layer=("qdiff.migrations",),
        outside=(),
        forbidden=(
            "qdiff.app",
            "qdiff.output",
            "qdiff.reports",
            "qdiff.commands",
            "qdiff.cli",
            "qdiff.align.engine",
            "click",
            "jinja2",
        ),
        transitive=True,
    ),
)


def violations(packages: Mapping[str, Path]) -> dict[str, list[str]]:
    graph = ImportGraph(packages)
    return {contract.name: contract.violations(graph) for contract in CONTRACTS}
