using System;
using System.IO;
using System.Text;
using MicroPython.Sdk.Hal;

namespace MicroPython.Sdk.Hosting;

/// <summary>
/// The process's own stdin/stdout/stderr as the console of a host port, UTF-8 without BOM and <c>\n</c> line
/// ends. Stdout is buffered for speed; stderr flushes stdout first, so merged output keeps program order.
/// </summary>
public sealed class ProcessStdio : IStdio
{
    /// <summary>Opens the process's standard streams.</summary>
    public ProcessStdio()
    {
        var encoding = new UTF8Encoding(false);
        var stdout = new StreamWriter(Console.OpenStandardOutput(), encoding, 16384) { AutoFlush = false, NewLine = "\n" };
        var stderr = new StreamWriter(Console.OpenStandardError(), encoding) { AutoFlush = true, NewLine = "\n" };
        Out = stdout;
        Error = new FlushingWriter(stderr, stdout);
        In = new StreamReader(Console.OpenStandardInput(), encoding);
        IsInteractive = !Console.IsInputRedirected;
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
