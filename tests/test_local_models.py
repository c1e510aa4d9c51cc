"""The GGUF registry: assembly from part packages found through importlib.metadata.

Fake part distributions (a ``*.dist-info`` with a RECORD) are written to a temporary directory
on ``sys.path``, so these tests need neither llama.cpp nor the real 1.1 GB of parts.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

from summarizer import localmodels as lm


def _fake_dist(root: Path, dist: str, rel: str, data: bytes) -> None:
    mod = dist.replace("-", "_")
    info = root / f"{mod}-0.1.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 0.1\n")
    digest = hashlib.sha256(data).hexdigest()
    (info / "RECORD").write_text(f"{rel},sha256={digest},{len(data)}\n{mod}-0.1.dist-info/METADATA,,\n")
    target = root / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


@pytest.fixture()
def fake_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> lm.ModelSpec:
    site = tmp_path / "site"
    chunks = [b"GGUF" + bytes(range(256)) * 40, bytes(range(255, -1, -1)) * 40, b"tail" * 10]
    parts = []
    for i, data in enumerate(chunks, 1):
        dist = f"zz-fake-gguf-part{i}"
        rel = f"zz_fake_gguf_part{i}/data/part{i:02d}.bin"
        _fake_dist(site, dist, rel, data)
        parts.append(lm.Part(dist, "0.1", rel, len(data)))
    whole = b"".join(chunks)
    spec = lm.ModelSpec(
        name="zz-fake",
        title="fake",
        parts=tuple(parts),
        size=len(whole),
        sha256=hashlib.sha256(whole).hexdigest(),
        origin="test",
    )
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.setitem(lm.MODELS, spec.name, spec)
    monkeypatch.setenv(lm.MODEL_DIR_ENV, str(tmp_path / "cache"))
    monkeypatch.delenv(lm.MODEL_PATH_ENV, raising=False)
    return spec


def test_assembles_once_and_verifies(fake_model: lm.ModelSpec, tmp_path: Path) -> None:
    path = lm.ensure_model("zz-fake", progress=False)
    assert path == tmp_path / "cache" / "zz-fake.gguf"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == fake_model.sha256
    assert lm.verify("zz-fake")
    mtime = path.stat().st_mtime_ns
    assert lm.ensure_model("zz-fake", progress=False) == path  # not assembled again
    assert path.stat().st_mtime_ns == mtime
    assert not list(path.parent.glob(".*.part"))  # no temporary file left
    row = next(r for r in lm.models_report() if r["name"] == "zz-fake")
    assert row["parts_installed"] and row["path"] == str(path) and row["path_size"] == fake_model.size


def test_bad_pin_leaves_nothing(fake_model: lm.ModelSpec, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = lm.ModelSpec(**{**fake_model.__dict__, "sha256": "0" * 64})
    monkeypatch.setitem(lm.MODELS, "zz-fake", bad)
    with pytest.raises(lm.ModelNotAvailable, match="does not match its pin"):
        lm.ensure_model("zz-fake", progress=False)
    assert not lm.assembled_path("zz-fake").exists()
    assert not list(lm.models_dir().glob(".*"))


def test_missing_parts_say_how_to_install(fake_model: lm.ModelSpec, monkeypatch: pytest.MonkeyPatch) -> None:
    missing = lm.Part("zz-not-installed-part9", "0.1", "x/data/part09.bin", 3)
    spec = lm.ModelSpec(**{**fake_model.__dict__, "parts": (*fake_model.parts, missing)})
    monkeypatch.setitem(lm.MODELS, "zz-fake", spec)
    with pytest.raises(lm.ModelNotAvailable, match=r"zz-not-installed-part9.*pip install"):
        lm.ensure_model("zz-fake", progress=False)
    row = next(r for r in lm.models_report() if r["name"] == "zz-fake")
    assert row["parts_missing"] == ["zz-not-installed-part9"] and row["path"] is None


def test_default_missing_points_at_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    spec = lm.MODELS[lm.DEFAULT_MODEL]
    gone = lm.ModelSpec(**{**spec.__dict__, "parts": (lm.Part("zz-absent-part1", "0", "a/b.bin", 1),)})
    gone = lm.ModelSpec(**{**gone.__dict__, "parts": (*gone.parts, *gone.parts)})  # not single-file
    monkeypatch.setitem(lm.MODELS, lm.DEFAULT_MODEL, gone)
    monkeypatch.delenv(lm.MODEL_PATH_ENV, raising=False)
    monkeypatch.setenv(lm.MODEL_DIR_ENV, "/nonexistent-summarizer-test")
    with pytest.raises(lm.ModelNotAvailable, match=r"pip install 'summarizer\[local\]'"):
        lm.ensure_model(progress=False)


def test_explicit_and_env_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "any.gguf"
    f.write_bytes(b"GGUF")
    assert lm.ensure_model(path=f) == f
    assert lm.ensure_model(str(f)) == f
    monkeypatch.setenv(lm.MODEL_PATH_ENV, str(f))
    assert lm.ensure_model("qwen2.5-coder-1.5b") == f
    monkeypatch.setenv(lm.MODEL_PATH_ENV, str(tmp_path / "missing.gguf"))
    with pytest.raises(lm.ModelNotAvailable, match="does not exist"):
        lm.ensure_model()


def test_registry_is_consistent() -> None:
    assert lm.default_model_name() in lm.MODELS
    for spec in lm.MODELS.values():
        assert sum(p.size for p in spec.parts) == spec.size
        assert len(spec.sha256) == 64
    assert len(lm.MODELS[lm.DEFAULT_MODEL].parts) == 22


def test_pyproject_local_extra_pins_the_default_parts() -> None:
    import tomllib

    root = Path(__file__).resolve().parent.parent
    extra = tomllib.loads((root / "pyproject.toml").read_text())["project"]["optional-dependencies"]["local"]
    for pkg in lm.MODELS[lm.DEFAULT_MODEL].packages:
        assert pkg in extra


if sys.platform == "win32":  # pragma: no cover
    pytest.skip("POSIX paths", allow_module_level=True)
