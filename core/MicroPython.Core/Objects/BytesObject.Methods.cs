using System;
using System.Globalization;
using System.Text;
using MicroPython.Runtime;

namespace MicroPython.Objects;

// The bytes type's constructor and methods. MicroPython's bytes has str's methods minus encode, plus decode,
// fromhex and hex; bytearray has the same set plus its mutators (BytearrayObject.cs). Both types register the
// shared implementations below, specialised per result kind.
public sealed partial class BytesObject
{
    private static void InitType(TypeObject type) => ByteMethods.Register<BytesKind>(type);

    private static PyObject MakeNew(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        var data = ByteMethods.Construct(args, nKw, truncate: false);
        return data.Length == 0 ? Empty : new BytesObject(data);
    }
}

/// <summary>Method implementations shared by bytes and bytearray.</summary>
internal static class ByteMethods
{
    private static readonly string[] s_splitlinesNames = { "keepends" };

    public static void Register<TK>(TypeObject type)
        where TK : struct, ITextKind<byte>
    {
        Def(type, "center", 2, 3, args => Justify<TK>(args, '^'));
        Def(type, "ljust", 2, 3, args => Justify<TK>(args, '<'));
        Def(type, "rjust", 2, 3, args => Justify<TK>(args, '>'));
        Def(type, "zfill", 2, 2, ZFill<TK>);
        Def(type, "count", 2, 4, Count);
        Def(type, "decode", 1, 3, Decode);
        Def(type, "startswith", 2, 4, args => StartsEndsWith(args, false));
        Def(type, "endswith", 2, 4, args => StartsEndsWith(args, true));
        Def(type, "find", 2, 4, args => Find(args, false, false));
        Def(type, "rfind", 2, 4, args => Find(args, true, false));
        Def(type, "index", 2, 4, args => Find(args, false, true));
        Def(type, "rindex", 2, 4, args => Find(args, true, true));
        type.SetAttrDirect("format", new BuiltinFunction("format", 1, Format<TK>).AsMethodOf(type));
        Def(type, "hex", 1, 3, Hex);
        type.SetAttrDirect("fromhex", new ClassMethodObject(new BuiltinFunction("fromhex", FromHex)));
        Def(type, "isalpha", 1, 1, args => Predicate(args[0], static b => char.IsAsciiLetter((char)b)));
        Def(type, "isdigit", 1, 1, args => Predicate(args[0], static b => char.IsAsciiDigit((char)b)));
        Def(type, "isalnum", 1, 1, args => Predicate(args[0], static b => char.IsAsciiLetterOrDigit((char)b)));
        Def(type, "isspace", 1, 1, args => Predicate(args[0], Ops.IsByteSpace));
        Def(type, "isupper", 1, 1, args => BoolObject.From(CaseCheck(Self(args[0]), upper: true)));
        Def(type, "islower", 1, 1, args => BoolObject.From(CaseCheck(Self(args[0]), upper: false)));
        Def(type, "isascii", 1, 1, args => BoolObject.From(System.Text.Ascii.IsValid(Self(args[0]))));
        Def(type, "join", 2, 2, Join<TK>);
        Def(type, "lower", 1, 1, args => MapCase<TK>(args[0], 'l'));
        Def(type, "upper", 1, 1, args => MapCase<TK>(args[0], 'u'));
        Def(type, "swapcase", 1, 1, args => MapCase<TK>(args[0], 's'));
        Def(type, "title", 1, 1, args => MapCase<TK>(args[0], 't'));
        Def(type, "capitalize", 1, 1, args => MapCase<TK>(args[0], 'c'));
        Def(type, "strip", 1, 2, args => Strip<TK>(args, true, true));
        Def(type, "lstrip", 1, 2, args => Strip<TK>(args, true, false));
        Def(type, "rstrip", 1, 2, args => Strip<TK>(args, false, true));
        Def(type, "partition", 2, 2, args => Partition<TK>(args, false));
        Def(type, "rpartition", 2, 2, args => Partition<TK>(args, true));
        Def(type, "replace", 3, 4, Replace<TK>);
        type.SetAttrDirect("split", new BuiltinFunction("split", 1, (args, nKw) => Split<TK>(args, nKw, false)).AsMethodOf(type));
        type.SetAttrDirect("rsplit", new BuiltinFunction("rsplit", 1, (args, nKw) => Split<TK>(args, nKw, true)).AsMethodOf(type));
        type.SetAttrDirect("splitlines", new BuiltinFunction("splitlines", 1, SplitLines<TK>).AsMethodOf(type));
        Def(type, "removeprefix", 2, 2, args => RemoveAffix<TK>(args, true));
        Def(type, "removesuffix", 2, 2, args => RemoveAffix<TK>(args, false));
    }

