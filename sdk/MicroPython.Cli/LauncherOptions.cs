using System;
using System.Collections.Generic;
using System.Globalization;
using MicroPython.Sdk.Tools;
using MicroPython.Vm.Tier1;

namespace MicroPython.Cli;

/// <summary>What the program should run.</summary>
internal enum RunMode
{
    /// <summary>REPL on a terminal, or the whole of stdin as a script when it is redirected.</summary>
    Stdin,
    Command,
    Module,
    File,
    Help,
    Version,
}

/// <summary>
/// The unix port's command line (repl.md §7): options up to the first non-option, <c>-c</c> or <c>-m</c>; the rest
/// are the program's arguments. Parse errors give MicroPython's "Invalid command line arguments" text.
/// </summary>
internal sealed class LauncherOptions
{
    public const long DefaultHeapSize = 2097152;

    public RunMode Mode { get; private set; } = RunMode.Stdin;

    /// <summary>The command (-c), module name (-m) or file path.</summary>
    public string Target { get; private set; } = string.Empty;

    /// <summary>Arguments after the target, for <c>sys.argv</c>.</summary>
    public List<string> ProgramArgs { get; } = new();

    public bool Inspect { get; private set; }

    public int Verbosity { get; private set; }

    public int OptimizationLevel { get; private set; }

    public bool CompileOnly { get; private set; }

    public string Emitter { get; private set; } = "bytecode";

    public long HeapSize { get; private set; } = DefaultHeapSize;

    /// <summary>Firmware bundle folder to boot (<c>--firmware DIR</c>): frozen modules and image settings.</summary>
    public string? Firmware { get; private set; }

    /// <summary><c>-X tier1=off|on|eager</c>: when hot code is compiled to IL (null: the runtime's default, on).</summary>
    public Tier1Mode? Tier1 { get; private set; }

    /// <summary>True when <c>-X heapsize=</c> was given (otherwise the runtime's configured size stands).</summary>
    public bool HeapSizeGiven { get; private set; }

    /// <summary><c>--config FILE</c>: the user configuration file (else <c>mpconfig.json</c> in the working directory).</summary>
    public string? ConfigFile { get; private set; }

    /// <summary><c>--show-config</c>: print the effective configuration and exit.</summary>
    public bool ShowConfig { get; private set; }

    /// <summary>
    /// The command line's configuration layer in argument order (later wins): each <c>--set KEY=VALUE</c> as written
    /// (the key is empty when the argument has no <c>=</c>, reported as a configuration error), and
    /// <c>-X heapsize=</c> / <c>-O</c> as the options they set.
    /// </summary>
    public List<KeyValuePair<string, string>> Settings { get; } = new();

    /// <summary>Raw <c>--set</c> arguments that are not <c>KEY=VALUE</c>.</summary>
    public List<string> MalformedSettings { get; } = new();

    /// <summary><c>--port NAME</c>: the port plug-in to run (null = the host's: windows on Windows, else unix).</summary>
    public string? Port { get; private set; }

    /// <summary><c>--board NAME</c>: the board or variant of the port (null = the port's default).</summary>
    public string? Board { get; private set; }

    /// <summary><c>--plugins DIR</c> (repeatable): user plug-in folders searched after the built-in <c>plugins/</c>.</summary>
    public List<string> PluginDirectories { get; } = new();

