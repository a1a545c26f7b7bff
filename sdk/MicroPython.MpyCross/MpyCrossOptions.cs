using System;
using System.Collections.Generic;
using MicroPython.Mpy;
using MicroPython.Sdk.Tools;

namespace MicroPython.MpyCross;

/// <summary>What an invocation asks for.</summary>
internal enum MpyCrossMode
{
    Compile,
    Freeze,
    Help,
    Version,
}

/// <summary>
/// MicroPython's <c>mpy-cross</c> command line: <c>-o</c>, <c>-s</c>, <c>-v</c>, <c>-O[N]</c>,
/// <c>-msmall-int-bits=N</c>, <c>-march=ARCH</c>, <c>-X emit=…</c>, <c>-X heapsize=…</c>, <c>--version</c>,
/// <c>-h</c>, <c>--</c>, one input file (<c>-</c> for stdin). Our addition: <c>--freeze MANIFEST -o DIR</c>
/// (with <c>-D NAME=PATH</c> path variables and <c>--set MICROPY_X=V</c> image settings) builds a firmware bundle,
/// the job MicroPython's build system does with makemanifest.py.
/// </summary>
internal sealed class MpyCrossOptions
{
    public MpyCrossMode Mode { get; private set; } = MpyCrossMode.Compile;

    /// <summary>The manifest given to <c>--freeze</c>.</summary>
    public string? Manifest { get; private set; }

    public string? Input { get; private set; }

    public string? Output { get; private set; }

    public string? SourceName { get; private set; }

    public int OptimizationLevel { get; private set; }

    public int Verbosity { get; private set; }

    public int SmallIntBits { get; private set; } = MpyFormat.DefaultSmallIntBits;

    /// <summary>Architecture number of <c>-march=</c> (0 = none). Only matters for native code, which we never emit.</summary>
    public int Arch { get; private set; }

    public string Emitter { get; private set; } = "bytecode";

    public Dictionary<string, string> PathVariables { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Settings { get; } = new(StringComparer.Ordinal);

    /// <summary>Parses <paramref name="args"/>; returns null with <paramref name="error"/> set when they are invalid.</summary>
    public static MpyCrossOptions? Parse(string[] args, out string? error)
    {
        var o = new MpyCrossOptions();
        error = null;
        bool optionsEnded = false;
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            if (optionsEnded || a == "-" || a.Length == 0 || a[0] != '-')
            {
                if (o.Input != null)
                {
                    error = "multiple input files";
                    return null;
                }

                o.Input = a;
                continue;
            }

            switch (a)
            {
                case "-h":
                    o.Mode = MpyCrossMode.Help;
                    return o;
                case "--version":
                    o.Mode = MpyCrossMode.Version;
                    return o;
                case "--":
                    optionsEnded = true;
                    continue;
                case "-o":
                case "-s":
                case "-X":
                case "--freeze":
                case "-D":
                case "--set":
                    if (i + 1 >= args.Length)
                    {
                        error = null;
                        return null;
                    }

                    if (!o.ApplyValued(a, args[++i], out error))
                    {
                        return null;
                    }

                    continue;
            }

            if (a.StartsWith("-v", StringComparison.Ordinal) && a.Trim('v').Length == 1)
            {
                o.Verbosity += a.Length - 1;
            }
            else if (a.StartsWith("-O", StringComparison.Ordinal))
            {
                o.OptimizationLevel = OptimizationLevelArgument.Parse(a);
            }
            else if (a.StartsWith("-msmall-int-bits=", StringComparison.Ordinal))
            {
                if (!int.TryParse(a.AsSpan("-msmall-int-bits=".Length), out int bits) || bits < 2 || bits > MpyFormat.RuntimeSmallIntBits)
                {
                    error = "invalid small-int bits";
                    return null;
                }

                o.SmallIntBits = bits;
            }
            else if (a.StartsWith("-march=", StringComparison.Ordinal))
            {
                string arch = a.Substring("-march=".Length);
                int index = Array.IndexOf(MpyFormat.ArchNames, arch);
                if (arch == "host")
                {
                    index = 0; // the host has no native emitter here
                }

                if (index < 0)
                {
                    error = "invalid arch";
                    return null;
                }

                o.Arch = index;
            }
            else
            {
                return null;
            }
        }

        if (o.Mode == MpyCrossMode.Compile && o.Input == null)
        {
            error = "no input file";
            return null;
        }

        if (o.Mode == MpyCrossMode.Freeze && (o.Output == null || o.Input != null))
        {
            error = "--freeze needs -o <bundle folder> and no input file";
            return null;
        }

        return o;
    }

    private bool ApplyValued(string option, string value, out string? error)
    {
        error = null;
        switch (option)
        {
            case "-o":
                Output = value;
                return true;
            case "-s":
                SourceName = value;
                return true;
            case "--freeze":
                Mode = MpyCrossMode.Freeze;
                Input = null;
                Manifest = value;
                return true;
            case "-D":
            case "--set":
                int eq = value.IndexOf('=');
                if (eq <= 0)
                {
                    error = $"{option} expects NAME=VALUE";
                    return false;
                }

                (option == "-D" ? PathVariables : Settings)[value.Substring(0, eq)] = value.Substring(eq + 1);
                return true;
        }

        // -X implementation options, as MicroPython's mpy-cross takes them.
        if (value.StartsWith("emit=", StringComparison.Ordinal))
        {
            string e = value.Substring(5);
            if (e is "bytecode" or "native" or "viper")
            {
                // No machine-code emitter exists here: native and viper code are emitted as bytecode, which
                // every MicroPython runs (the header then records no architecture).
                Emitter = e;
                return true;
            }
        }
        else if (value.StartsWith("heapsize=", StringComparison.Ordinal))
        {
            return value.Length > "heapsize=".Length;
        }

        return false;
    }

    public static string HelpText(string argv0) => $@"usage: {argv0} [<opts>] [-X <implopt>] [--] <input filename>
Options:
--version : show version information
-o : output file for compiled bytecode (defaults to input filename with .mpy extension)
-s : source filename to embed in the compiled bytecode (defaults to input file)
-v : verbose (trace various operations); can be multiple
-O[N] : apply bytecode optimizations of level N

Target specific options:
-msmall-int-bits=number : set the maximum bits used to encode a small-int
-march=<arch> : set architecture for native emitter; {string.Join(", ", MpyFormat.ArchNames, 1, MpyFormat.ArchNames.Length - 1)}, host
  (no native emitter is built in: the output is always bytecode, which runs on every architecture)

Implementation specific options:
  emit={{bytecode,native,viper}} -- set the default code emitter (native and viper compile to bytecode)
  heapsize=<n> -- accepted for compatibility

Firmware bundles (MicroPython.NET):
--freeze <manifest.py> -o <dir> : evaluate a manifest and write the frozen modules as a firmware bundle
  -D NAME=PATH : a $(NAME) path variable for the manifest (MPY_DIR, MPY_LIB_DIR, PORT_DIR, BOARD_DIR, ...)
  --set MICROPY_OPTION=VALUE : a setting recorded in the bundle (e.g. MICROPY_ENABLE_COMPILER=0)
";
}
