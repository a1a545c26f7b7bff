using System;
using System.Text;
using MicroPython.Objects;

namespace MicroPython.Runtime;

/// <summary>
/// <c>str.format</c> (and <c>bytes.format</c>, <c>str.format_map</c>; f-strings are compiled to <c>str.format</c>):
/// literal text with <c>{{</c>/<c>}}</c>, replacement fields <c>{name!conv:spec}</c> with automatic or manual
/// numbering, keyword names, nested fields inside the spec, attribute and index parts of field names
/// (<c>{0.x}</c>, <c>{0[1]}</c>, <c>{p.pos[0]}</c>), and MicroPython's error texts. MicroPython raises
/// <c>NotImplementedError: attributes not supported</c> for the lookups (a code-size limitation); we follow CPython.
/// </summary>
public static class StrFormatter
{
    /// <summary>Argument sources and numbering state of one <c>format</c> call.</summary>
    private ref struct State
    {
        public ReadOnlySpan<PyObject> Positional;
        public ReadOnlySpan<PyObject> KwPairs;
        public PyObject? Mapping;
        public int AutoIndex;

        // 0 = not decided yet, 1 = automatic numbering, 2 = manual numbering.
        public int Numbering;
        public bool BytesMode;
    }

    /// <summary>
    /// <c>fmt.format(*args, **kwargs)</c>: <paramref name="args"/> holds the positional arguments followed by
    /// <paramref name="nKw"/> (name, value) pairs, as a built-in receives them.
    /// </summary>
    public static string Format(string fmt, ReadOnlySpan<PyObject> args, int nKw)
    {
        int nPos = args.Length - (2 * nKw);
        var st = new State
        {
            Positional = args.Slice(0, nPos),
            KwPairs = args.Slice(nPos),
        };
        var sb = Ops.RentBuilder();
        FormatTo(sb, fmt, ref st);
        return Ops.ReturnBuilder(sb);
    }

    /// <summary><c>fmt.format_map(mapping)</c>: names are looked up with <c>mapping[name]</c>.</summary>
    public static string FormatMap(string fmt, PyObject mapping)
    {
        var st = new State { Mapping = mapping };
        var sb = Ops.RentBuilder();
        FormatTo(sb, fmt, ref st);
        return Ops.ReturnBuilder(sb);
    }

    /// <summary>
    /// <c>bytes.format</c> (a MicroPython extension): <paramref name="latin1Fmt"/> holds one char per byte; the
    /// result likewise holds one char per byte, with the text of formatted values encoded as UTF-8.
    /// </summary>
    public static string FormatBytes(string latin1Fmt, ReadOnlySpan<PyObject> args, int nKw)
    {
        int nPos = args.Length - (2 * nKw);
        var st = new State
        {
            Positional = args.Slice(0, nPos),
            KwPairs = args.Slice(nPos),
            BytesMode = true,
        };
        var sb = new StringBuilder(latin1Fmt.Length + 16);
        FormatTo(sb, latin1Fmt, ref st);
        return sb.ToString();
    }

    private static void FormatTo(StringBuilder sb, string fmt, ref State st)
    {
        int n = fmt.Length;
        int run = 0;
        int i = 0;
        while (i < n)
        {
            int next = fmt.AsSpan(i).IndexOfAny('{', '}');
            if (next < 0)
            {
                break;
            }

            i += next;
            char c = fmt[i];
            if (i + 1 < n && fmt[i + 1] == c)
            {
                // `{{` or `}}`: keep one brace.
                sb.Append(fmt, run, i + 1 - run);
                i += 2;
                run = i;
                continue;
            }

            if (c == '}')
            {
                throw Ops.FormatStringError("single '}' encountered in format string");
            }

            sb.Append(fmt, run, i - run);
            i = FormatField(sb, fmt, i + 1, ref st);
            run = i;
        }

        sb.Append(fmt, run, n - run);
    }

    /// <summary>Formats the replacement field starting after its <c>{</c> at <paramref name="start"/>; returns the index after its <c>}</c>.</summary>
    private static int FormatField(StringBuilder sb, string fmt, int start, ref State st)
    {
        int n = fmt.Length;
        int i = start;

        // Field name: up to '!', ':' or '}' (a '[...]' part may contain those characters).
        while (i < n)
        {
            char c = fmt[i];
            if (c == '!' || c == ':' || c == '}')
            {
                break;
            }

            if (c == '[')
            {
                while (i < n && fmt[i] != ']')
                {
                    i++;
                }
            }

            i++;
        }

        if (i >= n)
        {
            throw Unmatched();
        }

        var name = fmt.AsSpan(start, i - start);
        char conversion = '\0';
        if (fmt[i] == '!')
        {
            i++;
            if (i >= n)
            {
                throw Ops.FormatStringError("end of format while looking for conversion specifier", "bad conversion specifier");
            }

            conversion = fmt[i++];
            if (i >= n)
            {
                throw Unmatched();
            }

            if (fmt[i] != ':' && fmt[i] != '}')
            {
                throw Ops.FormatStringError("expected ':' after format specifier");
            }
        }

        // The field takes its argument (and its automatic number) before any nested fields in its spec.
        var arg = GetArgument(name, ref st);
        ReadOnlySpan<char> spec = default;
        string? expandedSpec = null;
        if (fmt[i] == ':')
        {
            int specStart = ++i;
            int depth = 0;
            bool nested = false;
            while (i < n)
            {
                char c = fmt[i];
                if (c == '{')
                {
                    depth++;
                    nested = true;
                }
                else if (c == '}')
                {
                    if (depth == 0)
                    {
                        break;
                    }

                    depth--;
                }

                i++;
            }

            if (i >= n)
            {
                throw Unmatched();
            }

            spec = fmt.AsSpan(specStart, i - specStart);
            if (nested)
            {
                // Nested fields (`{:{width}}`) are formatted first, continuing the same numbering.
                var inner = new StringBuilder(spec.Length + 8);
                bool bytesMode = st.BytesMode;
                st.BytesMode = false;
                FormatTo(inner, spec.ToString(), ref st);
                st.BytesMode = bytesMode;
                expandedSpec = inner.ToString();
                spec = expandedSpec;
            }
        }

        // Now fmt[i] == '}'.
        switch (conversion)
        {
            case '\0':
                break;
            case 'r':
                arg = StrObject.Create(Ops.Repr(arg));
                break;
            case 's':
                arg = StrObject.Create(Ops.Str(arg));
                break;
            case 'a':
                arg = StrObject.Create(Ops.Ascii(arg));
                break;
            default:
                throw Ops.FormatStringError($"unknown conversion specifier {conversion}", "bad conversion specifier");
        }

        if (st.BytesMode)
        {
            var tmp = new StringBuilder();
            FormatValue(tmp, arg, spec);
            AppendUtf8AsLatin1(sb, tmp.ToString());
        }
        else
        {
            FormatValue(sb, arg, spec);
        }

        return i + 1;
    }

