using System;
using System.Numerics;
using System.Text;
using MicroPython.Objects;

namespace MicroPython.Runtime;

/// <summary>
/// printf-style formatting: <c>str % args</c> and <c>bytes % args</c> (<c>%s %r %a %c %d %i %u %o %x %X %e %E %f %F
/// %g %G %%</c>, flags <c>-+ 0#</c>, width and precision with <c>*</c>, <c>%(key)s</c> with a dict), with
/// MicroPython's error texts (errors-and-tracebacks.md §3.4).
/// </summary>
public static class PercentFormatter
{
    /// <summary><c>fmt % rhs</c> for str.</summary>
    public static StrObject Format(StrObject fmt, PyObject rhs)
    {
        var sb = Ops.RentBuilder();
        FormatTo(sb, fmt.Value, rhs, bytesMode: false);
        return StrObject.Create(Ops.ReturnBuilder(sb));
    }

    /// <summary>
    /// <c>fmt % rhs</c> for bytes (PEP 461): <paramref name="latin1Fmt"/> holds one char per byte and so does the
    /// result; <c>%s</c>/<c>%b</c> insert a buffer's bytes, other text is inserted as UTF-8.
    /// </summary>
    public static string FormatBytes(string latin1Fmt, PyObject rhs)
    {
        var sb = new StringBuilder(latin1Fmt.Length + 16);
        FormatTo(sb, latin1Fmt, rhs, bytesMode: true);
        return sb.ToString();
    }

    private static void FormatTo(StringBuilder sb, string fmt, PyObject rhs, bool bytesMode)
    {
        scoped ReadOnlySpan<PyObject> args;
        PyObject? dict = null;
        var rhsNative = rhs.NativeSelf;
        if (rhsNative is TupleObject tuple)
        {
            args = tuple.Items;
        }
        else
        {
            args = new ReadOnlySpan<PyObject>(in rhs);
            if (rhsNative is DictObject)
            {
                dict = rhs;
            }
        }

        int argIndex = 0;
        bool usedKey = false;
        int n = fmt.Length;
        int run = 0;
        int i = 0;
        while (i < n)
        {
            int next = fmt.AsSpan(i).IndexOf('%');
            if (next < 0)
            {
                break;
            }

            i += next;
            sb.Append(fmt, run, i - run);
            int specStart = i;
            i++;
            if (i >= n)
            {
                throw Ops.FormatStringError("incomplete format");
            }

            if (fmt[i] == '%')
            {
                sb.Append('%');
                run = ++i;
                continue;
            }

            PyObject? keyed = null;
            if (fmt[i] == '(')
            {
                int depth = 1;
                int keyStart = ++i;
                while (i < n)
                {
                    if (fmt[i] == '(')
                    {
                        depth++;
                    }
                    else if (fmt[i] == ')' && --depth == 0)
                    {
                        break;
                    }

                    i++;
                }

                if (i >= n)
                {
                    throw Ops.FormatStringError("incomplete format key");
                }

                if (dict == null)
                {
                    throw Errors.TypeError("format needs a dict");
                }

                var keyText = fmt.Substring(keyStart, i - keyStart);
                var key = bytesMode ? (PyObject)new BytesObject(Latin1Bytes(keyText)) : StrObject.Create(keyText);
                keyed = dict.GetItem(key);
                usedKey = true;
                i++;
            }

            // Flags.
            bool left = false;
            bool zero = false;
            bool alt = false;
            char sign = '\0';
            for (; i < n; i++)
            {
                char f = fmt[i];
                if (f == '-')
                {
                    left = true;
                }
                else if (f == '0')
                {
                    zero = true;
                }
                else if (f == '#')
                {
                    alt = true;
                }
                else if (f == '+')
                {
                    sign = '+';
                }
                else if (f == ' ')
                {
                    if (sign != '+')
                    {
                        sign = ' ';
                    }
                }
                else
                {
                    break;
                }
            }

            int width = -1;
            if (i < n && fmt[i] == '*')
            {
                width = StarArgument(args, ref argIndex);
                if (width < 0)
                {
                    left = true;
                    width = -width;
                }

                i++;
            }
            else
            {
                width = ParseNumber(fmt, ref i);
            }

            int precision = -1;
            if (i < n && fmt[i] == '.')
            {
                i++;
                if (i < n && fmt[i] == '*')
                {
                    precision = Math.Max(0, StarArgument(args, ref argIndex));
                    i++;
                }
                else
                {
                    precision = Math.Max(0, ParseNumber(fmt, ref i));
                }
            }

            // Length modifiers are accepted and ignored, as in CPython.
            while (i < n && (fmt[i] == 'l' || fmt[i] == 'h' || fmt[i] == 'L'))
            {
                i++;
            }

            if (i >= n)
            {
                throw Ops.FormatStringError("incomplete format");
            }

            char type = fmt[i++];
            PyObject arg;
            if (keyed != null)
            {
                arg = keyed;
            }
            else
            {
                // As in CPython, a mapping stops supplying positional values once a key has been used.
                if (argIndex >= args.Length || usedKey)
                {
                    throw Errors.TypeError("format string needs more arguments");
                }

                arg = args[argIndex++];
            }

            var spec = new FormatSpec.Spec
            {
                Fill = left ? ' ' : '\0',
                Align = left ? '<' : '\0',
                Sign = sign,
                Alt = alt,
                ZeroPad = zero && !left,
                Width = width,
                Precision = precision,
            };
            FormatOne(sb, type, arg, spec, bytesMode, fmt, specStart);
            run = i;
        }

        sb.Append(fmt, run, n - run);
        if (!usedKey && dict == null && argIndex < args.Length)
        {
            throw Errors.TypeError("format string didn't convert all arguments");
        }
    }

