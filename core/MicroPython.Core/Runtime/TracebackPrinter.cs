using System.IO;
using System.Text;
using MicroPython.Objects;

namespace MicroPython.Runtime;

/// <summary>Prints an exception the way MicroPython does (errors-and-tracebacks.md §1).</summary>
public static class TracebackPrinter
{
    private static readonly StrObject s_repr = StrObject.Intern("__repr__");

    public static void Print(TextWriter writer, PyObject exception)
    {
        writer.Write(Format(exception));
    }

    /// <summary>The full text: header, one line per frame, and the last line, each ending in <c>\n</c>.</summary>
    public static string Format(PyObject exception)
    {
        var sb = new StringBuilder();
        bool lines = PyRuntime.CurrentOrNull?.SourceLinesInTracebacks ?? true;
        if (exception.NativeSelf is ExceptionObject native && native.Traceback.Count > 0)
        {
            sb.Append("Traceback (most recent call last):\n");
            foreach (var entry in native.Traceback)
            {
                sb.Append("  File \"").Append(entry.File).Append('"');
                if (lines)
                {
                    sb.Append(", line ").Append(entry.Line);
                }

                if (entry.Block != null)
                {
                    sb.Append(", in ").Append(entry.Block);
                }

                sb.Append('\n');
            }
        }

        sb.Append(LastLine(exception)).Append('\n');
        return sb.ToString();
    }

    /// <summary><c>Name: text</c>; a user <c>__repr__</c> replaces the whole line, a user <c>__str__</c> is ignored.</summary>
    public static string LastLine(PyObject exception)
    {
        if (exception.Type.IsHeapType && exception.Type.LookupUserSpecial(s_repr) != null)
        {
            return Ops.Repr(exception);
        }

        var sb = new StringBuilder();
        sb.Append(exception.Type.Name).Append(": ");
        var native = exception.NativeSelf;
        if (native is ExceptionObject e)
        {
            e.Print(sb, false);
        }
        else
        {
            Ops.PrintTo(sb, exception, false);
        }

        return sb.ToString();
    }
}
