using System;
using System.Collections.Generic;
using System.Text;

namespace MicroPython.Compiler;

/// <summary>
/// Which string literals become qstrs (LOAD_CONST_STRING) rather than constant objects (mpy-format.md §10): every
/// literal of at most <see cref="MaxInternLength"/> UTF-8 bytes, and a longer one only when the same text is
/// already interned when the parser reaches it — a built-in name, or an identifier or short string seen earlier in
/// the source.
/// </summary>
internal sealed class StringInterning
{
    /// <summary>MICROPY_ALLOC_PARSE_INTERN_STRING_LEN.</summary>
    public const int MaxInternLength = 10;

    // Long strings the runtime always has interned: the long entries of the static qstr list, plus names the
    // facts show mpy-cross interning. Short strings need no entry: they are always interned.
    private static readonly string[] s_builtinLongNames =
    {
        "__delitem__", "__getattr__", "__getitem__", "__qualname__", "__setitem__", "__contains__",
        "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "GeneratorExit", "ImportError",
        "IndentationError", "KeyboardInterrupt", "LookupError", "MemoryError", "NotImplementedError",
        "OverflowError", "RuntimeError", "StopIteration", "SyntaxError", "ZeroDivisionError", "classmethod",
        "micropython", "staticmethod",
    };

    private readonly HashSet<string> _interned = new(s_builtinLongNames, StringComparer.Ordinal);

    /// <summary>True when a literal of this text would be a qstr at this point of the source.</summary>
    public bool IsInterned(string text) => IsShort(text) || _interned.Contains(text);

    /// <summary>An identifier (or short string) was met: later long literals with the same text are qstrs.</summary>
    public void Intern(string text) => _interned.Add(text);

    /// <summary>A string literal was met: short ones are interned, long ones are only looked up.</summary>
    public bool NoteLiteral(string text)
    {
        if (IsShort(text))
        {
            _interned.Add(text);
            return true;
        }

        return _interned.Contains(text);
    }

    public static bool IsShort(string text) =>
        text.Length <= MaxInternLength && Encoding.UTF8.GetByteCount(text) <= MaxInternLength;
}