    private static int ParseNumber(string fmt, ref int i)
    {
        if (i >= fmt.Length || !char.IsAsciiDigit(fmt[i]))
        {
            return -1;
        }

        long v = 0;
        while (i < fmt.Length && char.IsAsciiDigit(fmt[i]))
        {
            v = Math.Min((v * 10) + (fmt[i++] - '0'), int.MaxValue);
        }

        return (int)v;
    }

    private static int StarArgument(ReadOnlySpan<PyObject> args, ref int argIndex)
    {
        if (argIndex >= args.Length)
        {
            throw Errors.TypeError("format string needs more arguments");
        }

        var a = args[argIndex++].NativeSelf;
        if (a is IntObject i)
        {
            return (int)Math.Clamp(i.Value, -int.MaxValue, int.MaxValue);
        }

        throw Errors.TypeError("* wants int");
    }

    private static void FormatOne(StringBuilder sb, char type, PyObject arg, in FormatSpec.Spec spec, bool bytesMode, string fmt, int specStart)
    {
        switch (type)
        {
            case 's':
            case 'r':
            case 'a':
            case 'b':
            {
                if (bytesMode && (type == 's' || type == 'b') && Buffer.GetProvider(arg) != null)
                {
                    var raw = Buffer.GetBytes(arg);
                    var text = new StringBuilder(raw.Length);
                    foreach (byte b in raw)
                    {
                        text.Append((char)b);
                    }

                    AppendText(sb, text.ToString(), raw.Length, spec, latin1: true, bytesMode);
                    return;
                }

                if (type == 'b' && !bytesMode)
                {
                    break;
                }

                string s = type switch
                {
                    'r' => bytesMode ? Ops.Ascii(arg) : Ops.Repr(arg),
                    'a' => Ops.Ascii(arg),
                    _ => Ops.Str(arg),
                };
                AppendText(sb, s, -1, spec, latin1: false, bytesMode);
                return;
            }

            case 'c':
            {
                var native = arg.NativeSelf;
                string ch;
                if (native is IntObject ci)
                {
                    long cp = ci.Value;
                    if (cp < 0 || cp > (bytesMode ? 255 : 0x10FFFF))
                    {
                        throw bytesMode
                            ? Errors.OverflowError("%c arg not in range(256)")
                            : Errors.OverflowError("%c arg not in range(0x110000)");
                    }

                    ch = cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32((int)cp);
                    if (bytesMode)
                    {
                        AppendText(sb, ch, 1, spec with { Precision = -1 }, latin1: true, bytesMode);
                        return;
                    }
                }
                else if (native is BigIntObject)
                {
                    throw Errors.OverflowError(bytesMode ? "%c arg not in range(256)" : "%c arg not in range(0x110000)");
                }
                else if (!bytesMode && native is StrObject cs && cs.CodePointLength == 1)
                {
                    ch = cs.Value;
                }
                else if (bytesMode && Buffer.GetProvider(arg) != null && Buffer.GetBytes(arg).Length == 1)
                {
                    AppendText(sb, ((char)Buffer.GetBytes(arg)[0]).ToString(), 1, spec with { Precision = -1 }, latin1: true, bytesMode);
                    return;
                }
                else
                {
                    throw Errors.TypeError("%c needs int or char");
                }

                AppendText(sb, ch, 1, spec with { Precision = -1 }, latin1: false, bytesMode);
                return;
            }

            case 'd':
            case 'i':
            case 'u':
            case 'o':
            case 'x':
            case 'X':
                FormatInteger(sb, type, arg, spec);
                return;

            case 'e':
            case 'E':
            case 'f':
            case 'F':
            case 'g':
            case 'G':
            {
                if (!FloatText.TryToDouble(arg, out double d))
                {
                    throw Errors.CantConvert(arg, "float");
                }

                FormatFloat(sb, type, d, spec);
                return;
            }
        }

        int index = StrObject.CountCodePoints(fmt.AsSpan(0, FindTypeIndex(fmt, specStart)));
        string shown = type < 0x80 ? type.ToString() : "?";
        throw Ops.FormatStringError($"unsupported format character '{shown}' (0x{(int)type:x}) at index {index}");
    }

