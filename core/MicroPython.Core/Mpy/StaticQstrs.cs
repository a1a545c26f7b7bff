using System;
using System.Collections.Generic;

namespace MicroPython.Mpy;

/// <summary>
/// The 165 strings whose numbers are fixed in every MicroPython build (static-qstrs.md). A .mpy qstr entry with its
/// low bit set names one of these by number instead of spelling it out, so the table must be kept exactly.
/// </summary>
public static class StaticQstrs
{
    /// <summary>Static number N is at index N - 1; number 0 is the null qstr and never appears in a file.</summary>
    private static readonly string[] s_table =
    [
        "", "__dir__", "\n", " ", "*", "/", "<module>", "_", "__call__", "__class__", "__delitem__", "__enter__",
        "__exit__", "__getattr__", "__getitem__", "__hash__", "__init__", "__int__", "__iter__", "__len__",
        "__main__", "__module__", "__name__", "__new__", "__next__", "__qualname__", "__repr__", "__setitem__",
        "__str__", "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "EOFError", "Ellipsis",
        "Exception", "GeneratorExit", "ImportError", "IndentationError", "IndexError", "KeyError",
        "KeyboardInterrupt", "LookupError", "MemoryError", "NameError", "NoneType", "NotImplementedError", "OSError",
        "OverflowError", "RuntimeError", "StopIteration", "SyntaxError", "SystemExit", "TypeError", "ValueError",
        "ZeroDivisionError", "abs", "all", "any", "append", "args", "bool", "builtins", "bytearray", "bytecode",
        "bytes", "callable", "chr", "classmethod", "clear", "close", "const", "copy", "count", "dict", "dir",
        "divmod", "end", "endswith", "eval", "exec", "extend", "find", "format", "from_bytes", "get", "getattr",
        "globals", "hasattr", "hash", "id", "index", "insert", "int", "isalpha", "isdigit", "isinstance", "islower",
        "isspace", "issubclass", "isupper", "items", "iter", "join", "key", "keys", "len", "list", "little",
        "locals", "lower", "lstrip", "main", "map", "micropython", "next", "object", "open", "ord", "pop", "popitem",
        "pow", "print", "range", "read", "readinto", "readline", "remove", "replace", "repr", "reverse", "rfind",
        "rindex", "round", "rsplit", "rstrip", "self", "send", "sep", "set", "setattr", "setdefault", "sort",
        "sorted", "split", "start", "startswith", "staticmethod", "step", "stop", "str", "strip", "sum", "super",
        "throw", "to_bytes", "tuple", "type", "update", "upper", "utf-8", "value", "values", "write", "zip",
    ];

    private static readonly Dictionary<string, int> s_numbers = BuildIndex();

    /// <summary>The highest static number (<c>zip</c>).</summary>
    public static int Last => s_table.Length;

    /// <summary>The string with static number <paramref name="number"/> (1 … <see cref="Last"/>).</summary>
    public static string Get(int number) => s_table[number - 1];

    /// <summary>The static number of <paramref name="value"/>, or 0 when it is not in the static list.</summary>
    public static int NumberOf(string value) => s_numbers.TryGetValue(value, out int n) ? n : 0;

    private static Dictionary<string, int> BuildIndex()
    {
        var index = new Dictionary<string, int>(s_table.Length, StringComparer.Ordinal);
        for (int i = 0; i < s_table.Length; i++)
        {
            index[s_table[i]] = i + 1;
        }

        return index;
    }
}
