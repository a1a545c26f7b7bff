using MicroPython.Objects;
using MicroPython.Runtime;

namespace MicroPython.Sdk.Repl;

/// <summary>The REPL's prompts: <c>sys.ps1</c> / <c>sys.ps2</c> when they are strings (a user may change them).</summary>
public static class ReplPrompts
{
    private static readonly StrObject s_ps1 = StrObject.Intern("ps1");
    private static readonly StrObject s_ps2 = StrObject.Intern("ps2");

    /// <summary>The primary prompt, <c>&gt;&gt;&gt; </c> unless <c>sys.ps1</c> says otherwise.</summary>
    public static string Primary(PyRuntime runtime) => Read(runtime, s_ps1, ">>> ");

    /// <summary>The continuation prompt, <c>... </c> unless <c>sys.ps2</c> says otherwise.</summary>
    public static string Continuation(PyRuntime runtime) => Read(runtime, s_ps2, "... ");

    private static string Read(PyRuntime runtime, StrObject name, string fallback)
    {
        var sys = runtime.GetBuiltinModule("sys");
        return sys?.Globals.GetOrNull(name) is StrObject s ? s.Value : fallback;
    }
}