    private static void Def(TypeObject type, string name, int min, int max, BuiltinVarArgs f) =>
        type.SetAttrDirect(name, new BuiltinFunction(name, min, max, f).AsMethodOf(type));

    /// <summary>The receiver's bytes.</summary>
    public static ReadOnlySpan<byte> Self(PyObject self) => self switch
    {
        BytesObject b => b.Span,
        BytearrayObject a => a.Span,
        _ => throw Errors.WrongSelfType(BytesObject.PyType, self),
    };

    /// <summary>Returns the receiver itself for an unchanged immutable bytes, else a new object of its kind.</summary>
    private static PyObject Result<TK>(PyObject self, ReadOnlySpan<byte> whole, int start, int length)
        where TK : struct, ITextKind<byte>
    {
        if (start == 0 && length == whole.Length && self is BytesObject b && ReferenceEquals(b.Type, BytesObject.PyType))
        {
            return self;
        }

        return default(TK).Make(whole.Slice(start, length));
    }

    // ---- constructor (shared with bytearray) --------------------------------------------------------------

    /// <summary>
    /// The data for <c>bytes(...)</c> / <c>bytearray(...)</c>: nothing, a count of zero bytes, a str with an encoding,
    /// a buffer, or an iterable of ints (out-of-range values are an error for bytes and are truncated to 8 bits for
    /// bytearray when <paramref name="truncate"/>, as MicroPython does).
    /// </summary>
    public static byte[] Construct(ReadOnlySpan<PyObject> args, int nKw, bool truncate)
    {
        if (nKw != 0)
        {
            throw Errors.NotImplemented("keyword argument(s) not implemented - use normal args instead");
        }

        if (args.Length == 0)
        {
            return Array.Empty<byte>();
        }

        if (args.Length > 3)
        {
            throw Errors.TypeError($"function expected at most 3 arguments, got {args.Length}");
        }

        var src = args[0];
        if (Ops.AsStr(src) is { } str)
        {
            if (args.Length < 2)
            {
                throw Errors.TypeError("string argument without an encoding");
            }

            return Codecs.Encode(str.Value, Ops.ToStr(args[1]));
        }

        if (args.Length > 1)
        {
            throw Errors.TypeError("encoding without a string argument");
        }

        if (src is IntObject count)
        {
            long n = count.Value;
            if (n < 0)
            {
                if (truncate)
                {
                    throw Errors.MemoryError($"memory allocation failed, allocating {(ulong)n} bytes");
                }

                throw Errors.ValueError(null);
            }

            if (n > Array.MaxLength)
            {
                throw Errors.MemoryError($"memory allocation failed, allocating {n} bytes");
            }

            return new byte[n];
        }

        if (src is BigIntObject)
        {
            throw Errors.OverflowError("overflow converting long int to machine word");
        }

        if (Buffer.GetProvider(src) is { } provider && provider.TryGetBuffer(out var m, false))
        {
            return m.ToArray();
        }

        return FromIterable(src, truncate);
    }