    private static void FormatValue(StringBuilder sb, PyObject arg, ReadOnlySpan<char> spec)
    {
        if (spec.IsEmpty)
        {
            // The two commonest fields, `{}` of a str or an int, append directly.
            if (arg is StrObject s)
            {
                sb.Append(s.Value);
                return;
            }

            if (arg is IntObject i && ReferenceEquals(arg.Type, IntObject.PyType))
            {
                sb.Append(i.Value);
                return;
            }
        }

        FormatSpec.FormatTo(sb, arg, spec);
    }

    private static PyException Unmatched() => Ops.FormatStringError("unmatched '{' in format");

    private static PyObject GetArgument(ReadOnlySpan<char> field, ref State st)
    {
        int end = field.IndexOfAny('.', '[');
        var first = end < 0 ? field : field.Slice(0, end);
        PyObject arg;
        if (first.IsEmpty)
        {
            if (st.Numbering == 2)
            {
                throw Ops.FormatStringError("can't switch from manual field specification to automatic field numbering");
            }

            st.Numbering = 1;
            arg = Positional(ref st, st.AutoIndex++);
        }
        else if (IsAllDigits(first))
        {
            if (st.Numbering == 1)
            {
                throw Ops.FormatStringError("can't switch from automatic field numbering to manual field specification");
            }

            st.Numbering = 2;
            int index = int.TryParse(first, out int v) ? v : int.MaxValue;
            arg = Positional(ref st, index);
        }
        else
        {
            arg = Keyword(first, ref st);
        }

        if (end >= 0)
        {
            arg = LookupParts(arg, field.Slice(end));
        }

        return arg;
    }

    private static bool IsAllDigits(ReadOnlySpan<char> s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static PyObject Positional(ref State st, int index)
    {
        if ((uint)index >= (uint)st.Positional.Length)
        {
            throw Errors.IndexError("tuple index out of range");
        }

        return st.Positional[index];
    }

    private static PyObject Keyword(ReadOnlySpan<char> name, ref State st)
    {
        var pairs = st.KwPairs;
        for (int k = 0; k + 1 < pairs.Length; k += 2)
        {
            if (name.SequenceEqual(((StrObject)pairs[k]).Value))
            {
                return pairs[k + 1];
            }
        }

        var key = StrObject.Create(name.ToString());
        if (st.Mapping != null)
        {
            return st.Mapping.GetItem(key);
        }

        throw Errors.KeyError(key);
    }

    /// <summary>CPython's <c>.attr</c> / <c>[key]</c> chain after the first part of a field name.</summary>
    private static PyObject LookupParts(PyObject arg, ReadOnlySpan<char> rest)
    {
        int i = 0;
        while (i < rest.Length)
        {
            char c = rest[i];
            if (c == '.')
            {
                int j = i + 1;
                while (j < rest.Length && rest[j] != '.' && rest[j] != '[')
                {
                    j++;
                }

                if (j == i + 1)
                {
                    throw Errors.ValueError("Empty attribute in format string");
                }

                arg = Ops.LoadAttr(arg, StrObject.Intern(rest.Slice(i + 1, j - i - 1).ToString()));
                i = j;
            }
            else if (c == '[')
            {
                int j = rest.Slice(i).IndexOf(']');
                if (j < 0)
                {
                    throw Errors.ValueError("Missing ']' in format string");
                }

                var key = rest.Slice(i + 1, j - 1);
                PyObject k = IsAllDigits(key) && !key.IsEmpty && int.TryParse(key, out int v)
                    ? IntObject.Get(v)
                    : StrObject.Create(key.ToString());
                arg = arg.GetItem(k);
                i += j + 1;
            }
            else
            {
                throw Errors.ValueError("Only '.' or '[' may follow ']' in format field specifier");
            }
        }

        return arg;
    }

    /// <summary>Appends <paramref name="text"/> encoded as UTF-8, one char per byte (for the bytes engines).</summary>
    internal static void AppendUtf8AsLatin1(StringBuilder sb, string text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            sb.Append(text);
            return;
        }

        foreach (byte b in Encoding.UTF8.GetBytes(text))
        {
            sb.Append((char)b);
        }
    }
}
