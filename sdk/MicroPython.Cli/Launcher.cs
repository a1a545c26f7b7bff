using System;
using System.IO;
using System.Text;
using System.Collections;
using System.Collections.Generic;
using MicroPython.Compiler;
using MicroPython.Config;
using MicroPython.Objects;
using MicroPython.Runtime;
using MicroPython.Sdk.Configuration;
using MicroPython.Sdk.FileSystems;

namespace MicroPython.Cli;

/// <summary>
/// Runs one invocation of the unix-port launcher: builds the runtime, runs the file / command / module / stdin
/// / REPL, and turns the outcome into MicroPython's output and exit status (errors-and-tracebacks.md §1.2).
/// </summary>
internal sealed class Launcher
{
    private const string Argv0 = "micropython";

    private readonly LauncherOptions _options;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly TextReader _stdin;
    private readonly bool _stdinIsTerminal;
    private PyRuntime? _runtime;
    private ModuleObject? _main;

    public Launcher(LauncherOptions options, TextWriter stdout, TextWriter stderr, TextReader stdin, bool stdinIsTerminal)
    {
        _options = options;
        _stdout = stdout;
        _stderr = stderr;
        _stdin = stdin;
        _stdinIsTerminal = stdinIsTerminal;
    }

    /// <summary>The runtime, once created (Ctrl-C handling sets its interrupt flag).</summary>
    public PyRuntime? Runtime => _runtime;

    /// <summary>How uncaught exceptions and SystemExit are reported for the current kind of run.</summary>
    private bool QuietMode => _options.Mode == RunMode.Module || (_options.Mode == RunMode.Stdin && !_stdinIsTerminal);

    public int Run()
    {
        var info = new RuntimeInfo
        {
            Executable = Environment.ProcessPath ?? Argv0,
        };

        switch (_options.Mode)
        {
            case RunMode.Help:
                _stdout.Write(_options.HelpText(Argv0));
                return 0;
            case RunMode.Version:
                _stdout.Write(info.BannerLine + "\n");
                return 0;
        }

        MpConfig config;
        try
        {
            config = LoadConfig();
        }
        catch (MpConfigException e)
        {
            _stderr.Write($"{Argv0}: configuration error: {e.Message}\n");
            _stderr.Flush();
            return 1;
        }

        if (_options.ShowConfig)
        {
            _stdout.Write(MpConfigReport.Format(config));
            return 0;
        }

        var runtime = PyRuntime.Create(info);
        _runtime = runtime;
        runtime.Stdout = _stdout;
        runtime.Stderr = _stderr;
        runtime.Stdin = _stdin;
        runtime.FileSystem = new HostFileSystem(); // TEMPORARY until the unix/windows port plug-ins register their filesystem
        MpConfigApplier.Apply(config, runtime);
        runtime.StackLimitBytes = Program.InterpreterStackBytes;
        runtime.MarkStackTop();
        SetUpPath(runtime);
        if (_options.Firmware != null)
        {
            var boot = FirmwareBoot.Install(runtime, _options.Firmware, _stderr);
            if (boot < 0)
            {
                return 1;
            }

            if (_options.Mode == RunMode.Stdin)
            {
                // A board runs its boot.py and main.py (frozen ones first) before the REPL.
                int bootStatus = FirmwareBoot.RunBootScripts(runtime, MainModule, Guard);
                if (bootStatus != 0 || IsSystemExitStatus || !_stdinIsTerminal)
                {
                    RunAtExit(runtime);
                    return bootStatus;
                }
            }
        }

        int status = _options.Mode switch
        {
            RunMode.Command => RunSource(runtime, _options.Target, "<stdin>", "-c"),
            RunMode.File => RunFile(runtime),
            RunMode.Module => RunModule(runtime),
            _ => _stdinIsTerminal ? -1 : RunSource(runtime, _stdin.ReadToEnd(), "<stdin>", null),
        };

        if (status == -1 || (_options.Inspect && status >= 0 && !IsSystemExitStatus))
        {
            status = new Repl(runtime, _stdout, _stdin, info, MainModule.Globals).Run();
        }

        RunAtExit(runtime);
        return status;
    }

    private bool IsSystemExitStatus { get; set; }

    /// <summary>
    /// The port's defaults until port plug-ins supply their own <c>mpconfigport.json</c>: the unix port's
    /// configuration, shipped beside the launcher.
    /// </summary>
    private static string? UnixPortConfigFile
    {
        get
        {
            string path = Path.Combine(AppContext.BaseDirectory, "mpconfigport.unix.json");
            return File.Exists(path) ? path : null;
        }
    }

    /// <summary>Builds the configuration from the port file, the user file, the environment and the command line.</summary>
    private MpConfig LoadConfig()
    {
        foreach (var bad in _options.MalformedSettings)
        {
            throw new MpConfigException(MpConfigLayer.CommandLine, $"--set {bad}: expected KEY=VALUE");
        }

        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry e in Environment.GetEnvironmentVariables())
        {
            environment[(string)e.Key] = e.Value as string ?? string.Empty;
        }