    /// <summary>Bytes from an iterable of ints.</summary>
    public static byte[] FromIterable(PyObject src, bool truncate)
    {
        if (src is ListObject list)
        {
            var items = list.AsSpan();
            var direct = new byte[items.Length];
            for (int i = 0; i < items.Length; i++)
            {
                direct[i] = ItemByte(items[i], truncate);
            }

            return direct;
        }

        var result = new BytearrayBuilder();
        var it = Ops.GetIter(src);
        PyObject? x;
        while ((x = it.Next()) != null)
        {
            result.Add(ItemByte(x, truncate));
        }

        return result.ToArray();
    }

    private static byte ItemByte(PyObject o, bool truncate)
    {
        long v = Ops.ToInt64(o);
        if ((ulong)v > 255)
        {
            if (!truncate)
            {
                throw Errors.ValueError("bytes value out of range");
            }

            return (byte)v;
        }

        return (byte)v;
    }

    /// <summary>A growable byte buffer for building results element by element.</summary>
    private struct BytearrayBuilder
    {
        private byte[]? _buf;
        private int _n;

        public void Add(byte b)
        {
            _buf ??= new byte[16];
            if (_n == _buf.Length)
            {
                Array.Resize(ref _buf, _buf.Length * 2);
            }

            _buf[_n++] = b;
        }

        public readonly byte[] ToArray() => _buf == null ? Array.Empty<byte>() : _buf.AsSpan(0, _n).ToArray();
    }

    // ---- searching ----------------------------------------------------------------------------------------

    private static PyObject Find(ReadOnlySpan<PyObject> args, bool fromRight, bool raise)
    {
        var data = Self(args[0]);
        Span<byte> one = stackalloc byte[1];
        var sub = ByteSeq.SubArg(args[1], one);
        int idx = -1;
        if (TextOps.Range(args, 2, data.Length, "bytes", out int start, out int end))
        {
            var hay = data.Slice(start, end - start);
            idx = fromRight ? hay.LastIndexOf(sub) : hay.IndexOf(sub);
            if (idx >= 0)
            {
                idx += start;
            }
        }

        if (idx < 0 && raise)
        {
            throw Errors.ValueError("substring not found");
        }

        return IntObject.Get(idx);
    }

    private static PyObject Count(ReadOnlySpan<PyObject> args)
    {
        var data = Self(args[0]);
        Span<byte> one = stackalloc byte[1];
        var sub = ByteSeq.SubArg(args[1], one);
        if (!TextOps.Range(args, 2, data.Length, "bytes", out int start, out int end))
        {
            return IntObject.Zero;
        }

        var hay = data.Slice(start, end - start);
        return IntObject.Get(sub.IsEmpty ? hay.Length + 1 : TextOps.Count(hay, sub));
    }

    private static PyObject StartsEndsWith(ReadOnlySpan<PyObject> args, bool ends)
    {
        var data = Self(args[0]);
        if (!TextOps.Range(args, 2, data.Length, "bytes", out int start, out int end))
        {
            return BoolObject.False;
        }

        var hay = data.Slice(start, end - start);
        if (args[1].NativeSelf is TupleObject tuple)
        {
            foreach (var item in tuple.Items)
            {
                var p = ByteSeq.Arg(item);
                if (ends ? hay.EndsWith(p) : hay.StartsWith(p))
                {
                    return BoolObject.True;
                }
            }

            return BoolObject.False;
        }

        var affix = ByteSeq.Arg(args[1]);
        return BoolObject.From(ends ? hay.EndsWith(affix) : hay.StartsWith(affix));
    }

    // ---- conversions --------------------------------------------------------------------------------------

    private static PyObject Decode(ReadOnlySpan<PyObject> args)
    {
        var data = Self(args[0]);
        string encoding = args.Length > 1 ? Ops.ToStr(args[1]) : "utf-8";
        string? errors = args.Length > 2 ? Ops.ToStr(args[2]) : null;
        return StrObject.Create(Codecs.Decode(data, encoding, errors));
    }

    private static PyObject Hex(ReadOnlySpan<PyObject> args) => StrObject.Create(HexString(Self(args[0]), args.Slice(1)));

