using System;
using System.Text;
using MicroPython.Bytecode;
using MicroPython.Runtime;

namespace MicroPython.Objects;

// The type slots of str: printing, sequence access, iteration and operators.
public sealed partial class StrObject
{
    public override void Print(StringBuilder sb, bool repr)
    {
        if (!repr)
        {
            sb.Append(Value);
            return;
        }

        AppendRepr(sb, Value);
    }

    /// <summary>
    /// Appends the repr of <paramref name="s"/> with MicroPython's rules: single quotes unless the text contains
    /// <c>'</c> and no <c>"</c>; <c>\\ \n \r \t</c> and the quote escaped; other control characters and DEL as
    /// <c>\xNN</c>; everything from U+0080 up printed as is (only unpaired surrogates are escaped, as <c>\uXXXX</c>).
    /// </summary>
    public static void AppendRepr(StringBuilder sb, string s)
    {
        char quote = '\'';
        if (s.Contains('\'') && !s.Contains('"'))
        {
            quote = '"';
        }

        sb.Append(quote);
        int runStart = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c >= 0x20 && c != 0x7F && c != '\\' && c != quote && !char.IsSurrogate(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
                continue;
            }

            // Flush the run of characters that need no escaping, then the escape.
            sb.Append(s, runStart, i - runStart);
            runStart = i + 1;
            switch (c)
            {
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
                    if (c == quote)
                    {
                        sb.Append('\\').Append(c);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        AppendHexEscape(sb, c);
                    }

                    break;
            }
        }

