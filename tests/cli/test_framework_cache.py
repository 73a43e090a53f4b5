"""The framework cache (framework/cache.py) never serves what the files do not say: a
changed file, a corrupt cache file and another user's cache file are all answered from
the framework's files themselves, and the cache is written anew."""

from __future__ import annotations

import json
import os
import shutil

import pytest

from kwaliteitslabel.framework import cache
from tests.conftest import ROOT
from tests.system import run

OLD_TITLE = "Methodisch werken van vraag tot evaluatie"
NEW_TITLE = "Methodisch werken van vraag tot Evaluatie"  # the same length


@pytest.fixture
def framework(tmp_path):
    folder = tmp_path / "kader"
    shutil.copytree(ROOT / "norms" / "2019", folder)
    return folder


def _title(folder) -> str:
    """V1's title as `norms show` gives it, in a process of its own (as a user runs it:
    within one process the framework is also kept in memory)."""
    result = run("norms", "show", "V1", "--norms", folder, "--json")
    assert result.exit_code == 0, result.output
    return str(json.loads(result.stdout)["title"])


def test_the_second_load_comes_from_the_cache(framework):
    assert _title(framework) == OLD_TITLE
    path = cache.cache_path(framework)
    assert json.loads(path.read_bytes())["key"] == cache.stamps(framework)
    assert oct(path.parent.stat().st_mode & 0o777) == "0o700"
    assert _title(framework) == OLD_TITLE


def test_a_changed_file_is_never_served_from_the_cache(framework):
    """Same size and the same mtime: only the bytes' SHA-256 tells the change."""
    assert _title(framework) == OLD_TITLE
    norms = framework / "vakmanschap.yaml"
    before = norms.stat()
    text = norms.read_text(encoding="utf-8")
    assert NEW_TITLE != OLD_TITLE and len(NEW_TITLE) == len(OLD_TITLE)
    norms.write_text(text.replace(OLD_TITLE, NEW_TITLE, 1), encoding="utf-8")
    os.utime(norms, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert norms.stat().st_size == before.st_size
    assert norms.stat().st_mtime_ns == before.st_mtime_ns
    assert _title(framework) == NEW_TITLE


def test_a_corrupt_cache_is_ignored_and_written_anew(framework):
    assert _title(framework) == OLD_TITLE
    path = cache.cache_path(framework)
    kept = json.loads(path.read_bytes())
    for damage in (b"{niet af", b"[]", json.dumps({**kept, "norms": [["x", {}]]}).encode(),
                   json.dumps({**kept, "fingerprint": "0" * 64}).encode()):
        path.write_bytes(damage)
        assert _title(framework) == OLD_TITLE
        assert json.loads(path.read_bytes()) == kept


def _forged(framework) -> bytes:
    """The cache with the right key but another title (and the print that goes with it)."""
    from kwaliteitslabel.framework.loaded import Framework

    kept = json.loads(cache.cache_path(framework).read_bytes())
    kept["norms"][0][1]["title"] = "Vervalst"
    from kwaliteitslabel.framework.model import Manifest, Norm
    norms = [Norm.model_validate(data) for _, data in kept["norms"]]
    for norm, (area, _) in zip(norms, kept["norms"], strict=True):
        norm._area = area
    kept["fingerprint"] = Framework(framework, Manifest.model_validate(kept["manifest"]),
                                    norms).fingerprint
    return json.dumps(kept).encode()


def test_a_cache_file_of_another_user_is_ignored(framework):
    if os.geteuid() != 0:
        pytest.skip("giving a file to another user needs root")
    assert _title(framework) == OLD_TITLE
    path = cache.cache_path(framework)
    path.write_bytes(_forged(framework))
    assert _title(framework) == "Vervalst"  # the check above can fail: a forged
    path.write_bytes(_forged(framework))          # file of this user's own is read
    os.chown(path, 65534, 65534)
    assert _title(framework) == OLD_TITLE
    assert path.stat().st_uid == os.geteuid()  # and written anew, as this user's


def test_a_symlink_in_place_of_the_cache_is_not_followed(framework, tmp_path):
    assert _title(framework) == OLD_TITLE
    path = cache.cache_path(framework)
    elsewhere = tmp_path / "elders.json"
    elsewhere.write_bytes(_forged(framework))
    path.unlink()
    path.symlink_to(elsewhere)
    assert _title(framework) == OLD_TITLE
    assert not path.is_symlink() and b"Vervalst" in elsewhere.read_bytes()