    /// <summary><c>hex([sep[, bytes_per_sep]])</c>: lower-case hex digits, optionally separated every n bytes (from the right when n &gt; 0).</summary>
    public static string HexString(ReadOnlySpan<byte> data, ReadOnlySpan<PyObject> args)
    {
        if (args.Length == 0 || data.Length == 0)
        {
            return Convert.ToHexStringLower(data);
        }

        string sep = Ops.AsStr(args[0])?.Value ?? Encoding.Latin1.GetString(ByteSeq.Arg(args[0]));
        if (sep.Length != 1)
        {
            throw Errors.ValueError("sep must be length 1.");
        }

        long per = args.Length > 1 ? Ops.ToInt64(args[1]) : 1;
        if (per == 0)
        {
            return Convert.ToHexStringLower(data);
        }

        long group = Math.Abs(per);
        var sb = new StringBuilder((data.Length * 3) + 1);
        for (int i = 0; i < data.Length; i++)
        {
            // Groups are counted from the right for a positive count, from the left for a negative one.
            bool boundary = per > 0 ? i > 0 && (data.Length - i) % group == 0 : i > 0 && i % group == 0;
            if (boundary)
            {
                sb.Append(sep[0]);
            }

            sb.Append(data[i].ToString("x2", CultureInfo.InvariantCulture));
        }

        return sb.ToString();
    }

    private static PyObject FromHex(PyObject cls, PyObject text)
    {
        string s = Ops.ToStr(text);
        var result = new BytearrayBuilder();
        int i = 0;
        while (i < s.Length)
        {
            if (Ops.IsPySpace(s[i]))
            {
                i++;
                continue;
            }

            if (i + 1 >= s.Length || !char.IsAsciiHexDigit(s[i]) || !char.IsAsciiHexDigit(s[i + 1]))
            {
                throw Errors.ValueError("non-hex digit");
            }

            result.Add((byte)((HexValue(s[i]) << 4) | HexValue(s[i + 1])));
            i += 2;
        }

        var data = result.ToArray();
        if (cls is TypeObject t && t.IsSubtypeOf(BytearrayObject.PyType))
        {
            return new BytearrayObject(data);
        }

        return data.Length == 0 ? BytesObject.Empty : new BytesObject(data);
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static PyObject Format<TK>(ReadOnlySpan<PyObject> args, int nKw)
        where TK : struct, ITextKind<byte>
    {
        var data = Self(args[0]);
        string r = StrFormatter.FormatBytes(Encoding.Latin1.GetString(data), args.Slice(1), nKw);
        return default(TK).Make(Encoding.Latin1.GetBytes(r));
    }

    // ---- building -----------------------------------------------------------------------------------------

    private static PyObject Join<TK>(ReadOnlySpan<PyObject> args)
        where TK : struct, ITextKind<byte>
    {
        var sep = Self(args[0]).ToArray();
        var iterable = args[1];
        var list = iterable as ListObject;
        if (list == null)
        {
            list = new ListObject();
            var it = Ops.GetIter(iterable);
            PyObject? x;
            while ((x = it.Next()) != null)
            {
                list.Append(x);
            }
        }

        var items = list.AsSpan();
        long total = items.Length == 0 ? 0 : (long)sep.Length * (items.Length - 1);
        foreach (var item in items)
        {
            if (Buffer.GetProvider(item) is not { } p || !p.TryGetBuffer(out var m, false))
            {
                throw StrObject.JoinError();
            }

            total += m.Length;
        }

        var result = new byte[total];
        int pos = 0;
        for (int i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                sep.CopyTo(result.AsSpan(pos));
                pos += sep.Length;
            }

            var part = Buffer.GetBytes(items[i]);
            part.CopyTo(result.AsSpan(pos));
            pos += part.Length;
        }

        return default(TK).Make(result);
    }

