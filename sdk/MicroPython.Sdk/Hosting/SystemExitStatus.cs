using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Sdk.Hosting;

/// <summary>
/// The process exit status the unix port derives from an uncaught <c>SystemExit</c>: no code or None → 0, an int
/// → its low 8 bits, anything else → 1 with <c>str(code)</c> for the host to print on stderr.
/// </summary>
public static class SystemExitStatus
{
    /// <summary>
    /// The status for <paramref name="systemExit"/>. <paramref name="boolIsInt"/>: a bool code counts as its int
    /// value (otherwise it is "anything else"). <paramref name="message"/> is the text to print when the status is 1
    /// because of a non-int code, else null.
    /// </summary>
    public static int From(PyObject systemExit, bool boolIsInt, out string? message)
    {
        message = null;
        var native = systemExit.NativeSelf as ExceptionObject;
        var code = native == null || native.Args.Items.Length == 0 ? NoneObject.None : native.Args.Items[0];
        if (ReferenceEquals(code, NoneObject.None))
        {
            return 0;
        }

        if (code is IntObject i && (code is not BoolObject || boolIsInt))
        {
            return (int)(i.Value & 0xFF);
        }

        if (code is BigIntObject big)
        {
            return (int)(big.Value & 0xFF);
        }

        message = Ops.Str(code);
        return 1;
    }
}
