using System;
using System.Globalization;
using System.Text;
using MicroPython.Runtime;

namespace MicroPython.Objects;

// The str type's constructor and methods. MicroPython's unix port has: center count encode endswith find format
// index isalpha isdigit islower isspace isupper join lower lstrip partition replace rfind rindex rpartition rsplit
// rstrip split splitlines startswith strip upper. The common CPython methods it lacks (ljust, rjust, zfill, title,
// capitalize, swapcase, expandtabs, isalnum, removeprefix, …) are provided too, so CPython programs run.
public sealed partial class StrObject
{
    private static readonly string[] s_splitNames = { "sep", "maxsplit" };
    private static readonly string[] s_splitlinesNames = { "keepends" };
    private static readonly string[] s_expandtabsNames = { "tabsize" };

    private static void InitType(TypeObject type)
    {
        Def(type, "center", 1, 3, args =>
        {
            // MicroPython's center takes exactly the width (fillchar is CPython's); keep its arity message.
            if (args.Length < 2)
            {
                throw Errors.TypeError($"function takes 2 positional arguments but {args.Length} were given");
            }

            return Justify(args, '^');
        });
        Def(type, "ljust", 2, 3, args => Justify(args, '<'));
        Def(type, "rjust", 2, 3, args => Justify(args, '>'));
        Def(type, "zfill", (self, width) => ZFill(S(self), width));
        Def(type, "count", 2, 4, Count);
        Def(type, "encode", 1, 3, Encode);
        Def(type, "startswith", 2, 4, args => StartsEndsWith(args, false));
        Def(type, "endswith", 2, 4, args => StartsEndsWith(args, true));
        Def(type, "find", 2, 4, args => Find(args, false, false));
        Def(type, "rfind", 2, 4, args => Find(args, true, false));
        Def(type, "index", 2, 4, args => Find(args, false, true));
        Def(type, "rindex", 2, 4, args => Find(args, true, true));
        type.SetAttrDirect("format", new BuiltinFunction("format", 1, FormatMethod).AsMethodOf(type));
        Def(type, "format_map", (self, mapping) => Create(StrFormatter.FormatMap(S(self).Value, mapping)));
        Def(type, "isalpha", self => Predicate(self, static cp => Rune.IsLetter(new Rune(cp))));
        Def(type, "isdigit", self => Predicate(self, IsDigitCp));
        Def(type, "isdecimal", self => Predicate(self, static cp => Rune.IsDigit(new Rune(cp))));
        Def(type, "isnumeric", self => Predicate(self, IsNumericCp));
        Def(type, "isalnum", self => Predicate(self, static cp => Rune.IsLetter(new Rune(cp)) || IsNumericCp(cp)));
        Def(type, "isspace", self => Predicate(self, Ops.IsPySpace));
        Def(type, "isupper", self => BoolObject.From(CaseCheck(S(self).Value, upper: true)));
        Def(type, "islower", self => BoolObject.From(CaseCheck(S(self).Value, upper: false)));
        Def(type, "istitle", self => BoolObject.From(IsTitle(S(self).Value)));
        Def(type, "isascii", self => BoolObject.From(System.Text.Ascii.IsValid(S(self).Value)));
        Def(type, "isidentifier", self => BoolObject.From(IsIdentifier(S(self).Value)));
        Def(type, "isprintable", self => BoolObject.From(IsPrintable(S(self).Value)));
        Def(type, "join", (self, iterable) => Join(S(self), iterable));
        Def(type, "lower", self => MapCase(S(self), CaseMode.Lower));
        Def(type, "upper", self => MapCase(S(self), CaseMode.Upper));
        Def(type, "casefold", self => MapCase(S(self), CaseMode.Fold));
        Def(type, "swapcase", self => MapCase(S(self), CaseMode.Swap));
        Def(type, "title", self => MapCase(S(self), CaseMode.Title));
        Def(type, "capitalize", self => MapCase(S(self), CaseMode.Capitalize));
        Def(type, "strip", 1, 2, args => Strip(args, true, true));
        Def(type, "lstrip", 1, 2, args => Strip(args, true, false));
        Def(type, "rstrip", 1, 2, args => Strip(args, false, true));
        Def(type, "partition", (self, sep) => Partition(S(self), sep, false));
        Def(type, "rpartition", (self, sep) => Partition(S(self), sep, true));
        Def(type, "replace", 3, 4, Replace);
        type.SetAttrDirect("split", new BuiltinFunction("split", 1, (args, nKw) => Split(args, nKw, false)).AsMethodOf(type));
        type.SetAttrDirect("rsplit", new BuiltinFunction("rsplit", 1, (args, nKw) => Split(args, nKw, true)).AsMethodOf(type));
        type.SetAttrDirect("splitlines", new BuiltinFunction("splitlines", 1, SplitLines).AsMethodOf(type));
        type.SetAttrDirect("expandtabs", new BuiltinFunction("expandtabs", 1, ExpandTabs).AsMethodOf(type));
        Def(type, "removeprefix", (self, prefix) => RemoveAffix(S(self), prefix, prefix: true));
        Def(type, "removesuffix", (self, suffix) => RemoveAffix(S(self), suffix, prefix: false));
        Def(type, "translate", (self, table) => Translate(S(self), table));
        type.SetAttrDirect("maketrans", new StaticMethodObject(new BuiltinFunction("maketrans", 1, 3, MakeTrans)));
    }