    private static PyObject Justify<TK>(ReadOnlySpan<PyObject> args, char align)
        where TK : struct, ITextKind<byte>
    {
        var data = Self(args[0]);
        long width = Ops.ToInt64(args[1]);
        byte fill = (byte)' ';
        if (args.Length > 2)
        {
            var f = ByteSeq.Arg(args[2]);
            if (f.Length != 1)
            {
                throw Errors.TypeError("The fill character must be exactly one byte long");
            }

            fill = f[0];
        }

        if (width <= data.Length)
        {
            return Result<TK>(args[0], data, 0, data.Length);
        }

        int pad = (int)Math.Min(width - data.Length, Array.MaxLength - data.Length);
        int left = align switch
        {
            '<' => 0,
            '>' => pad,
            _ => (pad / 2) + (pad & (int)width & 1),
        };
        var r = new byte[data.Length + pad];
        r.AsSpan(0, left).Fill(fill);
        data.CopyTo(r.AsSpan(left));
        r.AsSpan(left + data.Length).Fill(fill);
        return default(TK).Make(r);
    }

    private static PyObject ZFill<TK>(ReadOnlySpan<PyObject> args)
        where TK : struct, ITextKind<byte>
    {
        var data = Self(args[0]);
        long width = Ops.ToInt64(args[1]);
        if (width <= data.Length)
        {
            return Result<TK>(args[0], data, 0, data.Length);
        }

        var r = new byte[width];
        int signLen = data.Length > 0 && (data[0] == '+' || data[0] == '-') ? 1 : 0;
        int pad = (int)width - data.Length;
        data.Slice(0, signLen).CopyTo(r);
        r.AsSpan(signLen, pad).Fill((byte)'0');
        data.Slice(signLen).CopyTo(r.AsSpan(signLen + pad));
        return default(TK).Make(r);
    }

    private static PyObject Replace<TK>(ReadOnlySpan<PyObject> args)
        where TK : struct, ITextKind<byte>
    {
        var data = Self(args[0]);
        var old = ByteSeq.Arg(args[1]).ToArray();
        var @new = ByteSeq.Arg(args[2]).ToArray();
        long max = args.Length > 3 ? Ops.ToInt64(args[3]) : -1;
        if (max == 0)
        {
            return Result<TK>(args[0], data, 0, data.Length);
        }

        if (old.Length == 0)
        {
            var sb = new System.Collections.Generic.List<byte>(data.Length + (@new.Length * (data.Length + 1)));
            long done = 0;
            for (int i = 0; i <= data.Length; i++)
            {
                if (max < 0 || done < max)
                {
                    sb.AddRange(@new);
                    done++;
                }

                if (i < data.Length)
                {
                    sb.Add(data[i]);
                }
            }

            return default(TK).Make(sb.ToArray());
        }

        var result = TextOps.Replace(data, old, @new, max);
        return result == null ? Result<TK>(args[0], data, 0, data.Length) : default(TK).Make(result);
    }

    private static PyObject Strip<TK>(ReadOnlySpan<PyObject> args, bool left, bool right)
        where TK : struct, ITextKind<byte>
    {
        var data = Self(args[0]);
        bool whitespace = args.Length < 2 || ReferenceEquals(args[1], NoneObject.None);
        var chars = whitespace ? ReadOnlySpan<byte>.Empty : ByteSeq.Arg(args[1]);
        TextOps.StripBounds(data, chars, whitespace, left, right, default(TK), out int start, out int end);
        return Result<TK>(args[0], data, start, end - start);
    }

    private static PyObject Partition<TK>(ReadOnlySpan<PyObject> args, bool fromRight)
        where TK : struct, ITextKind<byte>
    {
        var data = Self(args[0]);
        var sep = ByteSeq.Arg(args[1]);
        if (sep.IsEmpty)
        {
            throw Errors.ValueError("empty separator");
        }

        var whole = Result<TK>(args[0], data, 0, data.Length);
        return TextOps.Partition(data, sep, fromRight, default(TK), whole);
    }

