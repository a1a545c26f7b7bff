using System;
using System.Collections.Generic;
using System.Text;
using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Modules.Struct;

/// <summary>
/// A parsed <c>struct</c> format: byte order and layout, then the items, each with its offset. Prefixes are
/// <c>@</c> (native order, sizes and alignment; the default), <c>=</c> (native order, standard sizes), <c>&lt;</c>
/// (little-endian, standard), <c>&gt;</c> and <c>!</c> (big-endian, standard). Codes are MicroPython's
/// <c>b B h H i I l L q Q e f d s P x</c> plus CPython's <c>?</c> and <c>c</c>, each with an optional repeat count (the length
/// for <c>s</c>). Whitespace between items is ignored, as CPython does.
/// </summary>
/// <remarks>
/// MicroPython rejects <c>=</c>, <c>?</c>, <c>c</c> and whitespace with <c>ValueError: bad typecode</c>; those are
/// code-size limitations, so CPython's meaning is taken. Every other unknown code is <c>ValueError: bad typecode</c>
/// (MicroPython has no <c>struct.error</c>).
/// </remarks>
internal sealed class StructFormat
{
    private StructFormat(List<Item> items, int size, int valueCount, bool bigEndian)
    {
        Items = items.ToArray();
        Size = size;
        ValueCount = valueCount;
        BigEndian = bigEndian;
    }

    /// <summary>One code of the format: its code, repeat count, element size and the offset of its first element.</summary>
    internal readonly record struct Item(char Code, int Count, int ElementSize, int Offset);

    public Item[] Items { get; }

    /// <summary>Total size in bytes (<c>calcsize</c>).</summary>
    public int Size { get; }

    /// <summary>Number of values <c>pack</c> takes and <c>unpack</c> returns.</summary>
    public int ValueCount { get; }

    public bool BigEndian { get; }

    // Recently parsed formats of this thread (the runtime is current per thread, and native sizes depend on its
    // word size): a program packs with the same few format strings in a loop, so parsing each once matters.
    private const int CacheSize = 8;

    [ThreadStatic]
    private static CacheEntry[]? t_cache;

    [ThreadStatic]
    private static int t_cacheNext;

    private sealed record CacheEntry(string Text, int WordSize, StructFormat Format);

    /// <summary>Parses the format argument (a str, or bytes as CPython allows).</summary>
    public static StructFormat Parse(PyObject format)
    {
        string text;
        if (Ops.AsStr(format) is { } s)
        {
            text = s.Value;
            int wordSize = BinaryValues.NativeSize('P');
            var cache = t_cache ??= new CacheEntry[CacheSize];
            for (int i = 0; i < cache.Length; i++)
            {
                var entry = cache[i];
                if (entry != null && entry.WordSize == wordSize && string.Equals(entry.Text, text, StringComparison.Ordinal))
                {
                    return entry.Format;
                }
            }

            var parsed = Parse(text);
            cache[t_cacheNext] = new CacheEntry(text, wordSize, parsed);
            t_cacheNext = (t_cacheNext + 1) % CacheSize;
            return parsed;
        }
        else if (format.NativeSelf is BytesObject)
        {
            text = Encoding.Latin1.GetString(Buffer.GetBytes(format));
        }
        else
        {
            throw Ops.CantConvertImplicitly(format);
        }

        return Parse(text);
    }