    /// <summary>Parses <paramref name="args"/>; returns null (after setting <paramref name="error"/>) when they are invalid.</summary>
    public static LauncherOptions? Parse(string[] args, out string? error)
    {
        var o = new LauncherOptions();
        error = null;

        // First pass over the option range: -h, --version and -X are handled before anything else is checked.
        int end = OptionRangeEnd(args);
        for (int i = 0; i < end; i++)
        {
            switch (args[i])
            {
                case "-h":
                    o.Mode = RunMode.Help;
                    break;
                case "--version":
                    if (o.Mode != RunMode.Help)
                    {
                        o.Mode = RunMode.Version;
                    }

                    break;
                case "--port" or "--board" or "--plugins" or "--firmware":
                    // Applied here so that --version also reports the selected port.
                    if (i + 1 < args.Length)
                    {
                        o.ApplyValueOption(args[i], args[i + 1]);
                    }

                    i++;
                    break;
                case "-X":
                    if (i + 1 >= args.Length || !o.ApplyImplementationOption(args[i + 1]))
                    {
                        if (o.Mode is RunMode.Help or RunMode.Version)
                        {
                            return o;
                        }

                        error = "invalid";
                        return null;
                    }

                    i++;
                    break;
                case "--config":
                case "--set":
                    i++; // the value is checked in the second pass
                    break;
            }
        }

        if (o.Mode is RunMode.Help or RunMode.Version)
        {
            return o;
        }

        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            if (a == "-c" || a == "-m")
            {
                if (i + 1 >= args.Length)
                {
                    error = "invalid";
                    return null;
                }

                o.Mode = a == "-c" ? RunMode.Command : RunMode.Module;
                o.Target = args[i + 1];
                AddRest(o, args, i + 2);
                return o;
            }

            if (a == "-X")
            {
                i++;
                if (args[i].StartsWith("heapsize=", StringComparison.Ordinal) && TryParseHeapSize(args[i].Substring(9), out long size))
                {
                    o.Settings.Add(new(MicroPython.Config.MpOptionCatalog.HeapSize, size.ToString(CultureInfo.InvariantCulture)));
                }

                continue;
            }

            if (a is "--config" or "--set")
            {
                if (i + 1 >= args.Length)
                {
                    error = "invalid";
                    return null;
                }

                string value = args[++i];
                if (a == "--config")
                {
                    o.ConfigFile = value;
                }
                else if (MicroPython.Sdk.Configuration.MpConfigLoader.TryParseSetting(value, out var setting))
                {
                    o.Settings.Add(setting);
                }
                else
                {
                    o.MalformedSettings.Add(value);
                }

                continue;
            }

            if (a == "--show-config")
            {
                o.ShowConfig = true;
                continue;
            }

            if (IsValueOption(a))
            {
                if (i + 1 >= args.Length)
                {
                    error = "invalid";
                    return null;
                }

                i++; // applied in the first pass
                continue;
            }

            if (a == "-i")
            {
                o.Inspect = true;
                continue;
            }

            if (a.StartsWith("-v", StringComparison.Ordinal) && a.Trim('v').Length == 1)
            {
                o.Verbosity += a.Length - 1;
                continue;
            }

            if (a.StartsWith("-O", StringComparison.Ordinal))
            {
                o.OptimizationLevel = OptimizationLevelArgument.Parse(a);
                o.Settings.Add(new(MicroPython.Config.MpOptionCatalog.OptLevel, o.OptimizationLevel.ToString(CultureInfo.InvariantCulture)));
                continue;
            }

            if (a.Length > 1 && a[0] == '-')
            {
                error = "invalid";
                return null;
            }

            o.Mode = RunMode.File;
            o.Target = a;
            AddRest(o, args, i + 1);
            return o;
        }