        sb.Append(s, runStart, s.Length - runStart);
        sb.Append(quote);
    }

    /// <summary>Appends <c>\xNN</c> (lower-case hex) for a byte-sized value.</summary>
    internal static void AppendHexEscape(StringBuilder sb, int b)
    {
        const string Hex = "0123456789abcdef";
        sb.Append('\\').Append('x').Append(Hex[(b >> 4) & 0xF]).Append(Hex[b & 0xF]);
    }

    public override long Length() => CodePointLength;

    public override bool Contains(PyObject item)
    {
        var needle = Ops.ToStrObject(item);
        return Value.Contains(needle.Value, StringComparison.Ordinal);
    }

    public override PyObject GetItem(PyObject index)
    {
        if (index is IntObject i)
        {
            long n = i.Value;
            if (IsBmp)
            {
                string v = Value;
                if (n < 0)
                {
                    n += v.Length;
                }

                if ((ulong)n >= (ulong)v.Length)
                {
                    throw Errors.IndexOutOfRange("string");
                }

                return FromChar(v[(int)n]);
            }

            int len = CodePointLength;
            if (n < 0)
            {
                n += len;
            }

            if ((ulong)n >= (ulong)len)
            {
                throw Errors.IndexOutOfRange("string");
            }

            return SubstringByCodePoints((int)n, (int)n + 1);
        }

        if (index is SliceObject slice)
        {
            return Slice(slice);
        }

        if (index is BigIntObject)
        {
            throw Errors.OverflowError("overflow converting long int to machine word");
        }

        throw Errors.IndicesMustBeIntegers("string", index);
    }

    private StrObject Slice(SliceObject slice)
    {
        // Steps other than 1 follow CPython: MicroPython raises NotImplementedError for them only to save code
        // size (a limitation, not a language difference), and `s[::-1]` is common in CPython programs.
        int len = CodePointLength;
        slice.Indices(len, out int start, out _, out int step, out int count);
        if (count <= 0)
        {
            return Empty;
        }

        if (step == 1)
        {
            return SubstringByCodePoints(start, start + count);
        }

        if (IsBmp)
        {
            string v = Value;
            if (count == 1)
            {
                return FromChar(v[start]);
            }

            return new StrObject(string.Create(count, (v, start, step), static (span, st) =>
            {
                int idx = st.start;
                for (int k = 0; k < span.Length; k++, idx += st.step)
                {
                    span[k] = st.v[idx];
                }
            }));
        }

        var sb = new StringBuilder(count * 2);
        for (int k = 0, idx = start; k < count; k++, idx += step)
        {
            AppendCodePoint(sb, CodePointAt(idx));
        }

        return Create(sb.ToString());
    }

    public override PyObject GetIter() => new StrIterator(this);

    public override PyObject? BinaryOp(BinaryOp op, PyObject rhs)
    {
        switch (op)
        {
            case Bytecode.BinaryOp.Add:
            case Bytecode.BinaryOp.InplaceAdd:
            {
                var other = Ops.AsStr(rhs);
                if (other == null)
                {
                    return null;
                }

                if (other.Utf16Length == 0 && ReferenceEquals(Type, PyType))
                {
                    return this;
                }

                if (Utf16Length == 0 && ReferenceEquals(other.Type, PyType))
                {
                    return other;
                }

                return Concat(this, other);
            }

            case Bytecode.BinaryOp.Multiply:
            case Bytecode.BinaryOp.InplaceMultiply:
                return Repeat(rhs);

            case Bytecode.BinaryOp.Modulo:
            case Bytecode.BinaryOp.InplaceModulo:
                return PercentFormatter.Format(this, rhs);

            case Bytecode.BinaryOp.Equal:
            case Bytecode.BinaryOp.NotEqual:
            {
                var other = Ops.AsStr(rhs);
                if (other == null)
                {
                    return null;
                }

                bool eq = string.Equals(Value, other.Value, StringComparison.Ordinal);
                return BoolObject.From(op == Bytecode.BinaryOp.Equal ? eq : !eq);
            }

            case Bytecode.BinaryOp.Less:
            case Bytecode.BinaryOp.More:
            case Bytecode.BinaryOp.LessEqual:
            case Bytecode.BinaryOp.MoreEqual:
            {
                var other = Ops.AsStr(rhs);
                if (other == null)
                {
                    return null;
                }

                int c = Compare(this, other);
                bool r = op switch
                {
                    Bytecode.BinaryOp.Less => c < 0,
                    Bytecode.BinaryOp.More => c > 0,
                    Bytecode.BinaryOp.LessEqual => c <= 0,
                    _ => c >= 0,
                };
                return BoolObject.From(r);
            }

            default:
                return null;
        }
    }

    public override PyObject? ReverseBinaryOp(BinaryOp op, PyObject lhs)
    {
        if (op == Bytecode.BinaryOp.Multiply)
        {
            return Repeat(lhs);
        }

        return null;
    }

    private PyObject? Repeat(PyObject count)
    {
        long n;
        if (count is IntObject i)
        {
            n = i.Value;
        }
        else if (count is BigIntObject)
        {
            // Any count beyond a machine word, negative too, is an OverflowError (CPython and MicroPython agree).
            throw Errors.OverflowError("overflow converting long int to machine word");
        }
        else
        {
            return null;
        }

        if (n <= 0 || Value.Length == 0)
        {
            return Empty;
        }

        if (n == 1 && ReferenceEquals(Type, PyType))
        {
            return this;
        }

        if (n > Array.MaxLength / Value.Length)
        {
            throw Errors.MemoryError($"memory allocation failed, allocating {(System.Numerics.BigInteger)n * Value.Length} bytes");
        }

        return new StrObject(RepeatString(Value, (int)n));
    }

    /// <summary><paramref name="s"/> repeated <paramref name="n"/> times (doubling copies, so large repeats are fast).</summary>
    internal static string RepeatString(string s, int n)
    {
        if (s.Length == 1)
        {
            return new string(s[0], n);
        }

        return string.Create(s.Length * n, s, static (span, src) =>
        {
            src.AsSpan().CopyTo(span);
            int filled = src.Length;
            while (filled < span.Length)
            {
                int chunk = Math.Min(filled, span.Length - filled);
                span.Slice(0, chunk).CopyTo(span.Slice(filled));
                filled += chunk;
            }
        });
    }

    /// <summary>Orders two strings by code point (UTF-16 order differs only for surrogates vs U+E000…U+FFFF).</summary>
    public static int Compare(StrObject a, StrObject b)
    {
        if (a.IsBmp && b.IsBmp)
        {
            return string.CompareOrdinal(a.Value, b.Value);
        }

        ReadOnlySpan<char> x = a.Value;
        ReadOnlySpan<char> y = b.Value;
        int i = 0;
        int j = 0;
        while (i < x.Length && j < y.Length)
        {
            int cx = CodePointAt(x, i, out int wx);
            int cy = CodePointAt(y, j, out int wy);
            if (cx != cy)
            {
                return cx < cy ? -1 : 1;
            }

            i += wx;
            j += wy;
        }

        return (x.Length - i).CompareTo(y.Length - j);
    }
}
