using System;
using System.IO;
using System.Text;
using MicroPython.Sdk.Hal;
using Microsoft.Win32.SafeHandles;

namespace MicroPython.Sdk.Hosting;

/// <summary>
/// The process's own stdin/stdout/stderr as the console of a host port, UTF-8 without BOM and <c>\n</c> line
/// ends. Stdout is buffered for speed unless it is a terminal; stderr flushes stdout first, so merged output keeps program order.
/// </summary>
public sealed class ProcessStdio : IStdio
{
    /// <summary>Opens the process's standard streams.</summary>
    public ProcessStdio()
    {
        var encoding = new UTF8Encoding(false);
        // A terminal sees output as it is printed (MicroPython's stdout is unbuffered); pipes and files get a buffer.
        var stdout = new StreamWriter(OpenOutput(1), encoding, 16384) { AutoFlush = !Console.IsOutputRedirected, NewLine = "\n" };
        var stderr = new StreamWriter(OpenOutput(2), encoding) { AutoFlush = true, NewLine = "\n" };
        Out = stdout;
        Error = new FlushingWriter(stderr, stdout);
        In = new StreamReader(OpenInput(), encoding);
        IsInteractive = !Console.IsInputRedirected;
    }

    /// <summary>
    /// Stdin as a stream of bytes. A unix terminal is read through its descriptor: .NET's console stream would run
    /// its own line editor there (initialising its terminal handling, which writes keypad escape sequences).
    /// </summary>
    public static Stream OpenInput()
    {
        if (!OperatingSystem.IsWindows() && !Console.IsInputRedirected)
        {
            return new FileStream(new SafeFileHandle(0, ownsHandle: false), FileAccess.Read, bufferSize: 0);
        }

        return Console.OpenStandardInput();
    }

    /// <summary>
    /// Stdout or stderr as a stream. A unix terminal gets the descriptor itself: .NET's console stream initialises
    /// its terminal handling on the first write, which sends keypad escape sequences ahead of our output (the REPL
    /// banner must be the first bytes). Pipes and files keep the console stream, which ignores a closed pipe.
    /// </summary>
    public static Stream OpenOutput(int fd)
    {
        bool redirected = fd == 1 ? Console.IsOutputRedirected : Console.IsErrorRedirected;
        if (!OperatingSystem.IsWindows() && !redirected)
        {
            return new FileStream(new SafeFileHandle(fd, ownsHandle: false), FileAccess.Write, bufferSize: 0);
        }

        return fd == 1 ? Console.OpenStandardOutput() : Console.OpenStandardError();
    }

    /// <inheritdoc/>
    public TextWriter Out { get; }

    /// <inheritdoc/>
    public TextWriter Error { get; }

    /// <inheritdoc/>
    public TextReader In { get; }

    /// <inheritdoc/>
    public bool IsInteractive { get; }

    /// <summary>Writes to stderr after flushing stdout.</summary>
    private sealed class FlushingWriter : TextWriter
    {
        private readonly TextWriter _inner;
        private readonly TextWriter _flushFirst;

        public FlushingWriter(TextWriter inner, TextWriter flushFirst)
        {
            _inner = inner;
            _flushFirst = flushFirst;
            NewLine = "\n";
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

        public override void Flush()
        {
            _flushFirst.Flush();
            _inner.Flush();
        }
    }
}