        return MpConfigLoader.Load(new MpConfigSources
        {
            PortFile = UnixPortConfigFile,
            UserFile = _options.ConfigFile ?? MpConfigLoader.FindUserFile(Directory.GetCurrentDirectory()),
            Environment = environment,
            CommandLine = _options.Settings,
        });
    }

    /// <summary>The <c>__main__</c> module shared by -c/FILE and a following REPL (<c>-i</c>).</summary>
    private ModuleObject MainModule => _main ??= new ModuleObject("__main__");

    private void SetUpPath(PyRuntime runtime)
    {
        runtime.Path.Append(StrObject.Empty);
        var env = Environment.GetEnvironmentVariable("MICROPYPATH");
        string home = Environment.GetEnvironmentVariable("HOME") ?? string.Empty;
        string list = env ?? ".frozen:~/.micropython/lib:/usr/lib/micropython";
        if (list.Length == 0)
        {
            return;
        }

        var parts = list.Split(OperatingSystem.IsWindows() ? ';' : ':');
        for (int i = 0; i < parts.Length; i++)
        {
            string p = parts[i];
            if (i == 0 && p.Length == 0)
            {
                continue; // a leading empty entry is the '' already present
            }

            if (p.StartsWith("~/", StringComparison.Ordinal) && home.Length > 0)
            {
                p = home + p.Substring(1);
            }

            runtime.Path.Append(new StrObject(p));
        }
    }

    private int RunFile(PyRuntime runtime)
    {
        string path = _options.Target;
        string source;
        try
        {
            source = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _stderr.Write($"{Argv0}: can't open file '{path}': [Errno 2] No such file or directory\n");
            _stderr.Flush();
            return 2;
        }

        string full = Path.GetFullPath(path);
        var resolved = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        runtime.Path[0] = new StrObject(Path.GetDirectoryName(resolved) ?? "/");
        return RunSource(runtime, source, path, path);
    }

    private int RunModule(PyRuntime runtime)
    {
        runtime.Argv.Append(new StrObject(_options.Target));
        AddProgramArgs(runtime);
        return Guard(() => runtime.ImportAsMain(_options.Target));
    }

    private int RunSource(PyRuntime runtime, string source, string fileName, string? argv0)
    {
        if (argv0 != null)
        {
            runtime.Argv.Append(new StrObject(argv0));
            AddProgramArgs(runtime);
        }

        return Guard(() =>
        {
            var module = MainModule;
            if (_options.CompileOnly)
            {
                runtime.CompileSource(source, fileName, CompileMode.Exec);
                return;
            }

            var compiled = runtime.CompileSource(source, fileName, CompileMode.Exec);
            runtime.Execute(compiled, module.Globals);
        });
    }

    private void AddProgramArgs(PyRuntime runtime)
    {
        foreach (var a in _options.ProgramArgs)
        {
            runtime.Argv.Append(new StrObject(a));
        }
    }

    /// <summary>Runs <paramref name="body"/>, reporting an escaping Python exception; returns the exit status.</summary>
    private int Guard(Action body)
    {
        try
        {
            body();
            return 0;
        }
        catch (PyException e)
        {
            return Report(e.Value);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A .NET fault that escaped the VM is our bug; the user still gets a Python-style error, not a stack trace.
            var writer = QuietMode ? _stderr : _stdout;
            writer.Write($"RuntimeError: internal error: {e.GetType().Name}: {e.Message}\n");
            return 1;
        }
    }

    private int Report(PyObject exception)
    {
        if (Ops.IsInstance(exception, ExceptionTypes.SystemExit))
        {
            IsSystemExitStatus = true;
            return SystemExitStatus(exception);
        }

        _stdout.Flush();
        var writer = QuietMode ? _stderr : _stdout;
        TracebackPrinter.Print(writer, exception);
        writer.Flush();
        if (Ops.IsInstance(exception, ExceptionTypes.KeyboardInterrupt) && !QuietMode)
        {
            return 130;
        }

        return 1;
    }

    private int SystemExitStatus(PyObject exception)
    {
        var native = exception.NativeSelf as ExceptionObject;
        var code = native == null || native.Args.Items.Length == 0 ? NoneObject.None : native.Args.Items[0];
        if (ReferenceEquals(code, NoneObject.None))
        {
            return 0;
        }

        if (code is IntObject i && (code is not BoolObject || QuietMode))
        {
            return (int)(i.Value & 0xFF);
        }

        if (code is BigIntObject big)
        {
            return (int)(big.Value & 0xFF);
        }

        if (!QuietMode)
        {
            _stdout.Flush();
            _stderr.Write(Ops.Str(code) + "\n");
            _stderr.Flush();
        }

        return 1;
    }

    private void RunAtExit(PyRuntime runtime)
    {
        if (runtime.AtExit is { } fn)
        {
            Guard(() => Ops.CallFunction(fn));
        }
    }
}
