using System;
using System.IO;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using MicroPython.Cli.Composition;
using MicroPython.Sdk.Plugins;

namespace MicroPython.Cli;

/// <summary>Entry point of the <c>micropython</c> launcher.</summary>
public static class Program
{
    /// <summary>
    /// Stack for the interpreter thread. Python calls recurse on the .NET stack; the VM checks remaining stack
    /// before every call, so a deep program gets <c>RuntimeError: maximum recursion depth exceeded</c> long before
    /// this runs out. Only touched pages are committed, so reserving generously costs nothing.
    /// </summary>
    internal const int InterpreterStackBytes = 256 * 1024 * 1024;

    public static int Main(string[] args)
    {
        // (a) the command line.
        StartupTrace.Mark("runtime reached Main");
        var options = LauncherOptions.Parse(args, out _);
        StartupTrace.Mark("command line parsed");
        if (options == null)
        {
            WriteStartupError("Invalid command line arguments. Use -h option for help.\n");
            return 1;
        }

        // (b)–(e) plug-ins, port and board, configuration, services.
        ComposedHost host;
        try
        {
            host = HostComposer.Compose(options);
        }
        catch (PluginSelectionException e)
        {
            WriteStartupError($"micropython: {e.Message}\n");
            return 1;
        }
        catch (MicroPython.Config.MpConfigException e)
        {
            WriteStartupError($"micropython: configuration error: {e.Message}\n");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            WriteStartupError($"micropython: cannot read the plug-in folders: {e.Message}\n");
            return 1;
        }

        var stdio = host.Stdio;
        foreach (var failure in host.Failures)
        {
            stdio.Error.Write($"micropython: {failure}\n");
        }

        // (f) the runtime, created and run on the interpreter thread.
        var launcher = new Launcher(options, host);

        // Ctrl-C through the runtime's signal registration rather than Console.CancelKeyPress, which first sets up
        // the whole terminal layer of System.Console (20-60 ms of every start-up measured on a loaded machine) and
        // writes keypad escape sequences to a terminal before the REPL banner.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
        {
            var rt = launcher.Runtime;
            if (rt != null && rt.InterruptChar >= 0)
            {
                // Delivered by the VM at the next backward jump or call as KeyboardInterrupt.
                rt.RequestKeyboardInterrupt();
                context.Cancel = true;
            }
        });

        StartupTrace.Mark("Ctrl-C handler registered");
        int status = 1;
        var thread = new Thread(() => status = launcher.Run(), InterpreterStackBytes) { Name = "micropython" };
        thread.Start();
        thread.Join();
        stdio.Out.Flush();
        stdio.Error.Flush();
        StartupTrace.Report();
        return status;
    }

    /// <summary>Errors before the port's console exists go straight to the process's stderr.</summary>
    private static void WriteStartupError(string text)
    {
        using var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false));
        stderr.Write(text);
    }
}
