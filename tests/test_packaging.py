"""`make install` is quiet: the editable install is a plain .pth file, not setuptools' meta path
finder, which announces itself with a block of warnings on every install."""

import tomllib

from lib.paths import project_root


def test_the_flat_layout_is_declared_so_the_editable_install_needs_no_finder():
    config = tomllib.loads((project_root() / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = config["tool"]["setuptools"]
    # setuptools uses a .pth file only when package-dir is exactly {"": <dir>} and every
    # package lies under that dir (setuptools.command.editable_wheel._select_strategy).
    assert setuptools["package-dir"] == {"": "."}
    assert setuptools["packages"]["find"]["include"] == ["lib*"]
    assert (project_root() / "lib" / "__init__.py").is_file()