    private static void Def(TypeObject type, string name, Func<PyObject, PyObject> f) =>
        type.SetAttrDirect(name, new BuiltinFunction(name, f).AsMethodOf(type));

    private static void Def(TypeObject type, string name, Func<PyObject, PyObject, PyObject> f) =>
        type.SetAttrDirect(name, new BuiltinFunction(name, f).AsMethodOf(type));

    private static void Def(TypeObject type, string name, int min, int max, BuiltinVarArgs f) =>
        type.SetAttrDirect(name, new BuiltinFunction(name, min, max, f).AsMethodOf(type));

    /// <summary>The receiver of a str method (already unwrapped from a user subclass by the call machinery).</summary>
    private static StrObject S(PyObject self) => self as StrObject ?? throw Errors.WrongSelfType(PyType, self);

    // ---- constructor --------------------------------------------------------------------------------------

    private static PyObject MakeNew(TypeObject type, ReadOnlySpan<PyObject> args, int nKw)
    {
        if (nKw != 0)
        {
            throw Errors.NotImplemented("keyword argument(s) not implemented - use normal args instead");
        }

        switch (args.Length)
        {
            case 0:
                return Empty;
            case 1:
            {
                var o = args[0];
                if (o is StrObject s && ReferenceEquals(s.Type, PyType))
                {
                    return s;
                }

                if (o is IntObject i && ReferenceEquals(o.Type, IntObject.PyType))
                {
                    // str(n) is very common; skip the generic printer's builder.
                    return Create(i.Value.ToString(CultureInfo.InvariantCulture));
                }

                return Create(Ops.Str(o));
            }

            case 2:
            case 3:
            {
                // str(buffer, encoding[, errors]) decodes.
                if (!Buffer.TryGetBytes(args[0], out var bytes) || args[0].NativeSelf is StrObject)
                {
                    throw Buffer.BufferRequired();
                }

                string encoding = Ops.ToStr(args[1]);
                string? errors = args.Length > 2 ? Ops.ToStr(args[2]) : null;
                return Create(Codecs.Decode(bytes, encoding, errors));
            }

            default:
                throw Errors.TypeError($"function expected at most 3 arguments, got {args.Length}");
        }
    }

    // ---- searching ----------------------------------------------------------------------------------------

    /// <summary>The UTF-16 range selected by optional code-point start/end arguments at <paramref name="first"/>.</summary>
    private bool CharRange(ReadOnlySpan<PyObject> args, int first, out int start, out int end)
    {
        if (args.Length <= first)
        {
            start = 0;
            end = Value.Length;
            return true;
        }

        bool ok = TextOps.Range(args, first, CodePointLength, "string", out int cs, out int ce);
        start = CharIndex(cs);
        end = CharIndex(ce);
        return ok;
    }