    private static PyObject Split<TK>(ReadOnlySpan<PyObject> args, int nKw, bool fromRight)
        where TK : struct, ITextKind<byte>
    {
        var data = Self(args[0]);
        StrObject.ParseSplitArgs(args, nKw, out var sepObj, out var maxObj);
        long max = TextOps.MaxSplit(maxObj);
        if (sepObj == null || ReferenceEquals(sepObj, NoneObject.None))
        {
            return fromRight && maxObj != null
                ? TextOps.RSplitWhitespace(data, max, default(TK))
                : TextOps.SplitWhitespace(data, max, default(TK));
        }

        var sep = ByteSeq.Arg(sepObj);
        if (sep.IsEmpty)
        {
            throw Errors.ValueError("empty separator");
        }

        return fromRight ? TextOps.RSplit(data, sep, max, default(TK)) : TextOps.Split(data, sep, max, default(TK));
    }

    private static PyObject SplitLines<TK>(ReadOnlySpan<PyObject> args, int nKw)
        where TK : struct, ITextKind<byte>
    {
        var data = Self(args[0]);
        Span<PyObject?> parsed = new PyObject?[1];
        ArgParser.Parse(args.Slice(1), nKw, s_splitlinesNames, 0, 1, parsed);
        bool keepends = parsed[0] != null && Ops.IsTrue(parsed[0]!);
        return TextOps.SplitLines(data, keepends, default(TK));
    }

    private static PyObject RemoveAffix<TK>(ReadOnlySpan<PyObject> args, bool prefix)
        where TK : struct, ITextKind<byte>
    {
        var data = Self(args[0]);
        var affix = ByteSeq.Arg(args[1]);
        if (!affix.IsEmpty && prefix && data.StartsWith(affix))
        {
            return default(TK).Make(data.Slice(affix.Length));
        }

        if (!affix.IsEmpty && !prefix && data.EndsWith(affix))
        {
            return default(TK).Make(data.Slice(0, data.Length - affix.Length));
        }

        return Result<TK>(args[0], data, 0, data.Length);
    }

    // ---- character classes and case (ASCII only, as for bytes in CPython) --------------------------------

    private static PyObject Predicate(PyObject self, Func<byte, bool> test)
    {
        var data = Self(self);
        if (data.IsEmpty)
        {
            return BoolObject.False;
        }

        foreach (byte b in data)
        {
            if (!test(b))
            {
                return BoolObject.False;
            }
        }

        return BoolObject.True;
    }

    private static bool CaseCheck(ReadOnlySpan<byte> data, bool upper)
    {
        bool cased = false;
        foreach (byte b in data)
        {
            if (b >= 'a' && b <= 'z')
            {
                if (upper)
                {
                    return false;
                }

                cased = true;
            }
            else if (b >= 'A' && b <= 'Z')
            {
                if (!upper)
                {
                    return false;
                }

                cased = true;
            }
        }

        return cased;
    }

    private static PyObject MapCase<TK>(PyObject self, char mode)
        where TK : struct, ITextKind<byte>
    {
        var data = Self(self);
        var r = new byte[data.Length];
        bool prevCased = false;
        for (int i = 0; i < data.Length; i++)
        {
            byte b = data[i];
            bool isLower = b >= 'a' && b <= 'z';
            bool isUpper = b >= 'A' && b <= 'Z';
            bool toUpper = mode switch
            {
                'u' => isLower,
                's' => isLower,
                't' => !prevCased && isLower,
                'c' => i == 0 && isLower,
                _ => false,
            };
            bool toLower = mode switch
            {
                'l' => isUpper,
                's' => isUpper,
                't' => prevCased && isUpper,
                'c' => i > 0 && isUpper,
                _ => false,
            };
            r[i] = toUpper ? (byte)(b - 32) : toLower ? (byte)(b + 32) : b;
            prevCased = isLower || isUpper;
        }

        return default(TK).Make(r);
    }
}
