using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using MicroPython.Objects;

namespace MicroPython.Runtime;

// String-related entry points: implicit str conversion, format(), ascii(), and small text helpers shared by the
// str/bytes types and the formatting engines.
public static partial class Ops
{
    [ThreadStatic]
    private static StringBuilder? t_cachedBuilder;

    /// <summary>
    /// Returns the text of a str argument (user str subclasses included); any other object raises MicroPython's
    /// <c>TypeError: can't convert 'int' object to str implicitly</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string ToStr(PyObject o)
    {
        if (o is StrObject s)
        {
            return s.Value;
        }

        return ToStrObjectSlow(o).Value;
    }

    /// <summary>The <see cref="StrObject"/> behind a str argument; <c>TypeError</c> (implicit conversion) otherwise.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static StrObject ToStrObject(PyObject o) => o as StrObject ?? ToStrObjectSlow(o);

    private static StrObject ToStrObjectSlow(PyObject o)
    {
        if (o.NativeSelf is StrObject s)
        {
            return s;
        }

        throw CantConvertImplicitly(o);
    }

    /// <summary>The str behind <paramref name="o"/> (user str subclasses unwrapped), or null when it is not a str.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static StrObject? AsStr(PyObject o) => o as StrObject ?? o.NativeSelf as StrObject;

    /// <summary>True for str objects, including user str subclass instances.</summary>
    public static bool IsStr(PyObject o) => AsStr(o) != null;

    /// <summary>
    /// MicroPython's <c>bad_implicit_conversion</c>: <c>can't convert 'int' object to str implicitly</c>; a str given
    /// where bytes are expected reads <c>can't convert 'str' object to bytes implicitly</c>.
    /// </summary>
    public static PyException CantConvertImplicitly(PyObject o)
    {
        if (ReportingLevel <= ErrorReportingLevel.Terse)
        {
            return Errors.TypeError("can't convert to str implicitly");
        }

        string name = o.Type.Name;
        return Errors.TypeError($"can't convert '{name}' object to {(name == "str" ? "bytes" : "str")} implicitly");
    }

    /// <summary>The running interpreter's error-reporting level (DETAILED when no runtime is active).</summary>
    internal static ErrorReportingLevel ReportingLevel => PyRuntime.CurrentOrNull?.ErrorReporting ?? ErrorReportingLevel.Detailed;

    /// <summary>
    /// A <c>ValueError</c> of the str.format / % / format-spec machinery: the DETAILED text, <paramref name="normal"/>
    /// at NORMAL level when MicroPython has a shorter one, <c>bad format string</c> at TERSE, no message at NONE
    /// (errors-and-tracebacks.md §3.4).
    /// </summary>
    internal static PyException FormatStringError(string detailed, string? normal = null) => ReportingLevel switch
    {
        ErrorReportingLevel.None => Errors.ValueError(null),
        ErrorReportingLevel.Terse => Errors.ValueError("bad format string"),
        ErrorReportingLevel.Normal when normal != null => Errors.ValueError(normal),
        _ => Errors.ValueError(detailed),
    };

    /// <summary><c>format(value, spec)</c> (also used by <c>str.format</c> and f-strings).</summary>
    public static StrObject Format(PyObject value, string spec)
    {
        if (spec.Length == 0 && value is StrObject s && ReferenceEquals(s.Type, StrObject.PyType))
        {
            return s;
        }

        var sb = RentBuilder();
        FormatSpec.FormatTo(sb, value, spec.AsSpan());
        return StrObject.Create(ReturnBuilder(sb));
    }

    /// <summary>
    /// <c>ascii(o)</c>: the repr with every non-ASCII character escaped (<c>\xNN</c>, <c>\uNNNN</c>, <c>\UNNNNNNNN</c>).
    /// </summary>
    public static string Ascii(PyObject o)
    {
        string r = Repr(o);
        if (System.Text.Ascii.IsValid(r))
        {
            return r;
        }

        var sb = new StringBuilder(r.Length + 16);
        int i = 0;
        while (i < r.Length)
        {
            int cp = StrObject.CodePointAt(r, i, out int w);
            i += w;
            if (cp < 0x80)
            {
                sb.Append((char)cp);
            }
            else if (cp < 0x100)
            {
                sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            }
            else if (cp < 0x10000)
            {
                sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// A per-thread StringBuilder for building one result string (format, %, join): saves the builder allocation
    /// on hot paths. Pair with <see cref="ReturnBuilder"/>; nested use simply allocates a fresh builder.
    /// </summary>
    internal static StringBuilder RentBuilder()
    {
        var sb = t_cachedBuilder;
        if (sb != null)
        {
            t_cachedBuilder = null;
            sb.Clear();
            return sb;
        }

        return new StringBuilder(64);
    }

    /// <summary>Returns the builder's text and gives the builder back for reuse (very large ones are dropped).</summary>
    internal static string ReturnBuilder(StringBuilder sb)
    {
        string s = sb.ToString();
        if (sb.Capacity <= 4096)
        {
            t_cachedBuilder = sb;
        }

        return s;
    }

    /// <summary>Python's <c>str.isspace</c> for one code point (Unicode whitespace, including U+001C…U+001F).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPySpace(int cp)
    {
        if (cp < 0x80)
        {
            return cp == ' ' || (cp >= '\t' && cp <= '\r') || (cp >= 0x1C && cp <= 0x1F);
        }

        return cp < 0x10000 && char.IsWhiteSpace((char)cp);
    }

    /// <summary>ASCII whitespace as bytes methods see it (space, \t \n \v \f \r).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsByteSpace(byte b) => b == ' ' || (b >= '\t' && b <= '\r');
}