        return o;
    }

    private static int OptionRangeEnd(string[] args)
    {
        for (int i = 0; i < args.Length; i++)
        {
            string a = args[i];
            if (a == "-c" || a == "-m")
            {
                return i;
            }

            if (a is "-X" or "--config" or "--set" || IsValueOption(a))
            {
                i++;
                continue;
            }

            if (a.Length == 0 || a[0] != '-')
            {
                return i;
            }
        }

        return args.Length;
    }

    /// <summary>The launcher's own long options that take a value (port, board, plug-in folder, firmware bundle).</summary>
    private static bool IsValueOption(string a) => a is "--port" or "--board" or "--plugins" or "--firmware";

    private void ApplyValueOption(string option, string value)
    {
        switch (option)
        {
            case "--port":
                Port = value;
                break;
            case "--board":
                Board = value;
                break;
            case "--firmware":
                Firmware = value;
                break;
            default:
                PluginDirectories.Add(value);
                break;
        }
    }

    private static void AddRest(LauncherOptions o, string[] args, int from)
    {
        for (int i = from; i < args.Length; i++)
        {
            o.ProgramArgs.Add(args[i]);
        }
    }

    private bool ApplyImplementationOption(string opt)
    {
        if (opt == "compile-only")
        {
            CompileOnly = true;
            return true;
        }

        if (opt.StartsWith("emit=", StringComparison.Ordinal))
        {
            string e = opt.Substring(5);
            if (e is "bytecode" or "native" or "viper")
            {
                Emitter = e;
                return true;
            }

            return false;
        }

        if (opt.StartsWith("tier1=", StringComparison.Ordinal))
        {
            switch (opt.Substring(6))
            {
                case "off":
                    Tier1 = Tier1Mode.Off;
                    return true;
                case "on":
                    Tier1 = Tier1Mode.On;
                    return true;
                case "eager":
                    Tier1 = Tier1Mode.Eager;
                    return true;
                default:
                    return false;
            }
        }

        if (opt.StartsWith("heapsize=", StringComparison.Ordinal))
        {
            if (!TryParseHeapSize(opt.Substring(9), out long size))
            {
                return false;
            }

            HeapSize = size;
            HeapSizeGiven = true;
            return true;
        }

        return false;
    }

    /// <summary>N[w][K|M] with N parsed like C strtol base 0; rejects values below 700 and trailing garbage.</summary>
    internal static bool TryParseHeapSize(string text, out long size)
    {
        size = 0;
        int i = 0;
        int numberBase = 10;
        if (text.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            numberBase = 16;
            i = 2;
        }
        else if (text.Length > 1 && text[0] == '0')
        {
            numberBase = 8;
            i = 1;
        }

        int start = i;
        long value = 0;
        for (; i < text.Length; i++)
        {
            int digit = HexDigit(text[i]);
            if (digit < 0 || digit >= numberBase)
            {
                break;
            }

            value = checked(value * numberBase + digit);
        }

        if (i == start && numberBase != 8)
        {
            return false;
        }

        if (i < text.Length && (text[i] == 'w' || text[i] == 'W'))
        {
            value = value * IntPtr.Size / 4;
            i++;
        }

        if (i < text.Length && (text[i] == 'k' || text[i] == 'K'))
        {
            value *= 1024;
            i++;
        }
        else if (i < text.Length && (text[i] == 'm' || text[i] == 'M'))
        {
            value *= 1048576;
            i++;
        }

        if (i != text.Length || value < 700)
        {
            return false;
        }

        size = value;
        return true;
    }

    private static int HexDigit(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    public string HelpText(string argv0) => string.Create(CultureInfo.InvariantCulture, $@"usage: {argv0} [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename>]
Options:
--version : show version information
-h : print this help message
-i : enable inspection via REPL after running command/module/file
-v : verbose (trace various operations); can be multiple
-O[N] : apply bytecode optimizations of level N
--firmware <dir> : boot a firmware bundle (frozen modules, image settings; see mpy-cross --freeze)
--config FILE : read configuration options from the JSON file FILE (default: ./mpconfig.json if present)
--set KEY=VALUE : set configuration option KEY (a MICROPY_* name); can be repeated
--show-config : print every configuration option, its value and where it was set, then exit
--port NAME : run on port NAME (a port plug-in, default unix)
--board NAME : select the board or variant of the port
--plugins DIR : also load the plug-ins in DIR (after the built-in ones)

Implementation specific options (-X):
  compile-only                 -- parse and compile only
  emit={{bytecode,native,viper}} -- set the default code emitter
  heapsize=<n>[w][K|M] -- set the heap size for the GC (default {HeapSize})
  tier1={{off,on,eager}} -- compile hot code to IL: never, when hot (default), on first run
");
}
