"""digest: a static-site generator for a curated news digest."""

# The one place the version is written: the wheel's metadata is made from it
# (pyproject.toml, [tool.hatch.version]), and pages and feeds name it as their generator.
__version__ = "0.2.0"

# The distribution's name on PyPI (`pip install digest-ssg`). The PyPI project named
# "digest" is an unrelated message-digest calculator that installs a module `digest` and
# a command `digest` too: the two cannot live in one environment.
DISTRIBUTION = "digest-ssg"
