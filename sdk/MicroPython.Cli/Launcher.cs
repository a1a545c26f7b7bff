using System;
using System.IO;
using System.Text;
using MicroPython.Cli.Composition;
using MicroPython.Compiler;
using MicroPython.Config;
using MicroPython.Objects;
using MicroPython.Runtime;
using MicroPython.Sdk.Configuration;
using MicroPython.Sdk.Hosting;
using MicroPython.Sdk.Modules;

namespace MicroPython.Cli;

/// <summary>
/// Runs one invocation of the unix-port launcher: builds the runtime, runs the file / command / module / stdin
/// / REPL, and turns the outcome into MicroPython's output and exit status (errors-and-tracebacks.md §1.2).
/// </summary>
internal sealed class Launcher
{
    private const string Argv0 = "micropython";

    private readonly LauncherOptions _options;
    private readonly ComposedHost _host;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly TextReader _stdin;
    private readonly bool _stdinIsTerminal;
    private PyRuntime? _runtime;
    private ModuleObject? _main;

    public Launcher(LauncherOptions options, ComposedHost host)
    {
        _options = options;
        _host = host;
        _stdout = host.Stdio.Out;
        _stderr = host.Stdio.Error;
        _stdin = host.Stdio.In;
        _stdinIsTerminal = host.Stdio.IsInteractive;
    }

    /// <summary>The runtime, once created (Ctrl-C handling sets its interrupt flag).</summary>
    public PyRuntime? Runtime => _runtime;

    /// <summary>How uncaught exceptions and SystemExit are reported for the current kind of run.</summary>
    private bool QuietMode => _options.Mode == RunMode.Module || (_options.Mode == RunMode.Stdin && !_stdinIsTerminal);

    public int Run()
    {
        var info = _host.Info;

        switch (_options.Mode)
        {
            case RunMode.Help:
                _stdout.Write(_options.HelpText(Argv0));
                return 0;
            case RunMode.Version:
                _stdout.Write(info.BannerLine + "\n");
                return 0;
        }

        if (_options.ShowConfig)
        {
            _stdout.Write(MpConfigReport.Format(_host.Config));
            return 0;
        }

        StartupTrace.Mark("interpreter thread started");
        var runtime = PyRuntime.Create(info);
        StartupTrace.Mark("runtime created (builtins)");
        _runtime = runtime;
        runtime.Stdout = _stdout;
        runtime.Stderr = _stderr;
        runtime.Stdin = _stdin;
        runtime.FileSystem = _host.FileSystem;
        HelpBuiltin.Register(runtime, _host.Port.HelpText);
        _host.Install(runtime, failure =>
        {
            _stderr.Write($"{Argv0}: {failure}\n");
        });

        // After every module is registered (kernel, port, plug-ins), so disabled ones are removed whoever added them.
        MpConfigApplier.Apply(_host.Config, runtime);
        runtime.StackLimitBytes = Program.InterpreterStackBytes;
        if (_options.Tier1 is { } tier1)
        {
            runtime.Tier1 = tier1;
        }

        runtime.MarkStackTop();
        SetUpPath(runtime);
        StartupTrace.Mark("modules registered, config applied");
        try
        {
            _host.Port.Boot(runtime, _host.Services);
        }
        catch (PyException e)
        {
            return Report(e.Value);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _stderr.Write($"{Argv0}: port '{_host.Port.Name}' failed to boot: {e.GetType().Name}: {e.Message}\n");
            return 1;
        }

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

        StartupTrace.Mark("port booted");
        int status = _options.Mode switch
        {
            RunMode.Command => RunSource(runtime, _options.Target, "<stdin>", "-c"),
            RunMode.File => RunFile(runtime),
            RunMode.Module => RunModule(runtime),
            _ => _stdinIsTerminal ? -1 : RunSource(runtime, _stdin.ReadToEnd(), "<stdin>", null),
        };

        if (status == -1 || (_options.Inspect && status >= 0 && !IsSystemExitStatus))
        {
            status = InteractiveRepl.Run(runtime, _host.Stdio, info, MainModule.Globals);
        }

        RunAtExit(runtime);
        return status;
    }

    private bool IsSystemExitStatus { get; set; }

    /// <summary>The <c>__main__</c> module shared by -c/FILE and a following REPL (<c>-i</c>).</summary>
    private ModuleObject MainModule => _main ??= new ModuleObject("__main__");

    private void SetUpPath(PyRuntime runtime)
    {
        runtime.Path.Append(StrObject.Empty);
        var env = Environment.GetEnvironmentVariable("MICROPYPATH");
        string home = Environment.GetEnvironmentVariable("HOME") ?? string.Empty;
        char separator = _host.Port.PathListSeparator;
        string list = env ?? string.Join(separator, _host.Port.DefaultModulePath);
        if (list.Length == 0)
        {
            return;
        }

        var parts = list.Split(separator);
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
            StartupTrace.Mark("program compiled");
            runtime.Execute(compiled, module.Globals);
            StartupTrace.Mark("program ran");
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
            return ExitStatusOf(exception);
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

    private int ExitStatusOf(PyObject exception)
    {
        int status = SystemExitStatus.From(exception, boolIsInt: QuietMode, out string? message);
        if (message != null && !QuietMode)
        {
            _stdout.Flush();
            _stderr.Write(message + "\n");
            _stderr.Flush();
        }

        return status;
    }

    private void RunAtExit(PyRuntime runtime)
    {
        if (runtime.AtExit is { } fn)
        {
            Guard(() => Ops.CallFunction(fn));
        }
    }
}
