using System;
using System.IO;
using System.Text;
using System.Threading;

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
        var options = LauncherOptions.Parse(args, out _);
        var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        if (options == null)
        {
            stderr.Write("Invalid command line arguments. Use -h option for help.\n");
            return 1;
        }

        // Buffered stdout for speed; it is flushed before anything goes to stderr and before reading input.
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 16384) { AutoFlush = false, NewLine = "\n" };
        var orderedStderr = new FlushingWriter(stderr, stdout);
        var stdin = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));
        bool isTerminal = !Console.IsInputRedirected;

        var launcher = new Launcher(options, stdout, orderedStderr, stdin, isTerminal);
        Console.CancelKeyPress += (_, e) =>
        {
            var rt = launcher.Runtime;
            if (rt != null && rt.InterruptChar >= 0)
            {
                // Delivered by the VM at the next backward jump or call as KeyboardInterrupt.
                rt.RequestKeyboardInterrupt();
                e.Cancel = true;
            }
        };

        int status = 1;
        var thread = new Thread(() => status = launcher.Run(), InterpreterStackBytes) { Name = "micropython" };
        thread.Start();
        thread.Join();
        stdout.Flush();
        stderr.Flush();
        return status;
    }

    /// <summary>Writes to stderr after flushing stdout, so merged output keeps program order.</summary>
    private sealed class FlushingWriter : TextWriter
    {
        private readonly TextWriter _inner;
        private readonly TextWriter _flushFirst;

        public FlushingWriter(TextWriter inner, TextWriter flushFirst)
        {
            _inner = inner;
            _flushFirst = flushFirst;
        }

        public override Encoding Encoding => _inner.Encoding;

        public override void Write(char value)
        {
            _flushFirst.Flush();
            _inner.Write(value);
        }

        public override void Write(string? value)
        {
            _flushFirst.Flush();
            _inner.Write(value);
        }

        public override void Flush() => _inner.Flush();
    }
}