    private static StructFormat Parse(string text)
    {
        int pos = 0;
        bool native = true;
        bool bigEndian = !BitConverter.IsLittleEndian;
        if (text.Length > 0)
        {
            switch (text[0])
            {
                case '@':
                    pos = 1;
                    break;
                case '=':
                    native = false;
                    pos = 1;
                    break;
                case '<':
                    native = false;
                    bigEndian = false;
                    pos = 1;
                    break;
                case '>':
                case '!':
                    native = false;
                    bigEndian = true;
                    pos = 1;
                    break;
            }
        }

        var items = new List<Item>();
        long offset = 0;
        long values = 0;
        while (pos < text.Length)
        {
            if (char.IsWhiteSpace(text[pos]))
            {
                pos++;
                continue;
            }

            long count = 1;
            if (char.IsAsciiDigit(text[pos]))
            {
                count = 0;
                while (pos < text.Length && char.IsAsciiDigit(text[pos]))
                {
                    count = (count * 10) + (text[pos++] - '0');
                    if (count > int.MaxValue)
                    {
                        throw Errors.ValueError("total struct size too long");
                    }
                }

                if (pos == text.Length)
                {
                    throw BadTypeCode();
                }
            }

            char code = text[pos++];
            int size;
            switch (code)
            {
                case 's':
                case 'x':
                case 'c':
                    size = 1;
                    break;
                default:
                    size = native ? BinaryValues.NativeSize(code) : BinaryValues.StandardSize(code);
                    if (size < 0)
                    {
                        throw BadTypeCode();
                    }

                    break;
            }

            if (native && size > 1)
            {
                // Native layout aligns each item to its own size, as a C compiler lays out a struct.
                offset = (offset + size - 1) / size * size;
            }

            items.Add(new Item(code, (int)count, size, (int)offset));
            offset += size * count;
            if (offset > int.MaxValue)
            {
                throw Errors.ValueError("total struct size too long");
            }

            values += code switch
            {
                's' => 1,
                'x' => 0,
                _ => count,
            };
        }

        return new StructFormat(items, (int)offset, (int)values, bigEndian);
    }

    private static PyException BadTypeCode() => Errors.ValueError("bad typecode");

    /// <summary>
    /// Packs <paramref name="values"/> into <paramref name="dst"/> (at least <see cref="Size"/> bytes), item by item.
    /// As in MicroPython the count is not checked: packing stops when the values run out (the rest of
    /// <paramref name="dst"/> is left as it is) and extra values are ignored. CPython raises <c>struct.error</c>.
    /// </summary>
    public void Pack(Span<byte> dst, ReadOnlySpan<PyObject> values)
    {
        int v = 0;
        foreach (var item in Items)
        {
            var at = dst.Slice(item.Offset);
            if (item.Code != 'x' && v >= values.Length)
            {
                return;
            }

            switch (item.Code)
            {
                case 'x':
                    at.Slice(0, item.Count).Clear();
                    break;
                case 's':
                {
                    var field = at.Slice(0, item.Count);
                    var value = values[v++];
                    if (!Buffer.TryGetBytes(value, out var bytes))
                    {
                        throw Errors.TypeError("argument for 's' must be a bytes object");
                    }

                    int n = System.Math.Min(bytes.Length, field.Length);
                    bytes.Slice(0, n).CopyTo(field);
                    field.Slice(n).Clear();
                    break;
                }

                case 'c':
                    for (int k = 0; k < item.Count && v < values.Length; k++)
                    {
                        var value = values[v++];
                        if (value.NativeSelf is not BytesObject || !Buffer.TryGetBytes(value, out var one) || one.Length != 1)
                        {
                            throw Errors.ValueError("char format requires a bytes object of length 1");
                        }

                        at[k] = one[0];
                    }

                    break;
                default:
                    for (int k = 0; k < item.Count && v < values.Length; k++)
                    {
                        BinaryValues.Write(at.Slice(k * item.ElementSize), item.Code, item.ElementSize, values[v++], BigEndian);
                    }

                    break;
            }
        }
    }

    /// <summary>Unpacks the values from <paramref name="src"/> (at least <see cref="Size"/> bytes) into a tuple.</summary>
    public TupleObject Unpack(ReadOnlySpan<byte> src)
    {
        var result = new PyObject[ValueCount];
        int v = 0;
        foreach (var item in Items)
        {
            var at = src.Slice(item.Offset);
            switch (item.Code)
            {
                case 'x':
                    break;
                case 's':
                    result[v++] = BytesObject.Create(at.Slice(0, item.Count));
                    break;
                case 'c':
                    for (int k = 0; k < item.Count; k++)
                    {
                        result[v++] = BytesObject.Create(at.Slice(k, 1));
                    }

                    break;
                default:
                    for (int k = 0; k < item.Count; k++)
                    {
                        result[v++] = BinaryValues.Read(at.Slice(k * item.ElementSize), item.Code, item.ElementSize, BigEndian);
                    }

                    break;
            }
        }

        return TupleObject.Create(result);
    }
}
