using System.Collections.Generic;
using System.IO;
using System.Text;
using MicroPython.Compiler;
using MicroPython.Mpy;
using MicroPython.Runtime;

namespace MicroPython.Sdk.Firmware;

/// <summary>
/// Turns what a manifest names into a <see cref="FirmwareBundle"/>: each <c>.py</c> is compiled as
/// <c>mpy-cross -s &lt;frozen name&gt; -O&lt;opt&gt;</c> would (the frozen name is qstr 0, so tracebacks and
/// <c>__file__</c> show it), each <c>.mpy</c> is checked and taken as it is.
/// </summary>
public static class Freezer
{
    /// <summary>Compiles <paramref name="source"/> to .mpy bytes, exactly as <c>mpy-cross</c> would.</summary>
    /// <param name="source">Python source text.</param>
    /// <param name="sourceName">The name recorded as qstr 0 (<c>-s</c>).</param>
    /// <param name="optimizationLevel"><c>-O&lt;n&gt;</c>.</param>
    /// <param name="smallIntBits"><c>-msmall-int-bits=</c>.</param>
    /// <exception cref="PyException"><c>SyntaxError</c> (with its traceback line) when the source does not compile.</exception>
    public static byte[] CompileToMpy(string source, string sourceName, int optimizationLevel = 0, int smallIntBits = MpyFormat.DefaultSmallIntBits)
    {
        try
        {
            var options = new CompileOptions { OptimizationLevel = optimizationLevel, SmallIntBits = smallIntBits };
            return MpyWriter.Write(PythonCompiler.Compile(source, sourceName, CompileMode.Exec, options), smallIntBits);
        }
        catch (CompileException e)
        {
            throw PyRuntime.ToSyntaxError(e);
        }
        catch (System.InvalidOperationException e) when (e.Message == "bytecode overflow")
        {
            throw Errors.RuntimeError("bytecode overflow");
        }
    }

    /// <summary>Compiles every item into a new bundle.</summary>
    public static FirmwareBundle Freeze(IEnumerable<FrozenItem> items, IReadOnlyDictionary<string, string>? metadata = null)
    {
        var bundle = new FirmwareBundle();
        foreach (var item in items)
        {
            byte[] mpy = item.IsPrecompiled
                ? File.ReadAllBytes(item.SourcePath)
                : CompileToMpy(File.ReadAllText(item.SourcePath, Encoding.UTF8), item.FrozenName, item.OptimizationLevel);
            bundle.AddFrozen(item.FrozenName, mpy);
        }

        if (metadata != null)
        {
            foreach (var (key, value) in metadata)
            {
                bundle.Metadata[key] = value;
            }
        }

        return bundle;
    }
}
