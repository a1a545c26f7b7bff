using System;
using System.Text;
using MicroPython.Bytecode;
using MicroPython.Runtime;

namespace MicroPython.Objects;

// The bytes type's slots; the logic shared with bytearray lives in ByteSeq below.
public sealed partial class BytesObject
{
    public override void Print(StringBuilder sb, bool repr) => ByteSeq.AppendRepr(sb, _data);

    public override bool Contains(PyObject item) => ByteSeq.Contains(_data, item);

    public override PyObject GetIter() => new BytesIterator(this);

    public override PyObject GetItem(PyObject index) => ByteSeq.GetItem(_data, index, this, "bytes", default(BytesKind));

    public override PyObject? BinaryOp(BinaryOp op, PyObject rhs)
    {
        switch (op)
        {
            case Bytecode.BinaryOp.Add:
            case Bytecode.BinaryOp.InplaceAdd:
            {
                // MicroPython accepts any buffer on the right, even a str: b'a' + 'b' works (errors-and-tracebacks.md §3.2).
                if (!Buffer.TryGetBytes(rhs, out var other))
                {
                    return null;
                }

                if (other.IsEmpty && ReferenceEquals(Type, PyType))
                {
                    return this;
                }

                return new BytesObject(ByteSeq.Concat(_data, other));
            }

            case Bytecode.BinaryOp.Multiply:
            case Bytecode.BinaryOp.InplaceMultiply:
            {
                var data = ByteSeq.Repeat(_data, rhs);
                return data == null ? null : data.Length == 0 ? Empty : new BytesObject(data);
            }

            case Bytecode.BinaryOp.Modulo:
            case Bytecode.BinaryOp.InplaceModulo:
                return new BytesObject(Encoding.Latin1.GetBytes(PercentFormatter.FormatBytes(Encoding.Latin1.GetString(_data), rhs)));

            default:
                return ByteSeq.Compare(op, _data, rhs);
        }
    }

    public override PyObject? ReverseBinaryOp(BinaryOp op, PyObject lhs)
    {
        if (op == Bytecode.BinaryOp.Multiply)
        {
            var data = ByteSeq.Repeat(_data, lhs);
            return data == null ? null : new BytesObject(data);
        }

        return null;
    }
}

/// <summary><c>iter(bytes)</c> / <c>iter(bytearray)</c>: yields ints, reading the live contents at each step.</summary>
public sealed class BytesIterator : IteratorObject
{
    private readonly IBufferProvider _source;
    private int _pos;

    public BytesIterator(IBufferProvider source)
    {
        _source = source;
    }

    public override PyObject? Next()
    {
        _source.TryGetBuffer(out var m, false);
        if (_pos >= m.Length)
        {
            return null;
        }

        return IntObject.Get(m.Span[_pos++]);
    }
}

/// <summary>Operations shared by bytes and bytearray (and memoryview comparisons).</summary>
internal static class ByteSeq
{
    /// <summary>
    /// Appends <c>b'...'</c> with CPython's escaping: <c>\t \n \r \\</c> and the quote escaped, other bytes below
    /// 0x20 or from 0x7F up as <c>\xNN</c>; double quotes when the data has <c>'</c> but no <c>"</c>.
    /// </summary>
    public static void AppendRepr(StringBuilder sb, ReadOnlySpan<byte> data)
    {
        char quote = data.IndexOf((byte)'\'') >= 0 && data.IndexOf((byte)'"') < 0 ? '"' : '\'';
        sb.Append('b').Append(quote);
        foreach (byte b in data)
        {
            switch (b)
            {
                case (byte)'\\':
                    sb.Append("\\\\");
                    break;
                case (byte)'\n':
                    sb.Append("\\n");
                    break;
                case (byte)'\r':
                    sb.Append("\\r");
                    break;
                case (byte)'\t':
                    sb.Append("\\t");
                    break;
                default:
                    if (b == quote)
                    {
                        sb.Append('\\').Append(quote);
                    }
                    else if (b < 0x20 || b >= 0x7F)
                    {
                        StrObject.AppendHexEscape(sb, b);
                    }
                    else
                    {
                        sb.Append((char)b);
                    }

                    break;
            }
        }

        sb.Append(quote);
    }

    /// <summary>The bytes of an argument that must be bytes-like (str gives <c>can't convert 'str' object to bytes implicitly</c>).</summary>
    public static ReadOnlySpan<byte> Arg(PyObject o)
    {
        var p = Buffer.GetProvider(o);
        if (p != null && p.TryGetBuffer(out var m, false))
        {
            return m.Span;
        }

        throw Ops.CantConvertImplicitly(o);
    }