    /// <summary>Index of the type character of the conversion starting at <paramref name="specStart"/> (for the error text).</summary>
    private static int FindTypeIndex(string fmt, int specStart)
    {
        int i = specStart + 1;
        if (i < fmt.Length && fmt[i] == '(')
        {
            i = fmt.IndexOf(')', i) + 1;
        }

        while (i < fmt.Length && "-+ #0123456789.*lhL".Contains(fmt[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Appends padded/truncated text; in bytes mode non-Latin-1 text is inserted as UTF-8.</summary>
    private static void AppendText(StringBuilder sb, string s, int len, in FormatSpec.Spec spec, bool latin1, bool bytesMode)
    {
        ReadOnlySpan<char> body = s;
        if (len < 0)
        {
            len = StrObject.CountCodePoints(body);
        }

        if (spec.Precision >= 0 && spec.Precision < len)
        {
            body = body.Slice(0, FormatSpec.CharIndexOfCodePoint(body, spec.Precision));
            len = spec.Precision;
        }

        if (bytesMode && !latin1 && !System.Text.Ascii.IsValid(body))
        {
            // Width counts bytes for bytes formatting.
            var encoded = new StringBuilder();
            StrFormatter.AppendUtf8AsLatin1(encoded, body.ToString());
            body = encoded.ToString();
            len = body.Length;
        }

        FormatSpec.Pad(sb, body, len, ' ', spec.Align == '<' ? '<' : '>', spec.Width);
    }

    private static void FormatInteger(StringBuilder sb, char type, PyObject arg, in FormatSpec.Spec spec)
    {
        var native = arg.NativeSelf;
        bool decimalType = type == 'd' || type == 'i' || type == 'u';

        // %d truncates floats (MicroPython's arg_as_int); %x/%o require an int.
        if (decimalType && FloatText.TryGetDouble(native, out double d))
        {
            if (double.IsInfinity(d))
            {
                throw Errors.OverflowError("can't convert inf to int");
            }

            if (double.IsNaN(d))
            {
                throw Errors.ValueError("can't convert NaN to int");
            }

            double t = Math.Truncate(d);
            if (t >= long.MinValue && t < 9.2233720368547758E18)
            {
                native = IntObject.Get((long)t);
            }
            else
            {
                native = IntObject.FromDouble(t);
            }
        }

        bool negative;
        Span<char> buf = stackalloc char[FormatSpec.MaxLongDigits];
        scoped ReadOnlySpan<char> digits;
        int radix = type switch
        {
            'o' => 8,
            'x' or 'X' => 16,
            _ => 10,
        };
        if (native is IntObject i)
        {
            negative = i.Value < 0;
            if (radix == 10 && !negative && spec.Width < 0 && spec.Precision < 0 && spec.Sign == '\0')
            {
                // Plain %d of a non-negative machine word: append directly.
                sb.Append(i.Value);
                return;
            }

            digits = FormatSpec.FormatRadix(i.Value, radix, type == 'X', buf);
        }
        else if (native is BigIntObject b)
        {
            negative = b.Value.Sign < 0;
            digits = FormatSpec.FormatRadix(b.Value, radix, type == 'X');
        }
        else
        {
            throw Errors.CantConvert(arg, "int");
        }

        if (spec.Precision > digits.Length)
        {
            digits = string.Concat(new string('0', spec.Precision - digits.Length), digits);
        }

        string prefix = !spec.Alt ? string.Empty : type switch
        {
            'o' => "0o",
            'x' => "0x",
            'X' => "0X",
            _ => string.Empty,
        };
        string signText = negative ? "-" : spec.Sign == '\0' ? string.Empty : spec.Sign.ToString();
        FormatSpec.AppendNumber(sb, signText, prefix, digits, ReadOnlySpan<char>.Empty, spec, 3);
    }

    private static void FormatFloat(StringBuilder sb, char type, double d, in FormatSpec.Spec spec)
    {
        bool negative = double.IsNegative(d) && !double.IsNaN(d);
        string text = FloatText.Format(Math.Abs(d), type, spec.Precision, spec.Alt);
        int intEnd = 0;
        while (intEnd < text.Length && char.IsAsciiDigit(text[intEnd]))
        {
            intEnd++;
        }

        string signText = negative ? "-" : spec.Sign == '\0' ? string.Empty : spec.Sign.ToString();
        var s = spec;
        if (!double.IsFinite(d))
        {
            // CPython pads inf/nan with spaces even with the 0 flag.
            s.ZeroPad = false;
        }

        FormatSpec.AppendNumber(sb, signText, string.Empty, text.AsSpan(0, intEnd), text.AsSpan(intEnd), s, 3);
    }

    private static byte[] Latin1Bytes(string s)
    {
        var b = new byte[s.Length];
        for (int i = 0; i < s.Length; i++)
        {
            b[i] = (byte)s[i];
        }

        return b;
    }
}
