using System;
using System.IO;
using System.Text;
using MicroPython.Mpy;
using MicroPython.Objects;
using MicroPython.Runtime;
using MicroPython.Sdk.Firmware;

namespace MicroPython.MpyCross;

/// <summary>Entry point of <c>mpy-cross</c>.</summary>
public static class Program
{
    private const string Argv0 = "mpy-cross";

    /// <summary>Runs the tool; returns the process exit status (0 success, 1 error, 2 bad arguments).</summary>
    public static int Main(string[] args)
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n" };
        var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        try
        {
            return Run(args, stdout, stderr);
        }
        finally
        {
            stdout.Flush();
        }
    }

    private static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = MpyCrossOptions.Parse(args, out string? error);
        if (options == null)
        {
            stderr.Write(error != null ? error + "\n" : "Invalid argument. Use -h option for help.\n");
            return error != null ? 1 : 2;
        }

        switch (options.Mode)
        {
            case MpyCrossMode.Help:
                stdout.Write(MpyCrossOptions.HelpText(Argv0));
                return 0;
            case MpyCrossMode.Version:
                var info = new RuntimeInfo();
                stdout.Write($"MicroPython {info.VersionTag} on {info.BuildDate}; mpy-cross emitting mpy v{MpyFormat.Version}.{MpyFormat.SubVersion}\n");
                return 0;
        }

        // Python exceptions raised while compiling (SyntaxError) or freezing are printed as MicroPython does.
        PyRuntime.Create().MakeCurrent();
        try
        {
            return options.Mode == MpyCrossMode.Freeze ? Freeze(options, stdout, stderr) : Compile(options, stdout, stderr);
        }
        catch (PyException e)
        {
            stdout.Flush();
            TracebackPrinter.Print(stderr, e.Value);
            return 1;
        }
    }

    private static int Compile(MpyCrossOptions options, TextWriter stdout, TextWriter stderr)
    {
        string input = options.Input!;
        bool fromStdin = input == "-";
        string source;
        try
        {
            source = fromStdin ? Console.In.ReadToEnd() : File.ReadAllText(input, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.Write($"{Argv0}: can't open file '{input}': [Errno 2] No such file or directory\n");
            return 1;
        }

        string sourceName = options.SourceName ?? (fromStdin ? "<stdin>" : input);
        byte[] mpy = Freezer.CompileToMpy(source, sourceName, options.OptimizationLevel, options.SmallIntBits);
        string output = options.Output ?? (fromStdin ? "-" : DefaultOutput(input));
        if (output == "-")
        {
            stdout.Flush();
            using var raw = Console.OpenStandardOutput();
            raw.Write(mpy);
        }
        else
        {
            File.WriteAllBytes(output, mpy);
        }

        if (options.Verbosity > 0)
        {
            stderr.Write($"{sourceName}: {mpy.Length} bytes written to {output}\n");
        }

        return 0;
    }

    /// <summary><c>x.py</c> → <c>x.mpy</c>; any other name gets <c>.mpy</c> appended.</summary>
    private static string DefaultOutput(string input) =>
        (input.EndsWith(".py", StringComparison.Ordinal) ? input.Substring(0, input.Length - 3) : input) + ".mpy";

    private static int Freeze(MpyCrossOptions options, TextWriter stdout, TextWriter stderr)
    {
        var evaluator = new ManifestEvaluator(options.PathVariables) { Output = stdout };
        evaluator.Evaluate(options.Manifest!);
        var bundle = Freezer.Freeze(evaluator.Items, evaluator.Metadata);
        foreach (var (key, value) in options.Settings)
        {
            bundle.Config[key] = value;
        }

        bundle.Save(options.Output!);
        if (options.Verbosity > 0)
        {
            stderr.Write($"{bundle.Frozen.Count} frozen modules written to {options.Output}\n");
        }

        return 0;
    }
}
