using MicroPython.Runtime;

namespace MicroPython.Vm.Tier1;

/// <summary>
/// Decides when a code object is compiled. Heat comes from calls that start a run of the code (calls from native
/// or compiled code, +<see cref="CallHeat"/>) and from the interpreter's re-entry points (+<see cref="ReenterHeat"/>:
/// the loop returns to <see cref="Interpreter.Run"/> every few thousand backward jumps and calls, so the frame it
/// returns in is a sample of where time goes). Code that keeps handing its frame back to the interpreter is
/// dropped to the interpreter for good.
/// </summary>
internal static class Tier1Runner
{
    internal const int CallHeat = 1;
    internal const int ReenterHeat = 50;

    /// <summary>Heat at which a code object is compiled (two re-entry samples, or a hundred calls).</summary>
    internal const int Threshold = 100;

    /// <summary>Deopts after which compiled code is given up (each costs a trip through the interpreter).</summary>
    internal const int MaxDeopts = 1000;

    /// <summary>The compiled code of <paramref name="code"/>, compiling it when it has become hot; null to interpret.</summary>
    public static Tier1Code? For(CodeObject code, PyRuntime runtime, int heat)
    {
        var t = code.Tier1;
        if (t != null || code.Tier1Heat < 0)
        {
            return t;
        }

        var mode = runtime.Tier1;
        if (mode == Tier1Mode.Off)
        {
            return null;
        }

        code.Tier1Heat += heat;
        if (mode == Tier1Mode.On && code.Tier1Heat < Threshold)
        {
            return null;
        }

        t = Tier1Compiler.Compile(code);
        if (t == null)
        {
            code.Tier1Heat = -1;
            return null;
        }

        code.Tier1 = t;
        return t;
    }

    /// <summary>Counts a deopt; past <see cref="MaxDeopts"/> the code runs interpreted from now on.</summary>
    public static void Deopted(CodeObject code, Tier1Code t)
    {
        if (++t.Deopts > MaxDeopts)
        {
            code.Tier1 = null;
            code.Tier1Heat = -1;
        }
    }
}
