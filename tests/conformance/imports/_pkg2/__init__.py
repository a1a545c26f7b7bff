# Helper package that imports its submodule on import.
from . import _part
total = _part.part_value + 1
