using System;
using System.IO;
using MicroPython.Cli.Terminal;
using MicroPython.Objects;
using MicroPython.Runtime;
using MicroPython.Sdk.Hal;
using MicroPython.Sdk.Hosting;
using MicroPython.Sdk.Repl;

namespace MicroPython.Cli;

/// <summary>
/// Chooses and runs the REPL for the launcher's stdin: on a terminal, the full REPL engine with the terminal in
/// raw mode (restored on every way out) and the unix port's history file; otherwise the line-reading
/// <see cref="PipedRepl"/>.
/// </summary>
internal static class InteractiveRepl
{
    private const string HistoryFileName = ".micropython.history";

    public static int Run(PyRuntime runtime, IStdio stdio, RuntimeInfo info, DictObject globals)
    {
        bool showHelpLine = runtime.Config?.GetBool("MICROPY_PY_BUILTINS_HELP") ?? true;
        var mode = stdio.IsInteractive ? TerminalMode.ForStdin() : null;
        if (mode == null)
        {
            return new PipedRepl(runtime, stdio.Out, stdio.In, info, globals).Run();
        }

        var history = new ReplHistory(ReplHistory.UnixCapacity);
        string? home = Environment.GetEnvironmentVariable("HOME");
        string? historyPath = string.IsNullOrEmpty(home) ? null : Path.Combine(home, HistoryFileName);
        if (historyPath != null)
        {
            history.Load(historyPath);
        }

        var console = new TerminalConsole(stdio.Out, ProcessStdio.OpenInput(), ProcessStdio.OpenOutput(1), mode);
        var previousStdin = runtime.Stdin;
        runtime.Stdin = console.ProgramInput;
        EventHandler restoreAtExit = (_, _) => mode.EnterCooked();
        AppDomain.CurrentDomain.ProcessExit += restoreAtExit;
        mode.EnterRepl();
        try
        {
            var options = new ReplOptions
            {
                BannerLine = info.BannerLine,
                ShowHelpLine = showHelpLine,
                History = history,
            };
            return new ReplEngine(runtime, globals, console, options).Run();
        }
        finally
        {
            stdio.Out.Flush();
            mode.Dispose();
            AppDomain.CurrentDomain.ProcessExit -= restoreAtExit;
            runtime.Stdin = previousStdin;
            if (historyPath != null)
            {
                history.Save(historyPath);
            }
        }
    }
}