    private static PyObject Find(ReadOnlySpan<PyObject> args, bool fromRight, bool raise)
    {
        var self = S(args[0]);
        string sub = Ops.ToStr(args[1]);
        int idx = -1;
        if (self.CharRange(args, 2, out int start, out int end))
        {
            var hay = self.Value.AsSpan(start, end - start);
            idx = fromRight ? hay.LastIndexOf(sub.AsSpan()) : hay.IndexOf(sub.AsSpan());
            if (idx >= 0)
            {
                idx = self.CodePointIndex(idx + start);
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
        var self = S(args[0]);
        string sub = Ops.ToStr(args[1]);
        if (!self.CharRange(args, 2, out int start, out int end))
        {
            return IntObject.Zero;
        }

        var hay = self.Value.AsSpan(start, end - start);
        if (sub.Length == 0)
        {
            return IntObject.Get(CountCodePoints(hay) + 1);
        }

        return IntObject.Get(TextOps.Count(hay, sub.AsSpan()));
    }

    private static PyObject StartsEndsWith(ReadOnlySpan<PyObject> args, bool ends)
    {
        var self = S(args[0]);
        if (!self.CharRange(args, 2, out int start, out int end))
        {
            return BoolObject.False;
        }

        var hay = self.Value.AsSpan(start, end - start);
        var what = args[1];
        if (what.NativeSelf is TupleObject tuple)
        {
            foreach (var item in tuple.Items)
            {
                string p = Ops.ToStr(item);
                if (ends ? hay.EndsWith(p.AsSpan(), StringComparison.Ordinal) : hay.StartsWith(p.AsSpan(), StringComparison.Ordinal))
                {
                    return BoolObject.True;
                }
            }

            return BoolObject.False;
        }

        string affix = Ops.ToStr(what);
        return BoolObject.From(ends ? hay.EndsWith(affix.AsSpan(), StringComparison.Ordinal) : hay.StartsWith(affix.AsSpan(), StringComparison.Ordinal));
    }

    // ---- building -----------------------------------------------------------------------------------------

    private static PyObject Join(StrObject sep, PyObject iterable)
    {
        PyObject[] items;
        int count;
        switch (iterable)
        {
            case ListObject list:
                items = list.RawItems;
                count = list.Count;
                break;
            case TupleObject tuple:
                items = tuple.Items;
                count = items.Length;
                break;
            default:
            {
                var collected = new ListObject();
                var it = Ops.GetIter(iterable);
                PyObject? x;
                while ((x = it.Next()) != null)
                {
                    collected.Append(x);
                }

                items = collected.RawItems;
                count = collected.Count;
                break;
            }
        }

        if (count == 0)
        {
            return Empty;
        }

        long total = (long)sep.Value.Length * (count - 1);
        for (int i = 0; i < count; i++)
        {
            var s = Ops.AsStr(items[i]) ?? throw JoinError();
            total += s.Value.Length;
        }

        if (count == 1)
        {
            var only = Ops.AsStr(items[0])!;
            return ReferenceEquals(only.Type, PyType) ? only : new StrObject(only.Value);
        }

        if (total > Array.MaxLength)
        {
            throw Errors.MemoryError($"memory allocation failed, allocating {total} bytes");
        }

        return new StrObject(string.Create((int)total, (items, count, sep.Value), static (span, st) =>
        {
            var (arr, n, separator) = st;
            int pos = 0;
            for (int i = 0; i < n; i++)
            {
                if (i > 0 && separator.Length > 0)
                {
                    separator.AsSpan().CopyTo(span.Slice(pos));
                    pos += separator.Length;
                }

                string v = Ops.AsStr(arr[i])!.Value;
                v.AsSpan().CopyTo(span.Slice(pos));
                pos += v.Length;
            }
        }));
    }

    internal static PyException JoinError() =>
        Errors.TypeError("join expects a list of str/bytes objects consistent with self object");

    private static PyObject Justify(ReadOnlySpan<PyObject> args, char align)
    {
        var self = S(args[0]);
        long width = Ops.ToInt64(args[1]);

        // One code point, which is two UTF-16 units outside the BMP.
        string fill = " ";
        if (args.Length > 2)
        {
            var f = Ops.ToStrObject(args[2]);
            if (f.CodePointLength != 1)
            {
                throw Errors.TypeError("The fill character must be exactly one character long");
            }

            fill = f.Value;
        }

        int len = self.CodePointLength;
        if (width <= len)
        {
            return self;
        }

        int pad = (int)Math.Min(width - len, (Array.MaxLength - self.Value.Length) / fill.Length);
        int left = align switch
        {
            '<' => 0,
            '>' => pad,

            // CPython's split of odd padding: the extra space goes left when the width is odd.
            _ => (pad / 2) + (pad & (int)width & 1),
        };
        var sb = new StringBuilder(self.Value.Length + (pad * fill.Length));
        AppendRepeated(sb, fill, left);
        sb.Append(self.Value);
        AppendRepeated(sb, fill, pad - left);
        return new StrObject(sb.ToString());
    }

    private static void AppendRepeated(StringBuilder sb, string unit, int count)
    {
        if (unit.Length == 1)
        {
            sb.Append(unit[0], count);
            return;
        }

        for (int i = 0; i < count; i++)
        {
            sb.Append(unit);
        }
    }

    private static PyObject ZFill(StrObject self, PyObject widthObj)
    {
        long width = Ops.ToInt64(widthObj);
        int len = self.CodePointLength;
        if (width <= len)
        {
            return self;
        }

        string v = self.Value;
        int pad = (int)(width - len);
        var sb = new StringBuilder(v.Length + pad);
        int signLen = v.Length > 0 && (v[0] == '+' || v[0] == '-') ? 1 : 0;
        sb.Append(v, 0, signLen).Append('0', pad).Append(v, signLen, v.Length - signLen);
        return new StrObject(sb.ToString());
    }

    private static PyObject Replace(ReadOnlySpan<PyObject> args)
    {
        var self = S(args[0]);
        string old = Ops.ToStr(args[1]);
        string @new = Ops.ToStr(args[2]);
        long max = args.Length > 3 ? Ops.ToInt64(args[3]) : -1;
        if (max == 0)
        {
            return self;
        }

        if (old.Length == 0)
        {
            // Insert between code points (and at both ends), up to max times.
            string v = self.Value;
            var sb = new StringBuilder(v.Length + (@new.Length * (v.Length + 1)));
            long done = 0;
            int i = 0;
            while (true)
            {
                if (max < 0 || done < max)
                {
                    sb.Append(@new);
                    done++;
                }
                else
                {
                    sb.Append(v, i, v.Length - i);
                    break;
                }

                if (i >= v.Length)
                {
                    break;
                }

                CodePointAt(v, i, out int w);
                sb.Append(v, i, w);
                i += w;
            }

            return Create(sb.ToString());
        }

        var result = TextOps.Replace(self.Value.AsSpan(), old.AsSpan(), @new.AsSpan(), max);
        return result == null ? self : Create(new string(result));
    }

    private static PyObject Strip(ReadOnlySpan<PyObject> args, bool left, bool right)
    {
        var self = S(args[0]);
        string? chars = args.Length > 1 && !ReferenceEquals(args[1], NoneObject.None) ? Ops.ToStr(args[1]) : null;
        TextOps.StripBounds(self.Value.AsSpan(), chars.AsSpan(), chars == null, left, right, default(StrKind), out int start, out int end);
        if (start == 0 && end == self.Value.Length)
        {
            return self;
        }

        return Create(self.Value.Substring(start, end - start));
    }

    private static PyObject Partition(StrObject self, PyObject sepObj, bool fromRight)
    {
        string sep = Ops.ToStr(sepObj);
        if (sep.Length == 0)
        {
            throw Errors.ValueError("empty separator");
        }

        return TextOps.Partition(self.Value.AsSpan(), sep.AsSpan(), fromRight, default(StrKind), self);
    }

    private static PyObject Split(ReadOnlySpan<PyObject> args, int nKw, bool fromRight)
    {
        var self = S(args[0]);
        ParseSplitArgs(args, nKw, out var sepObj, out var maxObj);
        bool hasMax = maxObj != null;
        long max = TextOps.MaxSplit(maxObj);
        if (sepObj == null || ReferenceEquals(sepObj, NoneObject.None))
        {
            return fromRight && hasMax
                ? TextOps.RSplitWhitespace(self.Value.AsSpan(), max, default(StrKind))
                : TextOps.SplitWhitespace(self.Value.AsSpan(), max, default(StrKind));
        }

        string sep = Ops.ToStr(sepObj);
        if (sep.Length == 0)
        {
            throw Errors.ValueError("empty separator");
        }

        return fromRight
            ? TextOps.RSplit(self.Value.AsSpan(), sep.AsSpan(), max, default(StrKind))
            : TextOps.Split(self.Value.AsSpan(), sep.AsSpan(), max, default(StrKind));
    }

    /// <summary>Parses <c>(sep=None, maxsplit=-1)</c>; positional calls (the common case) skip the keyword parser.</summary>
    internal static void ParseSplitArgs(ReadOnlySpan<PyObject> args, int nKw, out PyObject? sep, out PyObject? maxsplit)
    {
        if (nKw == 0)
        {
            if (args.Length > 3)
            {
                throw Errors.TypeError($"function expected at most 3 arguments, got {args.Length}");
            }

            sep = args.Length > 1 ? args[1] : null;
            maxsplit = args.Length > 2 ? args[2] : null;
            return;
        }

        Span<PyObject?> parsed = new PyObject?[2];
        ArgParser.Parse(args.Slice(1), nKw, s_splitNames, 0, 2, parsed);
        sep = parsed[0];
        maxsplit = parsed[1];
    }

    private static PyObject SplitLines(ReadOnlySpan<PyObject> args, int nKw)
    {
        var self = S(args[0]);
        Span<PyObject?> parsed = new PyObject?[1];
        ArgParser.Parse(args.Slice(1), nKw, s_splitlinesNames, 0, 1, parsed);
        bool keepends = parsed[0] != null && Ops.IsTrue(parsed[0]!);
        return TextOps.SplitLines(self.Value.AsSpan(), keepends, default(StrKind));
    }

    private static PyObject ExpandTabs(ReadOnlySpan<PyObject> args, int nKw)
    {
        var self = S(args[0]);
        Span<PyObject?> parsed = new PyObject?[1];
        ArgParser.Parse(args.Slice(1), nKw, s_expandtabsNames, 0, 1, parsed);
        long tab = parsed[0] == null ? 8 : Ops.ToInt64(parsed[0]!);
        string v = self.Value;
        if (!v.Contains('\t'))
        {
            return self;
        }

        var sb = new StringBuilder(v.Length + 16);
        int col = 0;
        for (int i = 0; i < v.Length; i++)
        {
            char c = v[i];
            if (c == '\t')
            {
                if (tab > 0)
                {
                    int spaces = (int)(tab - (col % tab));
                    sb.Append(' ', spaces);
                    col += spaces;
                }
            }
            else
            {
                sb.Append(c);
                col = c == '\n' || c == '\r' ? 0 : col + (char.IsLowSurrogate(c) ? 0 : 1);
            }
        }

        return Create(sb.ToString());
    }

    private static PyObject RemoveAffix(StrObject self, PyObject affixObj, bool prefix)
    {
        string a = Ops.ToStr(affixObj);
        string v = self.Value;
        if (a.Length == 0)
        {
            return self;
        }

        if (prefix && v.StartsWith(a, StringComparison.Ordinal))
        {
            return Create(v.Substring(a.Length));
        }

        if (!prefix && v.EndsWith(a, StringComparison.Ordinal))
        {
            return Create(v.Substring(0, v.Length - a.Length));
        }

        return self;
    }

    private static PyObject Encode(ReadOnlySpan<PyObject> args)
    {
        var self = S(args[0]);
        string encoding = args.Length > 1 ? Ops.ToStr(args[1]) : "utf-8";
        return new BytesObject(Codecs.Encode(self.Value, encoding));
    }

    private static PyObject FormatMethod(ReadOnlySpan<PyObject> args, int nKw)
    {
        var self = S(args[0]);
        return Create(StrFormatter.Format(self.Value, args.Slice(1), nKw));
    }

    // ---- translate ----------------------------------------------------------------------------------------

    private static PyObject Translate(StrObject self, PyObject table)
    {
        string v = self.Value;
        var sb = new StringBuilder(v.Length);
        int i = 0;
        while (i < v.Length)
        {
            int cp = CodePointAt(v, i, out int w);
            PyObject? mapped;
            try
            {
                mapped = table.GetItem(IntObject.Get(cp));
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.LookupError))
            {
                mapped = null;
            }

            if (mapped == null)
            {
                sb.Append(v, i, w);
            }
            else if (mapped is IntObject mi)
            {
                if (mi.Value < 0 || mi.Value > 0x10FFFF)
                {
                    throw Errors.ValueError("character mapping must be in range(0x110000)");
                }

                AppendCodePoint(sb, (int)mi.Value);
            }
            else if (Ops.AsStr(mapped) is { } ms)
            {
                sb.Append(ms.Value);
            }
            else if (!ReferenceEquals(mapped, NoneObject.None))
            {
                throw Errors.TypeError("character mapping must return integer, None or str");
            }

            i += w;
        }

        return Create(sb.ToString());
    }

    private static PyObject MakeTrans(ReadOnlySpan<PyObject> args)
    {
        var result = new DictObject();
        if (args.Length == 1)
        {
            if (args[0] is not DictObject d)
            {
                throw Errors.TypeError("if you give only one argument to maketrans it must be a dict");
            }

            foreach (var (k, val) in d.Items())
            {
                if (Ops.AsStr(k) is { } ks)
                {
                    if (ks.CodePointLength != 1)
                    {
                        throw Errors.ValueError("string keys in translate table must be of length 1");
                    }

                    result.SetItem(IntObject.Get(ks.CodePointAt(0)), val);
                }
                else
                {
                    result.SetItem(k, val);
                }
            }

            return result;
        }

        var from = Ops.ToStrObject(args[0]);
        var to = Ops.ToStrObject(args[1]);
        int n = from.CodePointLength;
        if (n != to.CodePointLength)
        {
            throw Errors.ValueError("the first two maketrans arguments must have equal length");
        }

        for (int i = 0; i < n; i++)
        {
            result.SetItem(IntObject.Get(from.CodePointAt(i)), IntObject.Get(to.CodePointAt(i)));
        }

        if (args.Length > 2)
        {
            var del = Ops.ToStrObject(args[2]);
            for (int i = 0; i < del.CodePointLength; i++)
            {
                result.SetItem(IntObject.Get(del.CodePointAt(i)), NoneObject.None);
            }
        }

        return result;
    }

    // ---- character classes and case -----------------------------------------------------------------------

    private static PyObject Predicate(PyObject selfObj, Func<int, bool> test)
    {
        string v = S(selfObj).Value;
        if (v.Length == 0)
        {
            return BoolObject.False;
        }

        int i = 0;
        while (i < v.Length)
        {
            int cp = CodePointAt(v, i, out int w);
            if (!test(cp))
            {
                return BoolObject.False;
            }

            i += w;
        }

        return BoolObject.True;
    }

    private static bool IsValidRune(int cp) => Rune.IsValid(cp);

    private static bool IsDigitCp(int cp)
    {
        if (!IsValidRune(cp))
        {
            return false;
        }

        var r = new Rune(cp);
        if (Rune.IsDigit(r))
        {
            return true;
        }

        // CPython's isdigit also accepts digits that are not decimal (superscripts, circled digits).
        if (Rune.GetUnicodeCategory(r) == UnicodeCategory.OtherNumber)
        {
            double v = Rune.GetNumericValue(r);
            return v >= 0 && v <= 9 && v == Math.Floor(v);
        }

        return false;
    }

    private static bool IsNumericCp(int cp) =>
        IsValidRune(cp) && (Rune.IsNumber(new Rune(cp)) || Rune.GetNumericValue(new Rune(cp)) != -1);

    private enum CaseMode
    {
        Lower,
        Upper,
        Fold,
        Swap,
        Title,
        Capitalize,
    }

    /// <summary>CPython's full case mappings (UnicodeCasing): multi-character results, titlecase, final sigma.</summary>
    private static PyObject MapCase(StrObject self, CaseMode mode)
    {
        string v = self.Value;
        string r;
        if (mode is CaseMode.Lower or CaseMode.Upper or CaseMode.Fold && System.Text.Ascii.IsValid(v))
        {
            r = mode == CaseMode.Upper ? v.ToUpperInvariant() : v.ToLowerInvariant();
        }
        else
        {
            var sb = new StringBuilder(v.Length);
            bool prevCased = false;
            bool first = true;
            int i = 0;
            while (i < v.Length)
            {
                int at = i;
                int cp = CodePointAt(v, i, out int w);
                i += w;
                switch (mode)
                {
                    case CaseMode.Lower:
                        AppendLower(sb, v, at, cp);
                        break;
                    case CaseMode.Upper:
                        UnicodeCasing.Append(sb, cp, UnicodeCasing.Upper);
                        break;
                    case CaseMode.Fold:
                        UnicodeCasing.Append(sb, cp, UnicodeCasing.Fold);
                        break;
                    case CaseMode.Swap:
                        if (IsValidRune(cp) && Rune.IsUpper(new Rune(cp)))
                        {
                            AppendLower(sb, v, at, cp);
                        }
                        else if (IsValidRune(cp) && Rune.IsLower(new Rune(cp)))
                        {
                            UnicodeCasing.Append(sb, cp, UnicodeCasing.Upper);
                        }
                        else
                        {
                            AppendCodePoint(sb, cp);
                        }

                        break;
                    case CaseMode.Title:
                        if (prevCased)
                        {
                            AppendLower(sb, v, at, cp);
                        }
                        else
                        {
                            UnicodeCasing.Append(sb, cp, UnicodeCasing.Title);
                        }

                        break;
                    default:
                        if (first)
                        {
                            UnicodeCasing.Append(sb, cp, UnicodeCasing.Title);
                        }
                        else
                        {
                            AppendLower(sb, v, at, cp);
                        }

                        break;
                }

                prevCased = UnicodeCasing.IsCased(cp);
                first = false;
            }

            r = sb.ToString();
        }

        return string.Equals(r, v, StringComparison.Ordinal) && ReferenceEquals(self.Type, PyType) ? self : Create(r);
    }

    private static void AppendLower(StringBuilder sb, string s, int at, int cp)
    {
        if (UnicodeCasing.IsCapitalSigma(cp))
        {
            sb.Append(UnicodeCasing.LowerSigma(s, at));
        }
        else
        {
            UnicodeCasing.Append(sb, cp, UnicodeCasing.Lower);
        }
    }

    /// <summary><c>isupper</c>/<c>islower</c>: at least one cased character and none of the other case.</summary>
    private static bool CaseCheck(string v, bool upper)
    {
        bool cased = false;
        int i = 0;
        while (i < v.Length)
        {
            int cp = CodePointAt(v, i, out int w);
            i += w;
            if (!IsValidRune(cp))
            {
                continue;
            }

            var r = new Rune(cp);
            if (Rune.IsUpper(r))
            {
                if (!upper)
                {
                    return false;
                }

                cased = true;
            }
            else if (Rune.IsLower(r))
            {
                if (upper)
                {
                    return false;
                }

                cased = true;
            }
            else if (Rune.GetUnicodeCategory(r) == UnicodeCategory.TitlecaseLetter)
            {
                return false;
            }
        }

        return cased;
    }

    private static bool IsTitle(string v)
    {
        bool cased = false;
        bool prevCased = false;
        int i = 0;
        while (i < v.Length)
        {
            int cp = CodePointAt(v, i, out int w);
            i += w;
            if (!IsValidRune(cp))
            {
                prevCased = false;
                continue;
            }

            var r = new Rune(cp);
            bool isTitleOrUpper = Rune.IsUpper(r) || Rune.GetUnicodeCategory(r) == UnicodeCategory.TitlecaseLetter;
            if (isTitleOrUpper)
            {
                if (prevCased)
                {
                    return false;
                }

                prevCased = true;
                cased = true;
            }
            else if (Rune.IsLower(r))
            {
                if (!prevCased)
                {
                    return false;
                }

                prevCased = true;
                cased = true;
            }
            else
            {
                prevCased = false;
            }
        }

        return cased;
    }

    private static bool IsIdentifier(string v)
    {
        if (v.Length == 0)
        {
            return false;
        }

        int i = 0;
        bool first = true;
        while (i < v.Length)
        {
            int cp = CodePointAt(v, i, out int w);
            i += w;
            if (!IsValidRune(cp))
            {
                return false;
            }

            var cat = Rune.GetUnicodeCategory(new Rune(cp));
            bool start = cp == '_' || cat <= UnicodeCategory.OtherLetter || cat == UnicodeCategory.LetterNumber;
            bool cont = start || cat == UnicodeCategory.NonSpacingMark || cat == UnicodeCategory.SpacingCombiningMark
                || cat == UnicodeCategory.DecimalDigitNumber || cat == UnicodeCategory.ConnectorPunctuation;
            if (first ? !start : !cont)
            {
                return false;
            }

            first = false;
        }

        return true;
    }

    private static bool IsPrintable(string v)
    {
        int i = 0;
        while (i < v.Length)
        {
            int cp = CodePointAt(v, i, out int w);
            i += w;
            if (cp == ' ')
            {
                continue;
            }

            if (!IsValidRune(cp))
            {
                return false;
            }

            switch (Rune.GetUnicodeCategory(new Rune(cp)))
            {
                case UnicodeCategory.Control:
                case UnicodeCategory.Format:
                case UnicodeCategory.Surrogate:
                case UnicodeCategory.PrivateUse:
                case UnicodeCategory.OtherNotAssigned:
                case UnicodeCategory.LineSeparator:
                case UnicodeCategory.ParagraphSeparator:
                case UnicodeCategory.SpaceSeparator:
                    return false;
            }
        }

        return true;
    }
}