    /// <summary>A substring argument: bytes-like, or an int 0…255 standing for one byte (CPython).</summary>
    public static ReadOnlySpan<byte> SubArg(PyObject o, Span<byte> one)
    {
        if (o is IntObject i)
        {
            one[0] = ByteValue(i.Value);
            return one;
        }

        return Arg(o);
    }

    /// <summary>Checks a value stored into bytes: <c>ValueError: byte must be in range(0, 256)</c>.</summary>
    public static byte ByteValue(long v)
    {
        if ((ulong)v > 255)
        {
            throw Errors.ValueError("byte must be in range(0, 256)");
        }

        return (byte)v;
    }

    public static bool Contains(ReadOnlySpan<byte> data, PyObject item)
    {
        if (item.NativeSelf is StrObject text)
        {
            // MicroPython's str has the buffer protocol, so `'a' in b'abc'` searches its UTF-8 bytes (CPython: TypeError).
            return data.IndexOf(System.Text.Encoding.UTF8.GetBytes(text.Value)) >= 0;
        }

        Span<byte> one = stackalloc byte[1];
        var needle = SubArg(item, one);
        return data.IndexOf(needle) >= 0;
    }

    public static PyObject GetItem<TK>(ReadOnlySpan<byte> data, PyObject index, PyObject self, string what, TK kind)
        where TK : struct, ITextKind<byte>
    {
        if (index is IntObject i)
        {
            long k = i.Value;
            if (k < 0)
            {
                k += data.Length;
            }

            if ((ulong)k >= (ulong)data.Length)
            {
                throw Errors.IndexOutOfRange(what);
            }

            return IntObject.Get(data[(int)k]);
        }

        if (index is SliceObject slice)
        {
            // Steps other than 1 follow CPython (MicroPython's NotImplementedError is a code-size limitation).
            slice.Indices(data.Length, out int start, out _, out int step, out int count);
            if (step == 1)
            {
                if (count == data.Length && self is BytesObject b && ReferenceEquals(b.Type, BytesObject.PyType))
                {
                    return self;
                }

                return kind.Make(data.Slice(start, Math.Max(count, 0)));
            }

            var result = new byte[Math.Max(count, 0)];
            for (int k = 0, idx = start; k < result.Length; k++, idx += step)
            {
                result[k] = data[idx];
            }

            return kind.Make(result);
        }

        if (index is BigIntObject)
        {
            throw Errors.OverflowError("overflow converting long int to machine word");
        }

        throw Errors.IndicesMustBeIntegers(what, index);
    }

    public static byte[] Concat(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var r = new byte[a.Length + b.Length];
        a.CopyTo(r);
        b.CopyTo(r.AsSpan(a.Length));
        return r;
    }

    /// <summary><c>data * n</c>; null when <paramref name="count"/> is not an int.</summary>
    public static byte[]? Repeat(ReadOnlySpan<byte> data, PyObject count)
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

        if (n <= 0 || data.IsEmpty)
        {
            return Array.Empty<byte>();
        }

        if (n > Array.MaxLength / data.Length)
        {
            throw Errors.MemoryError($"memory allocation failed, allocating {(System.Numerics.BigInteger)n * data.Length} bytes");
        }

        var r = new byte[n * data.Length];
        data.CopyTo(r);
        int filled = data.Length;
        while (filled < r.Length)
        {
            int chunk = Math.Min(filled, r.Length - filled);
            r.AsSpan(0, chunk).CopyTo(r.AsSpan(filled));
            filled += chunk;
        }

        return r;
    }

    /// <summary>Comparisons with bytes/bytearray (equality also with memoryview); null for other operands or operators.</summary>
    public static PyObject? Compare(BinaryOp op, ReadOnlySpan<byte> data, PyObject rhs)
    {
        if (op > Bytecode.BinaryOp.NotEqual)
        {
            return null;
        }

        var other = rhs.NativeSelf;
        bool equality = op == Bytecode.BinaryOp.Equal || op == Bytecode.BinaryOp.NotEqual;
        if (other is not BytesObject && other is not BytearrayObject && !(equality && other is MemoryviewObject))
        {
            return null;
        }

        if (!((IBufferProvider)other).TryGetBuffer(out var m, false))
        {
            return null;
        }

        int c = data.SequenceCompareTo(m.Span);
        bool r = op switch
        {
            Bytecode.BinaryOp.Less => c < 0,
            Bytecode.BinaryOp.More => c > 0,
            Bytecode.BinaryOp.LessEqual => c <= 0,
            Bytecode.BinaryOp.MoreEqual => c >= 0,
            Bytecode.BinaryOp.Equal => c == 0,
            _ => c != 0,
        };
        return BoolObject.From(r);
    }
}
