using System;
using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Modules.Json;

/// <summary>
/// <c>json.dumps</c>: MicroPython prints the object with its <c>PRINT_JSON</c> print kind, which only the JSON-aware
/// types honour (str, bytes, None, bool, int, float, list, tuple, dict). Everything else is written in its repr
/// form rather than raising <c>TypeError</c> as CPython does (a set gives <c>{1, 2}</c>, an instance its
/// <c>__repr__</c>), and text is written as is, not <c>\uXXXX</c>-escaped (cpython-differences.md §3).
/// </summary>
internal sealed class JsonEncoder
{
    private static readonly StrObject s_repr = StrObject.Intern("__repr__");

    // Characters a JSON string cannot hold literally; everything else, non-ASCII included, is copied.
    private static readonly SearchValues<char> s_needsEscape = SearchValues.Create(
        "\"\\\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u0009\u000a\u000b\u000c\u000d\u000e\u000f" +
        "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f");

    private readonly string _itemSeparator;
    private readonly string _keySeparator;
    private readonly StringBuilder _sb = new();
    private PyRuntime? _runtime;
    private int _depth;

    public JsonEncoder(string itemSeparator, string keySeparator)
    {
        _itemSeparator = itemSeparator;
        _keySeparator = keySeparator;
    }

    public string Encode(PyObject o)
    {
        try
        {
            Write(o);
        }
        finally
        {
            if (_runtime != null)
            {
                _runtime.CallDepth -= _depth;
            }

            _depth = 0;
        }

        return _sb.ToString();
    }

    private void Write(PyObject o)
    {
        switch (o)
        {
            case StrObject s:
                WriteString(s.Value);
                return;
            case NoneObject:
                _sb.Append("null");
                return;
            case BoolObject b:
                _sb.Append(b.Value != 0 ? "true" : "false");
                return;
            case IntObject i:
                _sb.Append(i.Value.ToString(CultureInfo.InvariantCulture));
                return;
            case ListObject list:
                WriteList(list);
                return;
            case DictObject dict:
                // OrderedDict and other dict types print as a plain JSON object too (no "OrderedDict(" prefix).
                WriteDict(dict);
                return;
            case TupleObject tuple when ReferenceEquals(tuple.Type, TupleObject.PyType):
                // Named and attribute tuples have their own print functions, which ignore the JSON kind.
                WriteTuple(tuple.Items);
                return;
            case BytesObject bytes:
                // bytes share str's print function, so their contents become a JSON string.
                WriteString(Encoding.UTF8.GetString(bytes.Span));
                return;
        }

        if (o.Type.IsHeapType)
        {
            WriteInstance(o);
            return;
        }

        // Floats included: float's print ignores the kind, so `inf`/`nan` come out as Python writes them.
        _sb.Append(Ops.Repr(o));
    }

    private void WriteInstance(PyObject o)
    {
        // A user __repr__ wins (its result is written as str); otherwise the built-in base prints the native part
        // with the JSON kind, so a dict or list subclass is still a JSON object or array.
        var native = o.NativeSelf;
        if (o.Type.LookupUserSpecial(s_repr) == null && !ReferenceEquals(native, o))
        {
            Enter();
            Write(native);
            Leave();
            return;
        }

        _sb.Append(Ops.Repr(o));
    }

    private void WriteList(ListObject list)
    {
        Enter();
        _sb.Append('[');

        // Count and items are re-read every step: a user __repr__ inside may change the list, as in MicroPython.
        for (int i = 0; i < list.Count; i++)
        {
            if (i > 0)
            {
                _sb.Append(_itemSeparator);
            }

            Write(list[i]);
        }

        _sb.Append(']');
        Leave();
    }

    private void WriteTuple(PyObject[] items)
    {
        Enter();
        _sb.Append('[');
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                _sb.Append(_itemSeparator);
            }

            Write(items[i]);
        }

        _sb.Append(']');
        Leave();
    }

    private void WriteDict(DictObject dict)
    {
        Enter();
        _sb.Append('{');
        int position = 0;
        bool first = true;
        while (dict.TryGetNext(ref position, out var key, out var value))
        {
            if (!first)
            {
                _sb.Append(_itemSeparator);
            }

            first = false;
            var k = key.NativeSelf;
            if (k is StrObject ks)
            {
                WriteString(ks.Value);
            }
            else if (k is BytesObject kb)
            {
                WriteString(Encoding.UTF8.GetString(kb.Span));
            }
            else
            {
                // MicroPython quotes the JSON form of any other key: 1 → "1", None → "null", (1, 2) → "[1, 2]".
                _sb.Append('"');
                Write(key);
                _sb.Append('"');
            }

            _sb.Append(_keySeparator);
            Write(value);
        }

        _sb.Append('}');
        Leave();
    }

    private void WriteString(string s)
    {
        var sb = _sb;
        sb.Append('"');
        var rest = s.AsSpan();
        while (true)
        {
            int i = rest.IndexOfAny(s_needsEscape);
            if (i < 0)
            {
                sb.Append(rest);
                break;
            }

            sb.Append(rest.Slice(0, i));
            char c = rest[i];
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                default:
                    // MicroPython has no short forms for \b and \f: every other control character is \u00XX.
                    sb.Append("\\u00").Append(HexDigit(c >> 4)).Append(HexDigit(c & 0xF));
                    break;
            }

            rest = rest.Slice(i + 1);
        }

        sb.Append('"');
    }

    private static char HexDigit(int d) => (char)(d < 10 ? '0' + d : 'a' + d - 10);

    /// <summary>
    /// Nesting guard: MicroPython's print recursion hits its stack check on deep or self-containing structures
    /// (<c>RuntimeError: maximum recursion depth exceeded</c>; CPython reports a circular reference instead).
    /// </summary>
    private void Enter()
    {
        // Counted as calls (the limit of MicroPython's stack check); the count is given back when the
        // container is finished, and all at once by Encode if an error ends the encoding.
        _runtime ??= PyRuntime.CurrentOrNull;
        NativeRecursion.Enter();
        _depth++;
    }

    private void Leave()
    {
        _depth--;
        NativeRecursion.Exit(_runtime);
    }
}
